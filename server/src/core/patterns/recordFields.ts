// What a filter pattern can address, per source kind: the top-level keys of the record Lambda matches
// (for Kinesis, the fields of the record's `kinesis` object), the payload key, which fields every record
// has, and the type of metadata fields whose type is fixed. The one place for these facts; the
// source-aware pattern rules read them. Source: shared/research/filtering.md §2.

import type { SourceKind } from '../sources/sourceKind';

/** A leaf's type in every record: a JSON type, or a string from a closed set. */
export type FieldType = 'string' | 'number' | 'boolean' | { readonly oneOf: readonly string[] };

export interface RecordShape {
  /** Names the source in messages. */
  readonly label: string;
  /** The field holding the message (decoded before matching), and a pattern on it for messages. */
  readonly payloadKey: string;
  readonly example: string;
  /** What happens to a record no filter matches, for messages. */
  readonly dropped: string;
  /** Every key a record can have at the top; any other top-level key of a pattern can never be present. */
  readonly topKeys: readonly string[];
  /** Dotted paths every record has (so `exists: false` on them never matches). */
  readonly always: readonly string[];
  /** Dotted paths of leaves whose type is fixed. */
  readonly typed: Readonly<Record<string, FieldType>>;
}

const SQS: RecordShape = {
  label: 'SQS',
  payloadKey: 'body',
  example: '{"body": {"type": ["order"]}}',
  dropped: 'Lambda deletes such messages from the queue',
  // The record as delivered; metadata keys other than `body` are filterable but not all verified (§2).
  topKeys: ['messageId', 'receiptHandle', 'body', 'attributes', 'messageAttributes', 'md5OfBody', 'md5OfMessageAttributes', 'eventSource', 'eventSourceARN', 'awsRegion'],
  always: ['body', 'messageId'],
  // SQS sends its system attributes as strings, numbers included ("ApproximateReceiveCount": "1").
  typed: {
    'attributes.ApproximateReceiveCount': 'string',
    'attributes.SentTimestamp': 'string',
    'attributes.ApproximateFirstReceiveTimestamp': 'string',
    'attributes.SequenceNumber': 'string',
    'attributes.MessageGroupId': 'string',
    eventSource: { oneOf: ['aws:sqs'] },
  },
};

const KINESIS: RecordShape = {
  label: 'Kinesis',
  payloadKey: 'data',
  example: '{"data": {"type": ["order"]}}',
  dropped: 'Lambda skips such records',
  // Patterns address the fields of the record's `kinesis` object at the top (§2.2). The event fields
  // around it (`eventName`, `eventSource`, …) are listed too: whether they can be filtered is unverified,
  // so they are not called impossible.
  topKeys: [
    'kinesisSchemaVersion', 'partitionKey', 'sequenceNumber', 'data', 'approximateArrivalTimestamp', 'encryptionType',
    'eventSource', 'eventVersion', 'eventID', 'eventName', 'invokeIdentityArn', 'awsRegion', 'eventSourceARN',
  ],
  always: ['data', 'partitionKey', 'sequenceNumber'],
  typed: { approximateArrivalTimestamp: 'number', partitionKey: 'string', sequenceNumber: 'string' },
};

const DYNAMODB: RecordShape = {
  label: 'DynamoDB Streams',
  payloadKey: 'dynamodb',
  example: '{"dynamodb": {"NewImage": {"status": {"S": ["shipped"]}}}}',
  dropped: 'Lambda skips such records',
  topKeys: ['eventID', 'eventName', 'eventVersion', 'eventSource', 'awsRegion', 'dynamodb', 'eventSourceARN', 'userIdentity'],
  always: ['eventName', 'eventSource', 'dynamodb', 'dynamodb.Keys'],
  typed: {
    eventName: { oneOf: ['INSERT', 'MODIFY', 'REMOVE'] },
    eventSource: { oneOf: ['aws:dynamodb'] },
    'dynamodb.ApproximateCreationDateTime': 'number',
    'dynamodb.SizeBytes': 'number',
    'dynamodb.SequenceNumber': 'string',
    'dynamodb.StreamViewType': { oneOf: ['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'] },
  },
};

const ACTIVEMQ: RecordShape = {
  label: 'Amazon MQ',
  payloadKey: 'data',
  example: '{"data": {"type": ["order"]}}',
  dropped: 'Lambda acknowledges such messages',
  topKeys: [
    'messageID', 'messageType', 'deliveryMode', 'replyTo', 'type', 'expiration', 'priority', 'correlationId', 'redelivered',
    'destination', 'data', 'timestamp', 'brokerInTime', 'brokerOutTime', 'properties',
  ],
  always: [],
  typed: { redelivered: 'boolean' },
};

const RABBITMQ: RecordShape = {
  label: 'Amazon MQ',
  payloadKey: 'data',
  example: '{"data": {"type": ["order"]}}',
  dropped: 'Lambda acknowledges such messages',
  topKeys: ['basicProperties', 'redelivered', 'data'],
  always: [],
  typed: { redelivered: 'boolean' },
};

const KAFKA: RecordShape = {
  label: 'Kafka',
  payloadKey: 'value',
  example: '{"value": {"type": ["order"]}}',
  dropped: 'Lambda commits their offsets',
  topKeys: ['topic', 'partition', 'offset', 'timestamp', 'timestampType', 'key', 'value', 'headers'],
  always: ['topic', 'partition', 'offset'],
  typed: {
    topic: 'string',
    partition: 'number',
    offset: 'number',
    timestamp: 'number',
    timestampType: { oneOf: ['CREATE_TIME', 'LOG_APPEND_TIME'] },
  },
};

/** DocumentDB has no event filtering (`filter-criteria` reports it), so no shape. */
export const RECORD_SHAPES: Readonly<Record<SourceKind, RecordShape | undefined>> = {
  sqs: SQS,
  'sqs-fifo': SQS,
  kinesis: KINESIS,
  dynamodb: DYNAMODB,
  'mq-activemq': ACTIVEMQ,
  'mq-rabbitmq': RABBITMQ,
  msk: KAFKA,
  kafka: KAFKA,
  documentdb: undefined,
};

/** The shapes of every possible kind; undefined when the kinds are unknown or one has no shape. */
export function shapesOf(kinds: readonly SourceKind[] | undefined): readonly RecordShape[] | undefined {
  if (!kinds || kinds.length === 0) return undefined;
  // The same array for the same kinds, so what rules derive from it can be kept per array.
  const key = kinds.length === 1 ? kinds[0]! : kinds.join(',');
  if (SHAPES.has(key)) return SHAPES.get(key);
  const shapes = kinds.map((k) => RECORD_SHAPES[k]);
  const known = shapes.every((s): s is RecordShape => s !== undefined) ? shapes : undefined;
  SHAPES.set(key, known);
  return known;
}

/** At most one entry per combination of source kinds, a few dozen. */
const SHAPES = new Map<string, readonly RecordShape[] | undefined>();

/** DynamoDB attribute value type keys: `{"S": "x"}`, `{"N": "5"}` (a string), … */
export const DYNAMODB_TYPE_KEYS: readonly string[] = ['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS'];

/** Where a DynamoDB stream record holds attribute maps. */
export const DYNAMODB_IMAGES: readonly string[] = ['NewImage', 'OldImage', 'Keys'];
