// The commands the client registers and the server names (in code lenses), with the arguments they take,
// declared once so the two sides cannot drift apart.

import type { OpenPlaygroundArgument } from './playground';

/** Lists each sample record with whether a filter lets it through; a sample-results code lens runs it. */
export const SHOW_SAMPLE_RESULTS_COMMAND = 'lambdaEsm.showSampleResults';
/** Restarts the language server (command palette). */
export const RESTART_SERVER_COMMAND = 'lambdaEsm.restartServer';
/** Shows the extension's output channel (command palette). */
export const SHOW_OUTPUT_COMMAND = 'lambdaEsm.showOutput';
/**
 * Opens the filter playground beside the editor (command palette, or a code lens above a filter), for the
 * mapping at the cursor or a blank one. Its argument and messages are in playground.ts.
 */
export const OPEN_PLAYGROUND_COMMAND = 'lambdaEsm.openPlayground';

/** What a sample-results code lens passes to SHOW_SAMPLE_RESULTS_COMMAND. */
export interface SampleResultsArgument {
  /** The lens's title, e.g. `2 of 3 samples match`. */
  readonly title: string;
  readonly results: readonly SampleResult[];
  /** The filter's place: choosing a record opens the playground there, on that record. */
  readonly open?: OpenPlaygroundArgument;
}

export interface SampleResult {
  readonly name: string;
  readonly matched: boolean;
  /** Why the record does not match (or what matched), in words. */
  readonly reason?: string;
  /** The pattern's fields the record failed on (dotted paths), a few at most. */
  readonly fields?: readonly string[];
}
