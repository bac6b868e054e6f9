// Writing a mapping in a real VS Code: typing a value opens the suggestion widget with the values this
// mapping's source takes (not words from the file), accepting one writes it, and hovering an argument shows
// its documentation for this source. Screenshots of both are kept.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, screenshot, waitForDiagnostics } from './workbench';

const KINESIS_POSITIONS = ['AT_TIMESTAMP', 'LATEST', 'TRIM_HORIZON'];

suite('completion and hover in the editor', () => {
  let mainTf: vscode.Uri;
  let document: vscode.TextDocument;
  let original: Uint8Array;

  suiteSetup(async () => {
    await activateExtension();
    mainTf = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'terraform', 'main.tf');
    original = await vscode.workspace.fs.readFile(mainTf);
    document = await vscode.workspace.openTextDocument(mainTf);
  });

  teardown(async () => {
    // Never leave an edit behind, for the suites after this one: in the buffer, and on disk should the
    // workbench have saved it.
    if (Buffer.compare(Buffer.from(await vscode.workspace.fs.readFile(mainTf)), Buffer.from(original)) !== 0) await vscode.workspace.fs.writeFile(mainTf, original);
    if (document.isDirty) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.equal(document.getText(), Buffer.from(original).toString('utf8'), 'main.tf is back as it was');
  });

  test('typing a starting position offers what Kinesis takes, and accepting one writes it', async () => {
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const text = document.getText();
    // The Kinesis mapping "clicks" has no starting position (starting-position-required).
    const anchor = text.indexOf('  maximum_retry_attempts = 3');
    assert.ok(anchor >= 0 && text.indexOf('  maximum_retry_attempts = 3', anchor + 1) < 0, 'the anchor line should occur once in main.tf');
    const line = document.positionAt(anchor).line;
    await waitForDiagnostics(mainTf, (d) => d.some((x) => codeOf(x) === 'starting-position-required'), 'starting-position-required');
    editor.selection = new vscode.Selection(document.lineAt(line).range.end, document.lineAt(line).range.end);
    // Typed as a user types: the editor closes the quote itself and the cursor stays between the quotes.
    await vscode.commands.executeCommand('type', { text: '\n  starting_position = "' });
    const cursor = editor.selection.active;
    assert.match(document.lineAt(cursor.line).text, /^\s*starting_position = ""?$/);

    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', mainTf, cursor, '"');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const value of KINESIS_POSITIONS) assert.ok(labels.includes(value), `${value} is not offered; offered: ${JSON.stringify(labels.slice(0, 20))}`);
    assert.ok(!labels.includes('analytics'), 'words from the file are offered instead of the values');

    // The suggestion widget itself: open it, show it (runTests waits until it is drawn), accept the
    // selected value. Accepting before the widget has its items does nothing, so it is asked again.
    const before = document.lineAt(cursor.line).text;
    for (let attempt = 0; attempt < 20 && document.lineAt(cursor.line).text === before; attempt++) {
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      if (attempt === 0) await screenshot('completion-starting-position');
      const changed = nextChange(document, 1000);
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      await changed;
    }
    const accepted = document.lineAt(cursor.line).text;
    const written = /^\s*starting_position = "([A-Z_]+)"$/.exec(accepted);
    assert.ok(written && KINESIS_POSITIONS.includes(written[1]!), `the accepted suggestion wrote ${JSON.stringify(accepted)}`);
    await waitForDiagnostics(mainTf, (d) => !d.some((x) => codeOf(x) === 'starting-position-required'), 'starting-position-required to go away');
  });

  test('hovering an argument shows its documentation for this mapping\'s source', async () => {
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const text = document.getText();
    // `batch_size` of the SQS mapping "orders".
    const at = text.indexOf('batch_size       = 50');
    assert.ok(at >= 0);
    const position = document.positionAt(at + 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', mainTf, position);
    const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(markdown, /batch_size/);
    assert.match(markdown, /SQS/);
    assert.match(markdown, /10,?000/, 'the hover gives the bound for SQS');
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    // runTests waits until the hover is drawn.
    await screenshot('hover-batch-size');
  });
});

/** Resolves when the document next changes, or after `timeoutMs` (the edit may not come). */
function nextChange(document: vscode.TextDocument, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    };
    const subscription = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === document) done();
    });
    const timer = setTimeout(done, timeoutMs);
  });
}
