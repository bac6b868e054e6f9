// One item of an import: a record (with its source when the wrapper around it says it), or why the item
// is no record.

import type { RecordSource } from './decodeRecord';

export type ImportedItem = { readonly record: unknown; readonly source?: RecordSource; readonly name?: string } | { readonly problem: string };
