// Replays a document's recorded history on fresh servers, comparing with a fresh analysis after every
// notification, to find the first edit after which the incrementally edited document and a fresh open of
// the same text disagree: the minimal reproduction of an incremental-vs-fresh failure. Also
// `npm run fuzz -- --replay <failure>.json`.

import * as fs from 'node:fs';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { applyChange } from '../support/fuzzEdits';
import { compareModule, languageOf, type Difference, type Doc } from './compareModule';
import { FuzzServer } from './fuzzServer';

export interface Recording {
  readonly settings: Record<string, unknown>;
  /** The other documents of the module, as they are now. */
  readonly others: readonly { readonly name: string; readonly text: string }[];
  readonly name: string;
  readonly openText: string;
  readonly history: readonly TextDocumentContentChangeEvent[][];
}

export interface Divergence {
  /** Index of the notification in the history; -1: right after opening. */
  readonly index: number;
  readonly textBefore: string;
  readonly changes: TextDocumentContentChangeEvent[] | undefined;
  readonly textAfter: string;
  readonly differences: Difference[];
}

export function recordingOf(doc: Doc, module: readonly Doc[], settings: Record<string, unknown>): Recording {
  return {
    settings,
    others: module.filter((d) => d !== doc).map((d) => ({ name: d.name, text: d.text })),
    name: doc.name,
    openText: doc.openText,
    history: doc.history ?? [],
  };
}

let replays = 0;

/** The first notification after which the replayed document differs from a fresh analysis, or undefined. */
export async function firstDivergence(recording: Recording, timeoutMs: number): Promise<Divergence | undefined> {
  const server = await FuzzServer.start(recording.settings, timeoutMs, 'replay server');
  const reference = await FuzzServer.start(recording.settings, timeoutMs, 'replay reference server');
  try {
    const folder = `file:///replay/r${++replays}/`;
    const others: Doc[] = recording.others.map((o) => ({ uri: folder + o.name, folder, name: o.name, text: o.text, version: 1, openText: o.text, history: undefined, historyChars: 0 }));
    const doc: Doc = { uri: folder + recording.name, folder, name: recording.name, text: recording.openText, version: 1, openText: recording.openText, history: undefined, historyChars: 0 };
    for (const d of [...others, doc]) server.notify('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: languageOf(d.name), version: 1, text: d.text } });
    await server.barrier('the replayed opens');
    const module = [...others, doc];
    let comparison = await compareModule(server, reference, module, doc);
    if (comparison.differences.length > 0) return { index: -1, textBefore: '', changes: undefined, textAfter: doc.text, differences: comparison.differences };
    for (const [index, changes] of recording.history.entries()) {
      const textBefore = doc.text;
      for (const change of changes) doc.text = applyChange(doc.text, change);
      server.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version: ++doc.version }, contentChanges: changes });
      await server.barrier(`replayed change ${index}`);
      comparison = await compareModule(server, reference, module, doc);
      if (comparison.differences.length > 0) return { index, textBefore, changes, textAfter: doc.text, differences: comparison.differences };
    }
    return undefined;
  } finally {
    server.kill();
    reference.kill();
  }
}

/** `--replay <failure>.json`: replays the recording of an incremental-vs-fresh failure. Exit code 1 when it reproduces. */
export async function replayFile(file: string, timeoutMs: number): Promise<number> {
  const failure = JSON.parse(fs.readFileSync(file, 'utf8')) as { details?: { recording?: Recording } };
  const recording = failure.details?.recording;
  if (!recording) throw new Error(`${file} has no recording to replay (only incremental-vs-fresh failures have one)`);
  const divergence = await firstDivergence(recording, timeoutMs);
  if (!divergence) {
    console.log(`replayed ${recording.history.length} changes of ${recording.name}: no difference from a fresh analysis`);
    return 0;
  }
  console.log(JSON.stringify(divergence, null, 1));
  console.log(`\nreplayed ${recording.name}: differs from a fresh analysis after change ${divergence.index} of ${recording.history.length} (above: the text before, the change, the text after)`);
  return 1;
}
