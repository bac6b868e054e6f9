// What Lambda matches a filter pattern against, per event source: the record as the function receives
// it, with the payload field decoded first (SQS `body` parsed when it is JSON; Kinesis `data`, MQ `data`
// and Kafka `value` base64 → UTF-8 → JSON when JSON; DynamoDB records as they are). The table says,
// per source, where the fields are, how the payload is encoded, and what Lambda does when the payload's
// format is not the one the pattern expects.

import { decodeBase64Text } from './base64';
import { parseEventJson } from './eventJson';

export type RecordSource = 'sqs' | 'kinesis' | 'dynamodb' | 'mq' | 'kafka' | 'raw';

export const RECORD_SOURCES: readonly RecordSource[] = ['sqs', 'kinesis', 'dynamodb', 'mq', 'kafka', 'raw'];

/** `json`: an object or array; `text`: any other text (JSON scalars included); `binary`: not base64 or not UTF-8. */
export type PayloadFormat = 'json' | 'text' | 'binary' | 'absent';

export interface SourceDecoding {
  readonly label: string;
  readonly payloadKey: string;
  readonly encoding: 'text' | 'base64';
  /**
   * When the payload's format differs from the pattern's (JSON pattern, plain payload or the reverse):
   * `drop` means the record never matches; `ignore` means Lambda filters on the other fields only.
   */
  readonly onMismatch: 'drop' | 'ignore';
  /** The object whose fields the pattern addresses. */
  readonly fields: (record: Record<string, unknown>) => Record<string, unknown>;
}

const asIs = (record: Record<string, unknown>): Record<string, unknown> => record;

export const SOURCE_DECODING: Readonly<Record<RecordSource, SourceDecoding | undefined>> = {
  sqs: { label: 'SQS', payloadKey: 'body', encoding: 'text', onMismatch: 'drop', fields: asIs },
  // Kinesis patterns address the fields of the record's `kinesis` object at the top: {"data": …}.
  kinesis: { label: 'Kinesis', payloadKey: 'data', encoding: 'base64', onMismatch: 'drop', fields: (r) => (isObject(r.kinesis) ? r.kinesis : r) },
  mq: { label: 'Amazon MQ', payloadKey: 'data', encoding: 'base64', onMismatch: 'ignore', fields: asIs },
  kafka: { label: 'Kafka', payloadKey: 'value', encoding: 'base64', onMismatch: 'ignore', fields: asIs },
  dynamodb: undefined,
  raw: undefined,
};

export interface DecodedRecord {
  readonly source: RecordSource;
  /** What the pattern is matched against. */
  readonly view: Record<string, unknown>;
  /** The payload field of the source, if it has one. */
  readonly payloadKey?: string;
  readonly payload: PayloadFormat;
  /** The decoded payload text (for explanations). */
  readonly payloadText?: string;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const EMPTY: Record<string, unknown> = {};

/** Decodes a record as Lambda does before filtering. Never throws; a record that is not an object has no fields. */
export function decodeRecord(record: unknown, source: RecordSource): DecodedRecord {
  const rec = isObject(record) ? record : EMPTY;
  const spec = SOURCE_DECODING[source];
  if (!spec) return { source, view: rec, payload: 'absent' };
  const fields = spec.fields(rec);
  const key = spec.payloadKey;
  const raw = fields[key];
  if (typeof raw !== 'string') {
    // A sample may hold the payload already decoded.
    const payload: PayloadFormat = raw !== null && typeof raw === 'object' ? 'json' : 'absent';
    return { source, view: fields, payloadKey: key, payload };
  }
  const text = spec.encoding === 'base64' ? decodeBase64Text(raw) : raw;
  const view: Record<string, unknown> = { ...fields };
  if (text === undefined) {
    delete view[key];
    return { source, view, payloadKey: key, payload: 'binary' };
  }
  const parsed = parseJsonPayload(text);
  view[key] = parsed === undefined ? text : parsed;
  return { source, view, payloadKey: key, payload: parsed === undefined ? 'text' : 'json', payloadText: text };
}

/** A JSON object or array, or undefined for any other text (checked cheaply before parsing). */
export function parseJsonPayload(text: string): object | undefined {
  let i = 0;
  let c = text.charCodeAt(0);
  while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);
  if (c !== 123 && c !== 91) return undefined;
  try {
    return parseEventJson(text) as object;
  } catch {
    return undefined;
  }
}

