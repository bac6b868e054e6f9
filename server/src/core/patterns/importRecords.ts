// What a user pastes or imports into the playground as the records a Lambda function receives: the
// wrapper recognised and unwrapped and AWS CLI output converted (importValue.ts, which `test-pattern
// --events` reads through too), each record named and its source detected. Whatever the text, the answer
// is records and located problems, never an exception.

import { isObject, SOURCE_DECODING, type RecordSource } from './decodeRecord';
import { parseEventJson } from './eventJson';
import type { ImportedItem } from './importedItem';
import { importValue } from './importValue';
import { parseJson } from './parseJson';
import { parseJsonLines } from './parseJsonLines';
import { guessRecordSource } from './recordSource';

export interface ImportedRecord {
  /** Unique within one import: the sample's name, the message id, sequence number or event id, or `record-3`. */
  readonly name: string;
  readonly source: RecordSource;
  readonly record: unknown;
}

export interface ImportProblem {
  readonly message: string;
  /** The line of a JSON Lines input the problem is on. */
  readonly line?: number;
  /** The record the problem is about, when it was kept. */
  readonly record?: string;
}

export interface ImportResult {
  readonly records: readonly ImportedRecord[];
  readonly problems: readonly ImportProblem[];
}

const LABELS: Record<RecordSource, string> = { sqs: 'SQS', kinesis: 'Kinesis', dynamodb: 'DynamoDB', mq: 'Amazon MQ', kafka: 'Kafka', raw: 'raw' };

/**
 * The records in `text`. `expected` is the source the records are for (the mapping's): it names the
 * source of a record whose shape does not tell, and a record of another source is reported.
 */
export function importRecords(text: string, expected?: RecordSource): ImportResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { records: [], problems: [{ message: 'The input is empty: paste a record, a Lambda event, JSON Lines or what the AWS CLI printed.' }] };
  const items: { item: ImportedItem; line?: number }[] = [];
  let value: unknown;
  try {
    value = parseEventJson(body);
  } catch (error) {
    const lines = parseJsonLines(body);
    if (!lines) {
      const { line, column, reason } = syntaxError(body, error as Error);
      return { records: [], problems: [{ message: `The input is not valid JSON: line ${line}, column ${column}: ${reason}`, line }] };
    }
    for (const line of lines) {
      if ('error' in line) {
        const { column, reason } = syntaxError(line.text, new Error(line.error));
        items.push({ item: { problem: `line ${line.number} is not valid JSON: column ${column}: ${reason}` }, line: line.number });
      }
      else for (const item of importValue(line.value, expected)) items.push({ item, line: line.number });
    }
    return named(items, expected);
  }
  for (const item of importValue(value, expected)) items.push({ item });
  return named(items, expected);
}

/**
 * Where JSON text goes wrong and why, in the words of AWS's own JSON reader: the same on every Node
 * version, which JSON.parse's messages are not. (JSON.parse's error is the fallback for what that reader
 * accepts, such as nesting deeper than it reads.)
 */
function syntaxError(text: string, fallback: Error): { line: number; column: number; reason: string } {
  const error = parseJson(text).error;
  const offset = error?.range.start ?? 0;
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1, reason: error?.message ?? fallback.message };
}

/** Names, sources and checks: the items as records and problems. */
function named(items: readonly { item: ImportedItem; line?: number }[], expected: RecordSource | undefined): ImportResult {
  const records: ImportedRecord[] = [];
  const problems: ImportProblem[] = [];
  const taken = new Map<string, number>();
  items.forEach(({ item, line }, i) => {
    const at = line !== undefined ? { line } : {};
    if ('problem' in item) {
      problems.push({ message: item.problem, ...at });
      return;
    }
    const guessed = guessRecordSource(item.record);
    const source = item.source ?? (guessed === 'raw' && expected ? expected : guessed);
    const base = item.name ?? derivedName(item.record, source) ?? `record-${i + 1}`;
    const seen = taken.get(base) ?? 0;
    taken.set(base, seen + 1);
    const name = seen === 0 ? base : `${base} (${seen + 1})`;
    if (!isObject(item.record)) {
      const kind = item.record === null ? 'null' : Array.isArray(item.record) ? 'an array' : `a ${typeof item.record}`;
      problems.push({ message: `${name} is ${kind}, not an object: Lambda delivers every record as a JSON object`, ...at });
      return;
    }
    records.push({ name, source, record: item.record });
    const problem = recordProblem(item.record, source, expected);
    if (problem) problems.push({ message: `${name}: ${problem}`, ...at, record: name });
  });
  return { records, problems };
}

/** The id the source gives a record, if it has one. */
function derivedName(record: unknown, source: RecordSource): string | undefined {
  if (!isObject(record)) return undefined;
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  switch (source) {
    case 'sqs':
      return text(record.messageId);
    case 'kinesis':
      return isObject(record.kinesis) ? text(record.kinesis.sequenceNumber) : undefined;
    case 'dynamodb':
      return text(record.eventID);
    case 'mq':
      // ActiveMQ names it at the top; RabbitMQ among the message's properties.
      return text(record.messageID) ?? (isObject(record.basicProperties) ? text(record.basicProperties.messageId) : undefined);
    case 'kafka':
      return typeof record.topic === 'string' && record.partition !== undefined && record.offset !== undefined ? `${record.topic}-${String(record.partition)}@${String(record.offset)}` : undefined;
    default:
      return undefined;
  }
}

/** What about a kept record the user should know: another source than the mapping's, a payload that is not base64. */
function recordProblem(record: Record<string, unknown>, source: RecordSource, expected: RecordSource | undefined): string | undefined {
  if (expected && expected !== 'raw' && source !== expected) return `a ${LABELS[source]} record, but the records are for ${LABELS[expected]}`;
  const spec = SOURCE_DECODING[source];
  if (spec?.encoding !== 'base64') return undefined;
  const fields = spec.fields(record);
  const payload = fields[spec.payloadKey];
  // Valid base64 that is not UTF-8 (protobuf, Avro) is a real payload; only text that is no base64 is a mistake.
  if (typeof payload === 'string' && !isBase64(payload)) return `\`${spec.payloadKey}\` is not base64: Lambda cannot decode it, so no pattern on \`${spec.payloadKey}\` matches this record`;
  return undefined;
}

function isBase64(text: string): boolean {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}
