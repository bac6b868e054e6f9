// Guesses a record's source from its `eventSource` or its shape, so that a sample can be tested without
// saying where it comes from. (Finding the records in what a user gives is importValue.ts's.)

import { isObject, type RecordSource } from './decodeRecord';

/** A record found in a user's input, with what the input said of it. */
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
