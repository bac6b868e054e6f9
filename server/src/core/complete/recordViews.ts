// What filter patterns of the mapping are matched against, from the samples (built-in and the user's),
// decoded as Lambda decodes them, and what they hold at a path of keys: the keys under it, the values
// at it. Arrays are looked through, since a pattern on an array field matches its elements.

import { isObject, decodeRecord } from '../patterns/decodeRecord';
import { RECORD_SOURCE } from '../patterns/sampleLenses';
import { SAMPLE_RECORDS, type SampleRecord } from '../patterns/samples/sampleRecords';
import type { Kinds } from './sourceFacts';

export interface RecordView {
  readonly sample: string;
  readonly view: Record<string, unknown>;
}

/** The samples of the source's record kinds (all of them when the source is unknown), decoded. */
export function recordViews(kinds: Kinds, userSamples: readonly SampleRecord[]): RecordView[] {
  const sources = kinds && kinds.length > 0 ? new Set(kinds.map((k) => RECORD_SOURCE[k])) : undefined;
  const views: RecordView[] = [];
  for (const sample of [...userSamples, ...SAMPLE_RECORDS]) {
    if (sources && !sources.has(sample.source)) continue;
    views.push({ sample: sample.name, view: decodeRecord(sample.record, sample.source).view });
  }
  return views;
}

/** Everything found at `keys` in one view (arrays flattened). */
export function valuesAt(view: Record<string, unknown>, keys: readonly string[]): unknown[] {
  let current: unknown[] = [view];
  for (const key of keys) {
    const next: unknown[] = [];
    for (const value of flatten(current)) if (isObject(value) && Object.hasOwn(value, key)) next.push(value[key]);
    current = next;
    if (current.length === 0) break;
  }
  return flatten(current);
}

function flatten(values: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  // Bounded: samples are small, and a depth limit keeps a pathological user sample cheap.
  const visit = (v: unknown, depth: number): void => {
    if (Array.isArray(v) && depth < 8) for (const item of v) visit(item, depth + 1);
    else out.push(v);
  };
  for (const v of values) visit(v, 0);
  return out;
}
