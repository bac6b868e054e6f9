// The filter playground in a real VS Code: the command opens it beside the editor on the filter at a
// place, titled with the mapping; the code lens offers it; Apply to source writes into main.tf and undo
// takes it back; hidden and shown again it keeps its edits; bad input does not block it or the editor;
// Save records writes a sample file; screenshots in a light, a dark and a high-contrast theme.
// runTests.ts drives the webview's own page (an iframe) when it takes the `playground-typed` screenshot:
// it types into the pattern, waits for the counts to change, and measures keystroke → results; for
// `playground-refreshed` it waits for the file's edit to show; for `playground-dark` it opens a filtered-out record's decoded form with the keyboard.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, screenshot } from './workbench';

const VIEW_TYPE = 'lambdaEsm.playground';

function playgroundTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(VIEW_TYPE));
}

/** Resolves with the playground's tab once its title is `title` (set when the server's answer arrived). */
function waitForTab(title: string, timeoutMs = 30_000): Promise<vscode.Tab> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const tab = playgroundTabs().find((t) => t.label === title);
      if (!tab) return false;
      cleanup();
      resolve(tab);
      return true;
    };
    const subscription = vscode.window.tabGroups.onDidChangeTabs(() => check());
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no playground tab "${title}" within ${timeoutMs} ms; tabs: ${JSON.stringify(playgroundTabs().map((t) => t.label))}`));
    }, timeoutMs);
    function cleanup(): void {
      subscription.dispose();
      clearTimeout(timer);
    }
    check();
  });
}

suite('filter playground', () => {
  let mainTf: vscode.Uri;
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    await activateExtension();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the examples folder is open');
    mainTf = vscode.Uri.joinPath(folder.uri, 'terraform', 'main.tf');
    document = await vscode.workspace.openTextDocument(mainTf);
  });

  suiteTeardown(async () => {
    for (const tab of playgroundTabs()) await vscode.window.tabGroups.close(tab);
  });

  test('the code lens offers "Open in playground" beside the count', async () => {
    await vscode.window.showTextDocument(document);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', mainTf, 100)) ?? [];
    const open = lenses.filter((l) => l.command?.command === 'lambdaEsm.openPlayground');
    assert.ok(open.length > 0, `no playground lens among ${JSON.stringify(lenses.map((l) => l.command?.title))}`);
    assert.ok(open.every((l) => l.command!.title === 'Open in playground'));
    assert.ok(open.every((l) => lenses.some((c) => c.command?.command === 'lambdaEsm.showSampleResults' && c.range.isEqual(l.range))), 'each beside a count');
  });

  test('the command opens the filter at the cursor beside the editor', async () => {
    const line = document.getText().split('\n').findIndex((l, i, all) => l.includes('pattern = jsonencode') && all.slice(0, i).some((p) => p.includes('"paid_orders"')));
    assert.ok(line > 0, 'the paid_orders filter in main.tf');
    const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    editor.selection = new vscode.Selection(line, 8, line, 8);
    // Room for the playground in the screenshots.
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('lambdaEsm.openPlayground');
    const tab = await waitForTab('Playground: paid_orders');
    assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'beside the editor');
    await screenshot('playground');
    await screenshot('playground-typed');
  });

  test('an edit of the pattern in the editor shows in the playground', async () => {
    const text = document.getText();
    const original = await vscode.workspace.fs.readFile(mainTf);
    const at = text.indexOf('status = ["PAID"]', text.indexOf('"paid_orders"'));
    assert.ok(at > 0, 'the paid_orders pattern in main.tf');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(mainTf, new vscode.Range(document.positionAt(at + 'status = ["'.length), document.positionAt(at + 'status = ["PAID'.length)), 'SHIPPED');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      // runTests waits for the playground's first filter to hold "SHIPPED".
      await screenshot('playground-refreshed');
    } finally {
      // In some runs the workbench has saved an edited example file before the revert (seen with the
      // completion suite's edit too); the example on disk is put back as it was, then reverted to.
      if (!Buffer.from(await vscode.workspace.fs.readFile(mainTf)).equals(Buffer.from(original))) await vscode.workspace.fs.writeFile(mainTf, original);
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.equal(document.getText(), text);
  });

  test('Apply to source writes the pattern into main.tf as an HCL object, and undo takes it back', async () => {
    const original = document.getText();
    const onDisk = await vscode.workspace.fs.readFile(mainTf);
    try {
      // runTests types a new pattern into the first filter and clicks "Apply to source".
      await screenshot('playground-applied');
      const written = document.getText();
      const start = written.indexOf('"paid_orders"');
      assert.match(written.slice(start), /pattern = jsonencode\(\{[\s\S]*?status = \["PAID", "REFUNDED"\]/, 'written in the form it had');
      assert.equal(written.slice(0, start), original.slice(0, start), 'nothing before the mapping changed');
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), original, 'one undo takes the edit back');
    } finally {
      if (!Buffer.from(await vscode.workspace.fs.readFile(mainTf)).equals(Buffer.from(onDisk))) await vscode.workspace.fs.writeFile(mainTf, onDisk);
      if (document.getText() !== original) {
        await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
  });

  test('hidden and shown again, the playground keeps what was typed in it', async () => {
    // A hidden webview's page is dropped (no retainContextWhenHidden); it comes back from its saved state.
    // runTests types a pattern of its own into the first filter.
    await screenshot('playground-marked');
    const tab = playgroundTabs()[0];
    assert.ok(tab, 'the playground is open');
    const other = await vscode.workspace.openTextDocument({ content: 'covering the playground', language: 'plaintext' });
    await vscode.window.showTextDocument(other, { viewColumn: tab.group.viewColumn });
    assert.ok(!playgroundTabs()[0]!.isActive, 'hidden');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitForTab('Playground: paid_orders');
    // runTests checks that the first filter still holds the text typed before it was hidden.
    await screenshot('playground-restored');
  });

  test('bad input: text that is not JSON, a 1 MB record, 10,000 records; the editor still answers', async () => {
    await screenshot('playground-bad-input');
    const started = Date.now();
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', mainTf, new vscode.Position(document.getText().split('\n').findIndex((l) => l.includes('batch_size')), 4));
    assert.ok(hover.length > 0, 'a hover from the language server');
    console.log(`e2e: playground: a hover in main.tf after the 10,000 records answered in ${Date.now() - started} ms`);
  });

  test('Save records writes a sample file beside main.tf that the server reads', async () => {
    const saved = vscode.Uri.joinPath(mainTf, '..', 'paid_orders.esm-samples.json');
    try {
      await screenshot('playground-saved');
      const content = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(saved))) as { samples: { name: string; source: string; record: unknown }[] };
      assert.ok(content.samples.some((s) => s.name === 'saved-1' && s.source === 'sqs'), 'the pasted record is in the file');
      assert.ok(content.samples.every((s) => s.name && s.source && typeof s.record === 'object'));
    } finally {
      await vscode.workspace.fs.delete(saved).then(undefined, () => undefined);
    }
  });

  test('a high-contrast theme', async () => {
    const settings = vscode.workspace.getConfiguration('workbench');
    const before = settings.inspect<string>('colorTheme')?.globalValue;
    await settings.update('colorTheme', 'Default High Contrast', vscode.ConfigurationTarget.Global);
    try {
      await screenshot('playground-contrast');
    } finally {
      await settings.update('colorTheme', before, vscode.ConfigurationTarget.Global);
    }
  });

  test('a dark theme', async () => {
    const settings = vscode.workspace.getConfiguration('workbench');
    const before = settings.inspect<string>('colorTheme')?.globalValue;
    await settings.update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
    try {
      await screenshot('playground-dark');
    } finally {
      await settings.update('colorTheme', before, vscode.ConfigurationTarget.Global);
    }
  });

  test('a record chosen in the list of the code lens opens in the playground', async () => {
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', mainTf, 100)) ?? [];
    const paid = document.getText().split('\n').findIndex((l) => l.includes('"paid_orders"'));
    const lens = lenses.find((l) => l.command?.command === 'lambdaEsm.showSampleResults' && l.range.start.line > paid);
    assert.ok(lens?.command?.arguments?.[0], 'a sample-results lens in paid_orders');
    // The list stays open until runTests chooses `paid-order-lowercase` in it; the playground then shows it.
    const shown = vscode.commands.executeCommand(lens.command.command, ...lens.command.arguments);
    await screenshot('playground-picked');
    await shown;
  });
});
