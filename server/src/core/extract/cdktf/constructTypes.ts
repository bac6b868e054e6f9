// Which Terraform resource or data source a CDKTF construct class stands for. The classes the rules
// read are listed; any other class follows the generators' naming convention, the same one that names
// the class's module: `SqsQueue` in `lib/sqs-queue` is `aws_sqs_queue`, `DataAwsSqsQueue` in
// `lib/data-aws-sqs-queue` is `data.aws_sqs_queue`.

import { own } from '../../facts/own';
import { snakeCase } from './cdktfNames';

export interface ConstructType {
  readonly keyword: 'resource' | 'data';
  /** The Terraform type: `aws_sqs_queue`, also for the data source `data.aws_sqs_queue`. */
  readonly type: string;
}

/** Class name → `type` or `data.type`: every class whose arguments or attributes a rule reads. */
const KNOWN: Readonly<Record<string, string>> = {
  LambdaEventSourceMapping: 'aws_lambda_event_source_mapping',
  // Experimental CDK-Terrain generators name the class differently; its tfResourceType is the same.
  TfEventSourceMapping: 'aws_lambda_event_source_mapping',
  AwsEventSourceMapping: 'aws_lambda_event_source_mapping',
  SqsQueue: 'aws_sqs_queue',
  DataAwsSqsQueue: 'data.aws_sqs_queue',
  KinesisStream: 'aws_kinesis_stream',
  DataAwsKinesisStream: 'data.aws_kinesis_stream',
  KinesisStreamConsumer: 'aws_kinesis_stream_consumer',
  DynamodbTable: 'aws_dynamodb_table',
  DataAwsDynamodbTable: 'data.aws_dynamodb_table',
  MqBroker: 'aws_mq_broker',
  DataAwsMqBroker: 'data.aws_mq_broker',
  MskCluster: 'aws_msk_cluster',
  MskServerlessCluster: 'aws_msk_serverless_cluster',
  MskVpcConnection: 'aws_msk_vpc_connection',
  DataAwsMskCluster: 'data.aws_msk_cluster',
  DocdbCluster: 'aws_docdb_cluster',
  DocdbelasticCluster: 'aws_docdbelastic_cluster',
  DocdbGlobalCluster: 'aws_docdb_global_cluster',
  RdsCluster: 'aws_rds_cluster',
  LambdaFunction: 'aws_lambda_function',
  DataAwsLambdaFunction: 'data.aws_lambda_function',
  LambdaAlias: 'aws_lambda_alias',
  KmsKey: 'aws_kms_key',
  DataAwsKmsKey: 'data.aws_kms_key',
  SnsTopic: 'aws_sns_topic',
  S3Bucket: 'aws_s3_bucket',
  CloudwatchEventRule: 'aws_cloudwatch_event_rule',
};

/** Classes of the provider packages that are not resources (they configure the provider itself). */
const NOT_RESOURCES = new Set(['AwsProvider']);

/** Helper classes a resource module also exports for nested blocks: never resources. */
const HELPER_SUFFIX = /OutputReference$/;

/**
 * The type of a construct class. `module` is the snake_case name of the resource module it comes from
 * (`sqs_queue` for `lib/sqs-queue` or the namespace `sqsQueue`), when known: the class must then be that
 * module's resource (by name or by the table), which keeps the module's helper classes out.
 */
export function constructType(className: string, module: string | undefined): ConstructType | undefined {
  // Every `new` and every `queue.arn` asks; a stack names a handful of classes. By module, then class:
  // a key made of both would be a new string to build and hash on every call.
  let types = TYPES.get(module);
  if (!types) {
    types = new Map();
    if (TYPES.size < 1_000) TYPES.set(module, types);
  }
  let type = types.get(className);
  if (type === undefined && !types.has(className)) {
    type = typeOfClass(className, module);
    if (types.size < 1_000) types.set(className, type);
  }
  return type;
}

const TYPES = new Map<string | undefined, Map<string, ConstructType | undefined>>();

function typeOfClass(className: string, module: string | undefined): ConstructType | undefined {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(className) || NOT_RESOURCES.has(className)) return undefined;
  const known = own(KNOWN, className);
  const byClass = parseType(known ?? conventionalType(snakeCase(className)));
  if (module === undefined) return HELPER_SUFFIX.test(className) && !known ? undefined : byClass;
  const byModule = parseType(conventionalType(module));
  return byModule.keyword === byClass.keyword && byModule.type === byClass.type ? byClass : undefined;
}

/** `sqs_queue` → `aws_sqs_queue`; `data_aws_sqs_queue` → `data.aws_sqs_queue`. */
function conventionalType(snake: string): string {
  return snake.startsWith('data_aws_') ? `data.aws_${snake.slice('data_aws_'.length)}` : `aws_${snake}`;
}

function parseType(text: string): ConstructType {
  return text.startsWith('data.') ? { keyword: 'data', type: text.slice('data.'.length) } : { keyword: 'resource', type: text };
}
