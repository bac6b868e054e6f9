// The shape of a built-in sample: a record exactly as a Lambda function receives it, its source, and a
// line saying what it shows. The samples are written for this project (no third-party data).

import type { RecordSource } from '../decodeRecord';

export interface SampleRecord {
  /** A stable kebab-case name, e.g. `sqs-order-created`. */
  readonly name: string;
  readonly source: RecordSource;
  readonly description: string;
  readonly record: Readonly<Record<string, unknown>>;
}
