// Which resources can fill an argument, and through which attribute, for reference completion. The event
// source comes from the reference table (`referenceSources.ts`), so the two never disagree; the other
// arguments name what their docs and rules accept (`function_name`, destinations, `kms_key_arn`, secrets).

import { REFERENCE_SOURCES } from '../sources/referenceSources';
import { describeKinds } from '../sources/sourceKind';

export interface ReferenceTarget {
  /** Resource type as the module index keys it: `aws_sqs_queue`, `data.aws_sqs_queue`. */
  readonly type: string;
  /** Attributes that hold what the argument needs, the right one first. */
  readonly attributes: readonly string[];
  /** What the reference stands for, for the item's detail. */
  readonly what: string;
}

const EVENT_SOURCES: readonly ReferenceTarget[] = Object.entries(REFERENCE_SOURCES).map(([type, fact]) => ({
  type,
  attributes: [fact.arnAttribute, ...(fact.alsoArn ?? [])],
  what: `${describeKinds(fact.kinds)} ARN`,
}));

function both(type: string, attributes: readonly string[], what: string): ReferenceTarget[] {
  return [
    { type, attributes, what },
    { type: `data.${type}`, attributes, what },
  ];
}

const SECRETS = both('aws_secretsmanager_secret', ['arn'], 'Secrets Manager secret ARN');

/** By the argument's path: its blocks' canonical names and its own name, joined with dots. */
export const REFERENCE_TARGETS: Readonly<Record<string, readonly ReferenceTarget[]>> = Object.assign(Object.create(null) as Record<string, readonly ReferenceTarget[]>, {
  event_source_arn: EVENT_SOURCES,
  function_name: [
    // `invoke_arn` is API Gateway's (the `function-name` rule reports it); the name works as well as the ARN.
    ...both('aws_lambda_function', ['arn', 'function_name'], 'Lambda function'),
    { type: 'aws_lambda_alias', attributes: ['arn'], what: 'Lambda function alias ARN' },
  ],
  'destination_config.on_failure.destination_arn': [
    ...both('aws_sqs_queue', ['arn'], 'SQS queue ARN'),
    ...both('aws_sns_topic', ['arn'], 'SNS topic ARN'),
    ...both('aws_s3_bucket', ['arn'], 'S3 bucket ARN'),
  ],
  // An alias's own ARN is not a key ARN (the `kms-key-arn` rule); its target's is.
  kms_key_arn: [...both('aws_kms_key', ['arn'], 'KMS key ARN'), { type: 'aws_kms_alias', attributes: ['target_key_arn'], what: 'KMS key ARN (of the alias)' }],
  'source_access_configuration.uri': SECRETS,
  'amazon_managed_kafka_event_source_config.schema_registry_config.access_config.uri': SECRETS,
  'self_managed_kafka_event_source_config.schema_registry_config.access_config.uri': SECRETS,
});
