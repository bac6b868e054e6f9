// The fuzz run's documents, and the check that incremental results equal a fresh analysis: the texts of
// a whole module (diagnostics may depend on the other files of a folder) are opened afresh in a folder
// of their own in a reference server, and its diagnostics, code lenses and fix-all are compared with
// what the fuzzed server holds for the edited documents.

import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { normalizedAnswer, normalizedDiagnostics } from './fuzzChecks';
import type { FuzzServer } from './fuzzServer';

export interface Doc {
  readonly uri: string;
  /** The module folder's uri, ending in `/`. */
  readonly folder: string;
  readonly name: string;
  /** The text as the editor holds it. */
  text: string;
  version: number;
  /** The text it was opened with and every notification since, to replay a failure (dropped when too large). */
  openText: string;
  history: TextDocumentContentChangeEvent[][] | undefined;
  historyChars: number;
}

export function languageOf(name: string): string {
  return name.endsWith('.ts') ? 'typescript' : name.endsWith('.json') ? 'json' : 'terraform';
}

/** The documents analysed together with `doc`: a CDKTF stack alone, Terraform files by folder. */
export function moduleOf(doc: Doc, docs: Iterable<Doc>): Doc[] {
  if (doc.name.endsWith('.ts')) return [doc];
  return [...docs].filter((d) => d.folder === doc.folder && !d.name.endsWith('.ts'));
}

export interface Difference {
  readonly name: string;
  readonly what: string;
  readonly incremental: unknown;
  readonly fresh: unknown;
}

export interface ModuleComparison {
  readonly differences: Difference[];
  /** Errors the reference server logged while analysing the fresh copy. */
  readonly referenceErrors: string[];
}

let freshId = 0;

export async function compareModule(server: FuzzServer, reference: FuzzServer, module: readonly Doc[], focus: Doc): Promise<ModuleComparison> {
  const folder = `file:///fresh/c${++freshId}/`;
  for (const d of module) reference.notify('textDocument/didOpen', { textDocument: { uri: folder + d.name, languageId: languageOf(d.name), version: 1, text: d.text } });
  await reference.barrier('the fresh analysis');
  reference.takePublications();
  const differences: Difference[] = [];
  for (const d of module) {
    const incremental = normalizedDiagnostics(server.latest.get(d.uri), d.folder);
    const fresh = normalizedDiagnostics(reference.latest.get(folder + d.name), folder);
    if (JSON.stringify(incremental) !== JSON.stringify(fresh)) differences.push({ name: d.name, what: 'diagnostics', incremental, fresh });
  }
  const lines = focus.text.split(/\r\n|\r|\n/).length;
  const requests = [
    ['code lenses', 'textDocument/codeLens', (uri: string) => ({ textDocument: { uri } })],
    ['fix-all', 'textDocument/codeAction', (uri: string) => ({ textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } })],
  ] as const;
  for (const [what, method, params] of requests) {
    const incremental = normalizedAnswer(await server.request(method, params(focus.uri), `${what} of ${focus.uri}`), focus.folder);
    const fresh = normalizedAnswer(await reference.request(method, params(folder + focus.name), `${what} of the fresh copy`), folder);
    if (incremental !== fresh) differences.push({ name: focus.name, what, incremental: JSON.parse(incremental), fresh: JSON.parse(fresh) });
  }
  for (const d of module) reference.notify('textDocument/didClose', { textDocument: { uri: folder + d.name } });
  await reference.barrier('closing the fresh copy');
  reference.takePublications();
  for (const d of module) reference.latest.delete(folder + d.name);
  return { differences, referenceErrors: reference.takeErrors() };
}
