// What the playground's webview and the extension say to each other. The webview cannot reach the
// language server or the file system itself; the extension forwards its questions and brings back the
// answers, and does what needs the editor (write a pattern back, save records, copy, open a file).

import type { ImportRecordsResult, PlaygroundRecordSource, PlaygroundSourceResult, TestFiltersParams, TestFiltersResult } from '../../../protocol/playground';

/** The webview panel's type, which the serializer restores after a reload. */
export const PLAYGROUND_VIEW_TYPE = 'lambdaEsm.playground';

/** A record the user added to the playground (pasted, imported or edited), under its source. */
export interface AddedRecord {
  readonly name: string;
  readonly source: string;
  readonly record: unknown;
}

export type ToExtension =
  /** The script runs and can take the mapping. */
  | { readonly type: 'ready' }
  /** The engine's answer is wanted for the current filters and records. */
  | { readonly type: 'test'; readonly id: number; readonly params: TestFiltersParams }
  /** Write filter `filter`'s text into the file; `base` is the file's text the playground started from. */
  | { readonly type: 'apply'; readonly filter: number; readonly text: string; readonly base?: string }
  | { readonly type: 'copy'; readonly text: string }
  /** The records in pasted text, or (`file`) in a file the user picks. */
  | { readonly type: 'import'; readonly text?: string; readonly file?: true; readonly source: PlaygroundRecordSource }
  | { readonly type: 'save'; readonly records: readonly AddedRecord[] };

export type ToWebview =
  /**
   * The mapping as the file has it now. `keepFilters` after a reload: the playground's own edits stay;
   * otherwise (opened, or the file changed) the file's filters replace those not edited in the page.
   * `reveal` names a record to scroll to and open.
   */
  | { readonly type: 'source'; readonly uri?: string; readonly source: PlaygroundSourceResult; readonly keepFilters: boolean; readonly reveal?: string }
  | { readonly type: 'results'; readonly id: number; readonly result: TestFiltersResult }
  /** What became of an apply: written, refused (with the pattern to copy instead), or the file changed first. */
  | { readonly type: 'applied'; readonly filter: number; readonly outcome: 'written' | 'refused' | 'stale'; readonly message: string; readonly copyText?: string }
  | { readonly type: 'imported'; readonly result: ImportRecordsResult; readonly from?: string }
  /** A short confirmation or error for the records list (saved, copied). */
  | { readonly type: 'notice'; readonly message: string; readonly error?: true };

/** What the webview keeps with `setState`, and the serializer gets back after a reload. */
export interface PlaygroundState {
  readonly uri?: string;
  readonly mapping?: string;
  readonly source: string;
  readonly filters: readonly string[];
  /** Per filter, the pattern text the file had when the playground read it (null: not known from the file). */
  readonly base?: readonly (string | null)[];
  /** Per filter, the text the playground showed for it then: a filter whose text differs was edited here. */
  readonly shown?: readonly string[];
  /** Records the user added, with the source they were added under. */
  readonly added: readonly AddedRecord[];
}
