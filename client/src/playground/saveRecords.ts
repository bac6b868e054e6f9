// "Save records": the records the user added go into a sample file next to the infrastructure
// (`*.esm-samples.json`, which the code lens, the playground and `lambda-esm test-pattern` read), so the
// cases live in the repository. An existing sample file keeps everything it has; a record of the same
// name and source is replaced, others are added. A file that is not a sample file is never written over.
// The write is a workspace edit (undoable, and safe with unsaved changes in an open editor), then saved.

import * as vscode from 'vscode';
import type { AddedRecord } from './panelMessages';

/** The glob the server reads sample files by, unless the user changes `lambdaEsm.sampleFiles`. */
const SAMPLE_FILE = /\.esm-samples\.json$/;

export async function saveRecords(records: readonly AddedRecord[], near: vscode.Uri | undefined, mapping: string | undefined): Promise<{ message: string; error?: true } | undefined> {
  if (records.length === 0) return { message: 'There are no records of your own to save: paste, import or copy a record first (the built-in samples are always there).', error: true };
  const folder = near ? vscode.Uri.joinPath(near, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = await vscode.window.showSaveDialog({
    title: 'Save the playground records as a sample file',
    saveLabel: 'Save records',
    filters: { 'Sample records': ['json'] },
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `${mapping ?? 'filter'}.esm-samples.json`) } : {}),
  });
  if (!uri) return undefined;
  const existing = await readExisting(uri);
  if (typeof existing === 'string') return { message: existing, error: true };
  const samples = merged(existing?.content.samples ?? [], records);
  const text = `${JSON.stringify({ ...(existing?.content ?? {}), samples }, null, 2)}\n`;
  const edit = new vscode.WorkspaceEdit();
  if (existing) edit.replace(uri, new vscode.Range(0, 0, existing.document.lineCount, 0), text);
  else {
    edit.createFile(uri, { ignoreIfExists: true });
    edit.insert(uri, new vscode.Position(0, 0), text);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return { message: `VS Code did not write ${vscode.workspace.asRelativePath(uri)}.`, error: true };
  await (await vscode.workspace.openTextDocument(uri)).save();
  const name = vscode.workspace.asRelativePath(uri);
  const found = SAMPLE_FILE.test(uri.path) ? 'The code lens and the CLI read it.' : 'Name it *.esm-samples.json (or add it to lambdaEsm.sampleFiles) for the code lens and the CLI to read it.';
  return { message: `Saved ${records.length} record${records.length === 1 ? '' : 's'} to ${name}. ${found}` };
}

interface SampleFileContent {
  readonly samples?: unknown[];
  readonly [key: string]: unknown;
}

/** The file's content when it exists and is a sample file; a message when it exists and is not one. */
async function readExisting(uri: vscode.Uri): Promise<{ document: vscode.TextDocument; content: SampleFileContent } | string | undefined> {
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(uri);
  } catch {
    return undefined;
  }
  const name = vscode.workspace.asRelativePath(uri);
  if (document.getText().trim() === '') return { document, content: {} };
  try {
    const content: unknown = JSON.parse(document.getText());
    if (content !== null && typeof content === 'object' && !Array.isArray(content) && (!('samples' in content) || Array.isArray(content.samples))) {
      return { document, content: content as SampleFileContent };
    }
  } catch {
    // Not JSON: reported below.
  }
  return `${name} exists and is not a sample file ({"samples": [...]}); nothing was written. Choose another name.`;
}

function merged(samples: readonly unknown[], records: readonly AddedRecord[]): unknown[] {
  const out = samples.slice();
  for (const r of records) {
    const sample = { name: r.name, source: r.source, record: r.record };
    const at = out.findIndex((s) => s !== null && typeof s === 'object' && (s as { name?: unknown }).name === r.name && (s as { source?: unknown }).source === r.source);
    if (at >= 0) out[at] = sample;
    else out.push(sample);
  }
  return out;
}
