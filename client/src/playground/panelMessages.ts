// What the playground's webview and the extension say to each other. The webview cannot reach the
// language server itself; the extension forwards its questions and brings back the answers.

import type { PlaygroundSourceResult, TestFiltersParams, TestFiltersResult } from '../../../protocol/playground';

/** The webview panel's type, which the serializer restores after a reload. */
export const PLAYGROUND_VIEW_TYPE = 'lambdaEsm.playground';

export type ToExtension =
  /** The script runs and can take the mapping. */
  | { readonly type: 'ready' }
  /** The engine's answer is wanted for the current filters and records. */
  | { readonly type: 'test'; readonly id: number; readonly params: TestFiltersParams };

export type ToWebview =
  /**
   * The mapping as the file has it now. `keepFilters` after a reload: the playground's own edits stay;
   * otherwise (opened, or the file changed) the file's filters replace them.
   */
  | { readonly type: 'source'; readonly uri?: string; readonly source: PlaygroundSourceResult; readonly keepFilters: boolean }
  | { readonly type: 'results'; readonly id: number; readonly result: TestFiltersResult };

/** What the webview keeps with `setState`, and the serializer gets back after a reload. */
export interface PlaygroundState {
  readonly uri?: string;
  readonly mapping?: string;
  readonly source: string;
  readonly filters: readonly string[];
  /** Records the user added, with the source they were added under. */
  readonly added: readonly { readonly name: string; readonly source: string; readonly record: unknown }[];
}
