// The extension in a real VS Code: diagnostics for the examples module appear in the editor, carry a link
// to the rule's documentation, follow edits, and show in the Problems panel.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, byPosition, codeOf, described, ours, screenshot, show, waitForDiagnostics } from './workbench';

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

function expectedLines(): string[] {
  return EXPECTED.trim().split('\n').sort(byPosition);
}


suite('diagnostics in the editor', () => {
  let mainTf: vscode.Uri;
  let document: vscode.TextDocument;
  let original: Uint8Array;

  suiteSetup(async () => {
    await activateExtension();

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
