// The extension in a real VS Code: diagnostics for the examples module appear in the editor, carry a link
// to the rule's documentation, follow edits, and show in the Problems panel.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SCREENSHOT_ACK_ENV, SCREENSHOT_MARKER } from '../protocol';

const EXTENSION_ID = 'lambda-esm-lens.lambda-esm-lens';
const SOURCE = 'lambda-esm';

// What `lambda-esm check examples` reports for examples/terraform/main.tf (1-based line:column).
const EXPECTED = `
6:22 error sqs-visibility-timeout
8:22 error sqs-batch-window
19:3 error starting-position-forbidden
20:3 warning kms-key-arn
23:44 error starting-position-required
26:28 error value-out-of-range
37:23 error event-source-arn-invalid
39:23 error invalid-enum-value
`;

// What `lambda-esm check examples` reports for the CDKTF stack examples/cdktf/main.ts.
const EXPECTED_CDKTF = `
32:7 error starting-position-forbidden
41:25 error invalid-enum-value
42:30 error value-out-of-range
`;

const SEVERITY: Record<vscode.DiagnosticSeverity, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

function expectedLines(): string[] {
  return EXPECTED.trim().split('\n').sort(byPosition);
}

function byPosition(a: string, b: string): number {
  const [la = 0, ca = 0] = a.split(' ', 1)[0]!.split(':').map(Number);
  const [lb = 0, cb = 0] = b.split(' ', 1)[0]!.split(':').map(Number);
  return la - lb || ca - cb || a.localeCompare(b);
}

function codeOf(d: vscode.Diagnostic): string {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return String(code);
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** `line:column severity code`, 1-based, like the CLI prints them. */
function show(d: vscode.Diagnostic): string {
  return `${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity]} ${codeOf(d)}`;
}

function described(uri: vscode.Uri): string[] {
  return ours(uri).map(show).sort(byPosition);
}

/**
 * Resolves with our diagnostics for `uri` as soon as `done` accepts them (checked now and on every
 * diagnostics change); rejects after `timeoutMs` with what was last seen.
 */
function waitForDiagnostics(
  uri: vscode.Uri,
  done: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = ours(uri);
      if (!done(current)) return false;
      cleanup();
      resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen:\n${described(uri).join('\n') || '(none)'}`));
    }, timeoutMs);
    function cleanup(): void {
      subscription.dispose();
      clearTimeout(timer);
    }
    check();
  });
}

/** Asks runTests for a screenshot of the workbench as it is now and waits until it is taken. */
async function screenshot(name: string, timeoutMs = 60_000): Promise<void> {
  const ackDir = process.env[SCREENSHOT_ACK_ENV];
  if (!ackDir) return; // no browser to take it (@vscode/test-electron)
  const ack = path.join(ackDir, `${name}.done`);
  console.log(`${SCREENSHOT_MARKER} ${name}`);
  // Wait for runTests to write the acknowledgement file (an event, not a poll).
  await new Promise<void>((resolve, reject) => {
    const watcher = fs.watch(ackDir, () => {
      if (fs.existsSync(ack)) finish();
    });
    const timer = setTimeout(() => finish(new Error(`screenshot "${name}" was not taken within ${timeoutMs} ms`)), timeoutMs);
    function finish(error?: Error): void {
      clearTimeout(timer);
      watcher.close();
      if (error) reject(error);
      else resolve();
    }
    if (fs.existsSync(ack)) finish();
  });
  const status = fs.readFileSync(ack, 'utf8').trim();
  assert.equal(status, 'ok', `screenshot "${name}": ${status}`);
}

suite('diagnostics in the editor', () => {
  let mainTf: vscode.Uri;
  let document: vscode.TextDocument;
  let original: Uint8Array;

  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
    await extension.activate();
    assert.ok(extension.isActive, 'extension did not activate');

    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder is open');
    mainTf = vscode.Uri.joinPath(folder.uri, 'terraform', 'main.tf');
    original = await vscode.workspace.fs.readFile(mainTf);
    document = await vscode.workspace.openTextDocument(mainTf);
    await vscode.window.showTextDocument(document);
  });

  suiteTeardown(async () => {
    // Whatever failed, leave no unsaved change behind (the file on disk is never written).
    if (document?.isDirty) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('main.tf shows exactly the diagnostics the CLI reports', async () => {
    const expected = expectedLines();
    await waitForDiagnostics(mainTf, (d) => d.length >= expected.length, `${expected.length} diagnostics on main.tf`);
    assert.deepEqual(described(mainTf), expected);
  });

  test('every diagnostic links to its rule documentation', () => {
    const diagnostics = ours(mainTf);
    assert.ok(diagnostics.length > 0);
    for (const d of diagnostics) {
      assert.equal(typeof d.code, 'object', `${show(d)} has no code description`);
      const target = typeof d.code === 'object' ? d.code.target.toString() : '';
      assert.ok(target.endsWith(`${codeOf(d)}.md`), `${show(d)} links to ${target}`);
    }
  });

  test('diagnostics follow an edit and come back when it is reverted', async () => {
    const editor = await vscode.window.showTextDocument(document);
    const text = document.getText();
    const needle = 'batch_size       = 50';
    const at = text.indexOf(needle);
    assert.ok(at >= 0 && text.indexOf(needle, at + 1) < 0, `"${needle}" should occur once in main.tf`);
    const value = new vscode.Range(
      document.positionAt(at + needle.length - 2),
      document.positionAt(at + needle.length),
    );
    const hasBatchWindow = (d: vscode.Diagnostic[]): boolean => d.some((x) => codeOf(x) === 'sqs-batch-window');
    const others = expectedLines().length - 1;

    try {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(mainTf, value, '5');
      assert.ok(await vscode.workspace.applyEdit(edit), 'edit was not applied');
      assert.ok(document.lineAt(value.start.line).text.endsWith('= 5'));
      // The rest must still be reported: the file was checked again, not merely cleared.
      await waitForDiagnostics(mainTf, (d) => !hasBatchWindow(d) && d.length === others, 'sqs-batch-window to go away');
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.replace(mainTf, new vscode.Range(value.start, value.start.translate(0, 1)), '50');
      await vscode.workspace.applyEdit(undo);
    }
    assert.equal(document.getText(), text);
    await waitForDiagnostics(mainTf, hasBatchWindow, 'sqs-batch-window to come back');
    assert.deepEqual(described(mainTf), expectedLines());

    // The buffer equals the file again; revert (never save) so the editor is clean too.
    if (document.isDirty) {
      await vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn });
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.equal(document.isDirty, false, 'main.tf is still dirty');
    assert.deepEqual(await vscode.workspace.fs.readFile(mainTf), original, 'main.tf changed on disk');
  });

  test('a CDKTF stack in TypeScript gets the same checks', async () => {
    const stack = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'cdktf', 'main.ts');
    const expected = EXPECTED_CDKTF.trim().split('\n').sort(byPosition);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(stack));
    await waitForDiagnostics(stack, (d) => d.length >= expected.length, `${expected.length} diagnostics on cdktf/main.ts`);
    assert.deepEqual(described(stack), expected);
    const messages = ours(stack).map((d) => d.message).join('\n');
    assert.match(messages, /`startingPosition`/, 'messages name arguments as CDKTF writes them');
  });

  test('a quick fix in a CDKTF stack rewrites the value in TypeScript, and fix-all offers the rest', async () => {
    const stack = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'cdktf', 'main.ts');
    const stackDocument = await vscode.workspace.openTextDocument(stack);
    await vscode.window.showTextDocument(stackDocument);
    const before = stackDocument.getText();
    const total = EXPECTED_CDKTF.trim().split('\n').length;
    await waitForDiagnostics(stack, (d) => d.length === total, `${total} diagnostics on cdktf/main.ts`);
    const enumValue = ours(stack).find((d) => codeOf(d) === 'invalid-enum-value')!;
    try {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', stack, enumValue.range, vscode.CodeActionKind.QuickFix.value);
      const change = (actions ?? []).find((a) => a.title === 'Change to `LATEST`');
      assert.ok(change?.edit, `no "Change to \`LATEST\`" among ${JSON.stringify((actions ?? []).map((a) => a.title))}`);
      assert.ok(await vscode.workspace.applyEdit(change.edit), 'the fix was not applied');
      assert.equal(stackDocument.getText(enumValue.range).replace(/^['"]|['"]$/g, ''), 'LATEST');
      await waitForDiagnostics(stack, (d) => d.length === total - 1 && !d.some((x) => codeOf(x) === 'invalid-enum-value'), 'invalid-enum-value to go away');
      const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', stack, enumValue.range, 'source.fixAll.lambdaEsm');
      assert.equal(fixAll?.length, 1, 'one fix-all action');
    } finally {
      if (stackDocument.isDirty) {
        await vscode.window.showTextDocument(stackDocument);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
    assert.equal(stackDocument.getText(), before);
  });

  test('a code lens above a filter says how many samples it matches', async () => {
    await vscode.window.showTextDocument(document);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', mainTf, 100);
    const titles = (lenses ?? []).map((l) => l.command?.title ?? '');
    const sample = titles.find((t) => /^matches \d+ of \d+ samples$/.test(t));
    assert.ok(sample, `no sample lens among ${JSON.stringify(titles)}`);
    const lens = lenses!.find((l) => l.command?.title === sample)!;
    assert.equal(lens.command!.command, 'lambdaEsm.showSampleResults');
    const results = (lens.command!.arguments?.[0] as { results: { name: string }[] }).results;
    assert.ok(results.some((r) => r.name === 'paid-order-250'), 'the sample file of the workspace is used');
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    editor.selection = new vscode.Selection(lens.range.start, lens.range.start);
    editor.revealRange(lens.range, vscode.TextEditorRevealType.InCenter);
    await screenshot('code-lens');
  });

  test('the Problems panel lists them', async () => {
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(7, 21, 7, 21) });
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await waitForDiagnostics(mainTf, (d) => d.length === expectedLines().length, 'all diagnostics');
    await screenshot('problems');
  });
});
