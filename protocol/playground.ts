// The filter playground's messages, declared once for the server that answers them and the client and
// webview that ask: what a mapping's filters and sample records are, and what the engine says about
// edited filter texts against a list of records. The engine runs in the server (one engine for the
// diagnostics, the code lens and the playground); the webview only shows what it answers.

/** How Lambda hands records to the function (the engine's `RecordSource`); `raw` is a record as it is. */
export type PlaygroundRecordSource = 'sqs' | 'kinesis' | 'dynamodb' | 'mq' | 'kafka' | 'raw';

/** The sources the playground offers, in the order of its dropdown, with their labels. */
export const PLAYGROUND_SOURCES: readonly { readonly source: PlaygroundRecordSource; readonly label: string }[] = [
  { source: 'sqs', label: 'SQS' },
  { source: 'kinesis', label: 'Kinesis' },
  { source: 'dynamodb', label: 'DynamoDB Streams' },
  { source: 'mq', label: 'Amazon MQ' },
  { source: 'kafka', label: 'Kafka (MSK, self-managed)' },
  { source: 'raw', label: 'Record as it is' },
];

/** A place in a document, as LSP counts it (zero-based line, UTF-16 character). */
export interface PlaygroundPosition {
  readonly line: number;
  readonly character: number;
}

/** What OPEN_PLAYGROUND_COMMAND takes: the filter at a place (a code lens's filter, the cursor); none opens the cursor's. */
export interface OpenPlaygroundArgument {
  readonly uri: string;
  readonly position: PlaygroundPosition;
  /** A record to show, by name (chosen in the code lens's list of sample results). */
  readonly record?: string;
}

/** Request: the mapping at a place (or named, for a refresh after the file changed) with its filters and samples. */
export const PLAYGROUND_SOURCE_REQUEST = 'lambdaEsm/playgroundSource';

export interface PlaygroundSourceParams {
  readonly uri: string;
  readonly position?: PlaygroundPosition;
  /** The mapping's resource name; found wherever it moved to, before `position` is tried. */
  readonly mapping?: string;
}

export interface PlaygroundFilter {
  /** The pattern's JSON text as the engine reads it; absent when it is not known statically. */
  readonly text?: string;
  /** Where the text comes from: written in the filter, or through a variable, local or constant. */
  readonly origin: 'literal' | 'reference' | 'unknown';
}

export interface PlaygroundSample {
  readonly name: string;
  readonly source: PlaygroundRecordSource;
  readonly description?: string;
  readonly origin: 'built-in' | 'sample file';
  readonly record: unknown;
}

export interface PlaygroundSourceResult {
  /** The mapping's resource name; absent when the place holds no mapping (a blank playground). */
  readonly mapping?: string;
  /** The detected source kinds (`sqs-fifo`, `msk`, …); empty when not known. */
  readonly kinds: readonly string[];
  /** The record source the detected kinds agree on. */
  readonly source?: PlaygroundRecordSource;
  /** Every `filter` of the mapping's `filter_criteria`, in order (Lambda ORs them). */
  readonly filters: readonly PlaygroundFilter[];
  /** The filter the place is in, when it is in one. */
  readonly focus?: number;
  /** Built-in samples of every source, then the workspace's sample files. */
  readonly samples: readonly PlaygroundSample[];
}

/** Request: the engine's answer for filter texts against records of one source. */
export const TEST_FILTERS_REQUEST = 'lambdaEsm/testFilters';

export interface TestFiltersParams {
  readonly source: PlaygroundRecordSource;
  readonly filters: readonly string[];
  /** The records; left out while they are the ones last sent under `recordsKey` (a keystroke in a filter). */
  readonly records?: readonly unknown[];
  /** Names this list of records, so that later requests need not send it again while it does not change. */
  readonly recordsKey?: string;
  /**
   * The records (indices) whose form as Lambda filters it is wanted: those the page shows it for. The
   * others come without it, which keeps the answer to each keystroke small.
   */
  readonly decode?: readonly number[];
}

export interface FilterProblem {
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly message: string;
  /** UTF-16 offsets into the filter's text. */
  readonly start: number;
  readonly end: number;
}

export interface FilterCheck {
  readonly problems: readonly FilterProblem[];
  /** False when the engine rejects the text: it then lets nothing through. */
  readonly usable: boolean;
}

export interface FilterExplanation {
  readonly filter: number;
  readonly reason?: string;
  /** The fields that failed, as dotted paths of the pattern, with why. */
  readonly failures: readonly { readonly path: string; readonly message: string }[];
}

export interface RecordResult {
  readonly matched: boolean;
  /** The filters that let the record through. */
  readonly matchedBy: readonly number[];
  /** A caveat for a match (a payload Lambda left out), or why it did not match, per usable filter. */
  readonly explanations: readonly FilterExplanation[];
  /** The record as Lambda filters it (payload decoded), when it was asked for. */
  readonly decoded?: unknown;
  /** What the payload turned out to be. */
  readonly payload: 'json' | 'text' | 'binary' | 'absent';
}

export interface TestFiltersResult {
  readonly filters: readonly FilterCheck[];
  readonly records: readonly RecordResult[];
  /** The request left the records out, and the server does not hold them (it restarted): send them. */
  readonly missingRecords?: true;
}

/** Request: the records in a pasted or imported text (a record, a Lambda event, JSON Lines, AWS CLI output). */
export const IMPORT_RECORDS_REQUEST = 'lambdaEsm/importRecords';

export interface ImportRecordsParams {
  readonly text: string;
  /** The source the playground shows: it names the source of a record whose shape does not tell. */
  readonly source?: PlaygroundRecordSource;
}

export interface ImportRecordsResult {
  readonly records: readonly { readonly name: string; readonly source: PlaygroundRecordSource; readonly record: unknown }[];
  /** What could not be read, or a record that Lambda would not deliver as it is; `line` in JSON Lines. */
  readonly problems: readonly { readonly message: string; readonly line?: number }[];
}

/** Request: the edits that write a filter's new pattern back into its file, in the form it has there. */
export const APPLY_FILTER_REQUEST = 'lambdaEsm/applyFilter';

export interface ApplyFilterParams {
  readonly uri: string;
  readonly mapping: string;
  /** Which `filter` of the mapping's `filter_criteria` (0-based). */
  readonly filter: number;
  /**
   * The pattern's text as the playground read it from the file: when the file now says something else,
   * the answer is `stale` and nothing is written over the change.
   */
  readonly base?: string;
  /** The new pattern's JSON text. */
  readonly text: string;
}

export interface PlaygroundRange {
  readonly start: PlaygroundPosition;
  readonly end: PlaygroundPosition;
}

export type ApplyFilterResult =
  | { readonly kind: 'edits'; readonly edits: readonly { readonly range: PlaygroundRange; readonly newText: string }[] }
  /** The file changed under the playground (or the mapping or filter is gone): read it again first. */
  | { readonly kind: 'stale'; readonly reason: string }
  /** The pattern cannot be written where it is (a variable, a local, a constant, a `dynamic` block): `copyText` is it in the file's language. */
  | { readonly kind: 'refused'; readonly reason: string; readonly copyText?: string };
