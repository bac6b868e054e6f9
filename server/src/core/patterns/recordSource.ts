// Finds the records in what a user gives as sample input (a whole Lambda event, an array of records, a
// samples file, or one record) and guesses each record's source from its shape, so that a sample can be
// tested without saying where it comes from.

import { isObject, type RecordSource } from './decodeRecord';

export interface InputRecord {
  readonly record: unknown;
  /** Known from the event around the record or from a samples file. */
  readonly source?: RecordSource;
  readonly name?: string;
}

const EVENT_SOURCES: Record<string, RecordSource> = {
  'aws:sqs': 'sqs',
  'aws:kinesis': 'kinesis',
  'aws:dynamodb': 'dynamodb',
  'aws:mq': 'mq',
  'aws:rmq': 'mq',
  'aws:kafka': 'kafka',
  SelfManagedKafka: 'kafka',
};

/** The source of one record, from its `eventSource` or its shape; `raw` when nothing fits. */
export function guessRecordSource(record: unknown): RecordSource {
  if (!isObject(record)) return 'raw';
  const declared = typeof record.eventSource === 'string' ? EVENT_SOURCES[record.eventSource] : undefined;
  if (declared) return declared;
  if (isObject(record.kinesis)) return 'kinesis';
  if (isObject(record.dynamodb) && typeof record.eventName === 'string') return 'dynamodb';
  if ('data' in record && ('messageID' in record || 'messageType' in record || isObject(record.basicProperties))) return 'mq';
  if ('topic' in record && 'partition' in record && 'offset' in record) return 'kafka';
  if (typeof record.body === 'string' && ('receiptHandle' in record || 'messageId' in record)) return 'sqs';
  return 'raw';
}

/** The records in a parsed input; `expand` false keeps the input as one record (for EventBridge-style events). */
export function recordsOfInput(input: unknown, expand = true): InputRecord[] {
  if (!expand) return [{ record: input }];
  if (Array.isArray(input)) return recordsOfArray(input);
  if (!isObject(input)) return [{ record: input }];
  if (Array.isArray(input.samples)) {
    return input.samples.flatMap((s): InputRecord[] => {
      if (!isObject(s)) return [];
      const source = typeof s.source === 'string' && s.source in SOURCE_NAMES ? (s.source as RecordSource) : undefined;
      return [{ record: s.record, ...(source ? { source } : {}), ...(typeof s.name === 'string' ? { name: s.name } : {}) }];
    });
  }
  if (Array.isArray(input.Records)) return input.Records.map((record) => ({ record }));
  const eventSource = typeof input.eventSource === 'string' ? EVENT_SOURCES[input.eventSource] : undefined;
  if (Array.isArray(input.messages)) return input.messages.map((record) => ({ record, source: 'mq' }));
  if (isObject(input.rmqMessagesByQueue)) return groupedRecords(input.rmqMessagesByQueue, 'mq');
  if (isObject(input.records) && (eventSource === 'kafka' || Object.values(input.records).every(Array.isArray))) return groupedRecords(input.records, 'kafka');
  return [{ record: input }];
}

/**
 * The records of an array of inputs, arrays inside it flattened. With a stack of positions rather than
 * recursion: an input of arrays nested thousands deep is still only input.
 */
function recordsOfArray(input: readonly unknown[]): InputRecord[] {
  const out: InputRecord[] = [];
  const arrays: (readonly unknown[])[] = [input];
  const next: number[] = [0];
  while (arrays.length > 0) {
    const top = arrays.length - 1;
    const array = arrays[top]!;
    const i = next[top]!;
    if (i >= array.length) {
      arrays.pop();
      next.pop();
      continue;
    }
    next[top] = i + 1;
    const item = array[i];
    if (Array.isArray(item)) {
      arrays.push(item);
      next.push(0);
    } else {
      for (const record of recordsOfInput(item)) out.push(record);
    }
  }
  return out;
}

const SOURCE_NAMES: Record<RecordSource, true> = { sqs: true, kinesis: true, dynamodb: true, mq: true, kafka: true, raw: true };

/** `{"queue::vhost": [...]}` (RabbitMQ) and `{"topic-0": [...]}` (Kafka): the records of every group. */
function groupedRecords(groups: Record<string, unknown>, source: RecordSource): InputRecord[] {
  return Object.values(groups).flatMap((list) => (Array.isArray(list) ? list.map((record) => ({ record, source })) : []));
}
