// Which event source a reference to another resource stands for, keyed by resource type and the
// attribute read. Attributes that are not ARNs (a queue URL, a table ARN instead of its stream) are
// listed with the attribute users meant, so the rule can say so and the fix can switch it.

import type { SourceKind } from './sourceKind';

export interface ReferenceSourceFact {
  /** The attribute that holds the source ARN. */
  readonly arnAttribute: string;
  /** Other attributes that are also the ARN (Kinesis `id` is the stream ARN). */
  readonly alsoArn?: readonly string[];
  /** Attributes that look right but are not ARNs, and what they hold. */
  readonly notArn?: Readonly<Record<string, string>>;
  /** The kinds when nothing more is known about the resource. */
  readonly kinds: readonly SourceKind[];
}

const SQS: ReferenceSourceFact = {
  arnAttribute: 'arn',
  notArn: { id: 'the queue URL', url: 'the queue URL', name: 'the queue name' },
  kinds: ['sqs', 'sqs-fifo'],
};
const DYNAMODB: ReferenceSourceFact = {
  arnAttribute: 'stream_arn',
  notArn: { arn: 'the table ARN, not its stream ARN', id: 'the table name', name: 'the table name', stream_label: 'the stream label' },
  kinds: ['dynamodb'],
};
const MQ: ReferenceSourceFact = { arnAttribute: 'arn', notArn: { id: 'the broker ID', broker_name: 'the broker name' }, kinds: ['mq-activemq', 'mq-rabbitmq'] };
const MSK: ReferenceSourceFact = {
  arnAttribute: 'arn',
  notArn: {
    bootstrap_brokers: 'broker endpoints (they belong in `self_managed_event_source`)',
    bootstrap_brokers_tls: 'broker endpoints (they belong in `self_managed_event_source`)',
    bootstrap_brokers_sasl_iam: 'broker endpoints',
    bootstrap_brokers_sasl_scram: 'broker endpoints',
    cluster_name: 'the cluster name',
  },
  kinds: ['msk'],
};

export const REFERENCE_SOURCES: Readonly<Record<string, ReferenceSourceFact>> = {
  aws_sqs_queue: SQS,
  'data.aws_sqs_queue': SQS,
  aws_kinesis_stream: { arnAttribute: 'arn', alsoArn: ['id'], notArn: { name: 'the stream name' }, kinds: ['kinesis'] },
  'data.aws_kinesis_stream': { arnAttribute: 'arn', notArn: { name: 'the stream name' }, kinds: ['kinesis'] },
  aws_kinesis_stream_consumer: { arnAttribute: 'arn', alsoArn: ['id'], notArn: { name: 'the consumer name' }, kinds: ['kinesis'] },
  aws_dynamodb_table: DYNAMODB,
  'data.aws_dynamodb_table': DYNAMODB,
  aws_mq_broker: MQ,
  'data.aws_mq_broker': MQ,
  aws_msk_cluster: MSK,
  aws_msk_serverless_cluster: MSK,
  aws_msk_vpc_connection: MSK,
  'data.aws_msk_cluster': MSK,
  aws_docdb_cluster: { arnAttribute: 'arn', notArn: { id: 'the cluster identifier', cluster_identifier: 'the cluster identifier', endpoint: 'the cluster endpoint' }, kinds: ['documentdb'] },
};

/** Resource types that have an ARN but can never be an event source, with the reason. */
export const UNSUPPORTED_SOURCES: Readonly<Record<string, string>> = {
  aws_rds_cluster: 'Aurora and RDS clusters are not event sources (only DocumentDB clusters are)',
  aws_docdbelastic_cluster: 'DocumentDB elastic clusters are not supported (only instance-based clusters)',
  aws_docdb_global_cluster: 'DocumentDB global clusters are not supported (use the regional `aws_docdb_cluster`)',
  aws_sns_topic: 'SNS pushes to Lambda; subscribe the function with `aws_sns_topic_subscription` instead',
  aws_s3_bucket: 'S3 pushes to Lambda; use `aws_s3_bucket_notification` instead',
  aws_cloudwatch_event_rule: 'EventBridge pushes to Lambda; use `aws_cloudwatch_event_target` instead',
  aws_lambda_function: 'a Lambda function is not an event source',
};
