// "Apply to source": the server works out the edits that write the pattern in the form the file has it
// (patternEdit in the core); they are applied here as one workspace edit, which the editor's undo takes
// back in one step. Nothing is written when the file changed under the playground: the server compares
// the file's pattern with the one the playground started from, and the document's version must be the
// one the edits were computed for.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { APPLY_FILTER_REQUEST, type ApplyFilterParams, type ApplyFilterResult } from '../../../protocol/playground';
import type { ToWebview } from './panelMessages';

export type ApplyOutcome = Extract<ToWebview, { type: 'applied' }>;

export async function applyToSource(client: LanguageClient, params: ApplyFilterParams): Promise<ApplyOutcome> {
  const { filter } = params;
  const copyInstead = (message: string, copyText = params.text): ApplyOutcome => ({ type: 'applied', filter, outcome: 'refused', message, copyText });
  const uri = vscode.Uri.parse(params.uri);
  if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) return copyInstead('The file is on a read-only file system: copy the pattern instead.');
  const document = await vscode.workspace.openTextDocument(uri);
  const version = document.version;
  const result = await client.sendRequest<ApplyFilterResult>(APPLY_FILTER_REQUEST, params);
  if (result.kind === 'stale') return { type: 'applied', filter, outcome: 'stale', message: `${result.reason} The playground has read the file again; nothing was written.` };
  if (result.kind === 'refused') return result.copyText !== undefined ? copyInstead(result.reason, result.copyText) : { type: 'applied', filter, outcome: 'refused', message: result.reason };
  if (document.version !== version) return { type: 'applied', filter, outcome: 'stale', message: 'The file changed while the edit was prepared; nothing was written. Apply again.' };
  const edit = new vscode.WorkspaceEdit();
  const ranges = result.edits.map((e) => new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character));
  result.edits.forEach((e, i) => edit.replace(uri, ranges[i]!, e.newText));
  if (!(await vscode.workspace.applyEdit(edit))) return copyInstead('VS Code did not write the edit (the file may be read-only): copy the pattern instead.');
  await reveal(document, ranges[0]);
  const name = vscode.workspace.asRelativePath(uri);
  return { type: 'applied', filter, outcome: 'written', message: `Written to ${name} (not saved yet). Undo in the editor takes it back.` };
}

/** Shows the written pattern: in the editor that has the file open, or in the first column. */
async function reveal(document: vscode.TextDocument, range: vscode.Range | undefined): Promise<void> {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const target = editor ?? (await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preserveFocus: true }));
  if (range) target.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
