// The kinds of event source a mapping can read from. Facts and rules are keyed on these.

export const SOURCE_KINDS = [
  'sqs',
  'sqs-fifo',
  'kinesis',
  'dynamodb',
  'mq-activemq',
  'mq-rabbitmq',
  'msk',
  'kafka',
  'documentdb',
] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_LABELS: Record<SourceKind, string> = {
  sqs: 'SQS standard queues',
  'sqs-fifo': 'SQS FIFO queues',
  kinesis: 'Kinesis streams',
  dynamodb: 'DynamoDB Streams',
  'mq-activemq': 'Amazon MQ for ActiveMQ',
  'mq-rabbitmq': 'Amazon MQ for RabbitMQ',
  msk: 'Amazon MSK',
  kafka: 'self-managed Kafka',
  documentdb: 'DocumentDB',
};

/** Families name several kinds at once in messages, e.g. "SQS" for both queue kinds. */
const FAMILY_LABELS: { kinds: readonly SourceKind[]; label: string }[] = [
  { kinds: ['sqs', 'sqs-fifo'], label: 'SQS' },
  { kinds: ['mq-activemq', 'mq-rabbitmq'], label: 'Amazon MQ' },
  { kinds: ['msk', 'kafka'], label: 'Kafka (MSK and self-managed)' },
];

/** A short phrase naming the possible kinds, for messages. */
export function describeKinds(kinds: readonly SourceKind[]): string {
  const family = FAMILY_LABELS.find(
    (f) => f.kinds.length === kinds.length && f.kinds.every((k) => kinds.includes(k)),
  );
  if (family) return family.label;
  return kinds.map((k) => SOURCE_LABELS[k]).join(' or ');
}

export const SQS_KINDS: readonly SourceKind[] = ['sqs', 'sqs-fifo'];
