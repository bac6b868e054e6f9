// Finds the records in a parsed input, whatever wraps them, and puts records printed by the AWS CLI into
// the shape Lambda delivers. Recognised: one record; an array of records or of any of these (flattened);
// a Lambda event (`{"Records": […]}` for SQS, Kinesis and DynamoDB, `{"messages": […]}` or
// `{"rmqMessagesByQueue": {…}}` for Amazon MQ, `{"records": {"topic-0": […]}}` for Kafka); a samples file
// (`{"samples": [{name, source, record}]}`); and the output of `aws sqs receive-message`
// (`{"Messages": […]}`), `aws kinesis get-records` and `aws dynamodbstreams get-records` (both
// `{"Records": […], "NextShardIterator": …}`). Items inside a wrapper are records, never wrappers again.

import { isObject, RECORD_SOURCES, type RecordSource } from './decodeRecord';
import { importDynamodbRecord, isDynamodbStreamRecord } from './importDynamodbRecord';
import type { ImportedItem } from './importedItem';
import { importKinesisRecord, isKinesisCliRecord } from './importKinesisRecord';
import { importSqsMessage, isSqsCliMessage } from './importSqsMessage';

/**
 * The items of a parsed input, in order. With `expected` `raw` (EventBridge-style events, matched as
 * they are) nothing is unwrapped but a top-level array.
 */
export function importValue(value: unknown, expected?: RecordSource): ImportedItem[] {
  if (expected === 'raw') return Array.isArray(value) ? value.map((record) => ({ record })) : [{ record: value }];
  const out: ImportedItem[] = [];
  // Arrays are walked with a stack rather than by recursion: arrays nested thousands deep are still only input.
  const arrays: { items: readonly unknown[]; path: string; next: number }[] = [];
  const visit = (item: unknown, path: string): void => {
    if (Array.isArray(item)) arrays.push({ items: item, path, next: 0 });
    else importTop(item, path, out);
  };
  visit(value, '');
  while (arrays.length > 0) {
    const top = arrays[arrays.length - 1]!;
    if (top.next >= top.items.length) {
      arrays.pop();
      continue;
    }
    const i = top.next++;
    visit(top.items[i], `${top.path}[${i}]`);
  }
  return out;
}

/** A value that may be a wrapper: its records, or itself as one record. */
function importTop(value: unknown, path: string, out: ImportedItem[]): void {
  if (!isObject(value)) {
    out.push({ record: value });
    return;
  }
  const at = (key: string, i: number): string => `${path ? `${path}.` : ''}${key}[${i}]`;
  if (Array.isArray(value.samples)) {
    value.samples.forEach((sample, i) => out.push(importSample(sample, at('samples', i))));
  } else if (Array.isArray(value.Records)) {
    value.Records.forEach((record, i) => out.push(importRecord(record, at('Records', i))));
  } else if (Array.isArray(value.Messages)) {
    // `aws sqs receive-message`: every item is a message in the API's shape.
    value.Messages.forEach((message, i) =>
      out.push(isObject(message) ? importSqsMessage(message, at('Messages', i)) : { problem: `${at('Messages', i)} is not an SQS message (an object)` }),
    );
  } else if (Array.isArray(value.messages)) {
    for (const record of value.messages) out.push({ record, source: 'mq' });
  } else if (isObject(value.rmqMessagesByQueue)) {
    grouped(value.rmqMessagesByQueue, 'mq', out);
  } else if (isObject(value.records) && (value.eventSource === 'aws:kafka' || value.eventSource === 'SelfManagedKafka' || Object.values(value.records).every(Array.isArray))) {
    grouped(value.records, 'kafka', out);
  } else {
    out.push(importRecord(value, path));
  }
}

/** One record: converted when the AWS CLI printed it, as it is when Lambda did. */
function importRecord(record: unknown, path: string): ImportedItem {
  if (!isObject(record)) return { record };
  const where = path || 'the input';
  if (isSqsCliMessage(record)) return importSqsMessage(record, where);
  if (isKinesisCliRecord(record)) return importKinesisRecord(record, where);
  if (isDynamodbStreamRecord(record)) return { record: importDynamodbRecord(record) };
  return { record };
}

function importSample(sample: unknown, where: string): ImportedItem {
  if (!isObject(sample)) return { problem: `${where} is not a sample (an object with a record)` };
  if (!('record' in sample)) return { problem: `${where} is a sample without a record` };
  const source = typeof sample.source === 'string' && (RECORD_SOURCES as readonly string[]).includes(sample.source) ? (sample.source as RecordSource) : undefined;
  return { record: sample.record, ...(source ? { source } : {}), ...(typeof sample.name === 'string' ? { name: sample.name } : {}) };
}

/** `{"queue::vhost": […]}` (RabbitMQ) and `{"topic-0": […]}` (Kafka): the records of every group. */
function grouped(groups: Record<string, unknown>, source: RecordSource, out: ImportedItem[]): void {
  for (const list of Object.values(groups)) if (Array.isArray(list)) for (const record of list) out.push({ record, source });
}
