// Every argument and block of `aws_lambda_event_source_mapping` in hashicorp/aws 6.x (the newest seen is
// 6.62.0), with the provider's validators and the AWS API's limits side by side. Numbers come from the
// provider source and the Lambda API model; see docs/rules for the citations users need.

import type { AttributeFact, BlockFact, Fact } from './factTypes';
import { SOURCE_KINDS, type SourceKind } from '../sources/sourceKind';
import { ownTable } from './own';

type AttrOptions = Omit<AttributeFact, 'kind' | 'name' | 'type' | 'doc'>;
type BlockOptions = Omit<BlockFact, 'kind' | 'name' | 'doc' | 'attributes' | 'blocks'>;

function attr(name: string, type: AttributeFact['type'], doc: string, options: AttrOptions = {}): AttributeFact {
  return { kind: 'attribute', name, type, doc, ...options };
}

function block(name: string, doc: string, options: BlockOptions, children: Fact[]): BlockFact {
  // Without a prototype: rules index these records with the names users write (see own.ts).
  const attributes = ownTable<AttributeFact>({});
  const blocks = ownTable<BlockFact>({});
  for (const child of children) {
    if (child.kind === 'attribute') attributes[child.name] = child;
    else blocks[child.name] = child;
  }
  return { kind: 'block', name, doc, ...options, attributes, blocks };
}

/** Allowed only for the given kinds; every other kind is `forbidden`. */
function only(...kinds: SourceKind[]): Partial<Record<SourceKind, 'forbidden'>> {
  return Object.fromEntries(SOURCE_KINDS.filter((k) => !kinds.includes(k)).map((k) => [k, 'forbidden']));
}

const STREAMS_AND_KAFKA = only('kinesis', 'dynamodb', 'msk', 'kafka');
const KAFKA: SourceKind[] = ['msk', 'kafka'];
/** The API's pattern for URIs and consumer group ids (`URI` shape). */
const URI_PATTERN = { regex: /^[ a-zA-Z0-9\-/*:_+=.@]*$/, description: 'letters, digits, spaces and - / * : _ + = . @', by: 'api' as const };

const consumerGroupId = attr(
  'consumer_group_id',
  'string',
  'Kafka consumer group ID, 1–200 characters. Generated when omitted. It cannot be changed after the mapping is created (changing it replaces the mapping).',
  { forceNew: true, length: { min: 1, max: 200, by: 'provider' }, pattern: URI_PATTERN },
);

const schemaRegistryConfig = block(
  'schema_registry_config',
  'Schema registry (AWS Glue or Confluent) used to validate and deserialize Kafka records. Only available in provisioned mode: the mapping also needs `provisioned_poller_config`.',
  { maxItems: 1, forceNew: true },
  [
    attr('schema_registry_uri', 'string', 'The Glue schema registry ARN, or the Confluent schema registry URL.', {
      forceNew: true,
      length: { min: 1, max: 10000, by: 'provider' },
    }),
    attr('event_record_format', 'string', 'How Lambda delivers records after validation: `JSON` or `SOURCE` (as in the registry).', {
      forceNew: true,
      enum: ['JSON', 'SOURCE'],
      valueDocs: {
        JSON: 'Lambda delivers each validated record to the function as JSON.',
        SOURCE: 'Lambda delivers each validated record in its original format (Avro, Protobuf or JSON Schema), as in the registry.',
      },
    }),
    block('access_config', 'Credentials for the schema registry (a Secrets Manager secret ARN).', { forceNew: true }, [
      attr('type', 'string', 'Authentication type.', {
        forceNew: true,
        enum: ['BASIC_AUTH', 'CLIENT_CERTIFICATE_TLS_AUTH', 'SERVER_ROOT_CA_CERTIFICATE'],
        valueDocs: {
          BASIC_AUTH: 'A Secrets Manager secret with the user name and password of the schema registry.',
          CLIENT_CERTIFICATE_TLS_AUTH: 'A Secrets Manager secret with the client certificate and private key for mutual TLS with the schema registry.',
          SERVER_ROOT_CA_CERTIFICATE: 'A Secrets Manager secret with the root CA certificate that signed the schema registry\'s TLS certificate.',
        },
      }),
      attr('uri', 'string', 'ARN of the Secrets Manager secret.', { forceNew: true }),
    ]),
    block('schema_validation_config', 'Which parts of each record to validate against the schema.', { forceNew: true }, [
      attr('attribute', 'string', 'The record part to validate: `KEY` or `VALUE`.', {
        forceNew: true,
        enum: ['KEY', 'VALUE'],
        valueDocs: {
          KEY: 'Validate the key of each record against the schema.',
          VALUE: 'Validate the value of each record against the schema.',
        },
      }),
    ]),
  ],
);

/** The resource's top-level arguments and blocks, by name. */
export const MAPPING_FACTS: BlockFact = block(
  'aws_lambda_event_source_mapping',
  'Connects a Lambda function to a poll-based event source: SQS, Kinesis, DynamoDB Streams, Amazon MQ, Amazon MSK, self-managed Kafka or DocumentDB.',
  {},
  [
    attr('function_name', 'string', 'Name or ARN of the Lambda function that receives the records. A bare name has at most 64 characters; an ARN (optionally with a version or alias) at most 256.', {
      required: true,
    }),
    attr('event_source_arn', 'string', 'ARN of the event source: an SQS queue, a Kinesis stream or stream consumer, a DynamoDB stream (`stream_arn`, not the table ARN), an Amazon MQ broker, an MSK cluster (or VPC connection), or a DocumentDB cluster. Not used for self-managed Kafka (use `self_managed_event_source`). Changing it replaces the mapping.', {
      forceNew: true,
    }),
    attr('enabled', 'bool', 'Whether the mapping polls its source.', { defaultText: 'true', defaultValue: true }),
    attr('batch_size', 'number', 'Largest number of records Lambda reads from the source for one invocation. Default 10 for SQS, 100 for the others. SQS FIFO: at most 10. SQS standard: above 10 needs `maximum_batching_window_in_seconds` ≥ 1.', {
      defaultText: '10 for SQS, 100 for other sources',
      sourceDefaults: { sqs: 10, 'sqs-fifo': 10, kinesis: 100, dynamodb: 100, 'mq-activemq': 100, 'mq-rabbitmq': 100, msk: 100, kafka: 100, documentdb: 100 },
      apiBounds: { min: 1, max: 10000 },
      zeroIsUnset: true,
      sourceBounds: { 'sqs-fifo': { max: 10 } },
    }),
    attr('bisect_batch_on_function_error', 'bool', 'Split a failed batch in two and retry each half. Streams (Kinesis, DynamoDB) and Kafka.', {
      defaultText: 'false',
      defaultValue: false,
      sources: STREAMS_AND_KAFKA,
    }),
    attr('maximum_batching_window_in_seconds', 'number', 'How long Lambda gathers records before invoking the function, 0–300 seconds. Not supported for SQS FIFO queues.', {
      defaultText: '0 for SQS and streams; 0.5 s for MQ, Kafka and DocumentDB',
      // The 0.5 s default of the other sources is not a value the argument can take (whole seconds).
      sourceDefaults: { sqs: 0, kinesis: 0, dynamodb: 0 },
      apiBounds: { min: 0, max: 300 },
    }),
    attr('maximum_record_age_in_seconds', 'number', 'Discard records older than this: -1 (forever, the default) or 60–604800. Streams and Kafka.', {
      defaultText: '-1 (forever)',
      defaultValue: -1,
      providerBounds: { min: 60, max: 604800, also: [-1] },
      // The API model says -1…604800, but the documented minimum is 60 and the provider agrees.
      apiBounds: { min: 60, max: 604800, also: [-1] },
      sources: STREAMS_AND_KAFKA,
    }),
    attr('maximum_retry_attempts', 'number', 'Retries when the function returns an error: -1 (forever, the default) to 10000. Streams and Kafka.', {
      defaultText: '-1 (forever)',
      defaultValue: -1,
      providerBounds: { min: -1, max: 10000 },
      apiBounds: { min: -1, max: 10000 },
      sources: STREAMS_AND_KAFKA,
    }),
    attr('parallelization_factor', 'number', 'Batches processed concurrently from each shard, 1–10. Kinesis and DynamoDB Streams only.', {
      defaultText: '1',
      defaultValue: 1,
      providerBounds: { min: 1, max: 10 },
      apiBounds: { min: 1, max: 10 },
      sources: only('kinesis', 'dynamodb'),
    }),
    attr('tumbling_window_in_seconds', 'number', 'Length of a tumbling window for stream analytics, 0–900 seconds. Kinesis and DynamoDB Streams only.', {
      providerBounds: { min: 0, max: 900 },
      apiBounds: { min: 0, max: 900 },
      sources: only('kinesis', 'dynamodb'),
    }),
    attr('starting_position', 'string', 'Where to start reading: `TRIM_HORIZON`, `LATEST` or `AT_TIMESTAMP`. Required for Kinesis, DynamoDB Streams, MSK and self-managed Kafka; not allowed for SQS and MQ; DynamoDB does not accept `AT_TIMESTAMP`. Changing it replaces the mapping.', {
      forceNew: true,
      enum: ['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'],
      valueDocs: {
        TRIM_HORIZON: 'Start with the oldest record the stream or topic still holds.',
        LATEST: 'Start with the records that arrive after the mapping is created; older records are not read.',
        AT_TIMESTAMP: 'Start with the records from the time in `starting_position_timestamp` on. Not accepted for DynamoDB Streams.',
      },
      requiredFor: ['kinesis', 'dynamodb', 'msk', 'kafka'],
      sources: { sqs: 'forbidden', 'sqs-fifo': 'forbidden', 'mq-activemq': 'forbidden', 'mq-rabbitmq': 'forbidden' },
    }),
    attr('starting_position_timestamp', 'string', 'RFC 3339 timestamp to start reading from when `starting_position` is `AT_TIMESTAMP`; it must not be in the future. Changing it replaces the mapping.', {
      forceNew: true,
      format: 'rfc3339',
      sources: { sqs: 'forbidden', 'sqs-fifo': 'forbidden', 'mq-activemq': 'forbidden', 'mq-rabbitmq': 'forbidden' },
    }),
    attr('function_response_types', 'set(string)', 'Response types the function can return. `ReportBatchItemFailures` lets it report the records that failed, so only those are retried. SQS, streams and Kafka.', {
      enum: ['ReportBatchItemFailures'],
      valueDocs: {
        ReportBatchItemFailures: 'The function returns `batchItemFailures` with the records that failed, so Lambda retries only those (for streams, from the first failed one on) instead of the whole batch.',
      },
      items: { max: 1, by: 'api' },
      sources: only('sqs', 'sqs-fifo', 'kinesis', 'dynamodb', 'msk', 'kafka'),
    }),
    attr('kms_key_arn', 'string', 'ARN of the customer managed KMS key Lambda uses to encrypt the filter criteria. Only meaningful with `filter_criteria`.'),
    attr('queues', 'list(string)', 'The Amazon MQ broker destination queue to consume: exactly one name. MQ only. Changing it replaces the mapping.', {
      forceNew: true,
      items: { min: 1, max: 1, by: 'provider' },
      requiredFor: ['mq-activemq', 'mq-rabbitmq'],
      length: { min: 1, max: 1000, by: 'provider' },
      sources: only('mq-activemq', 'mq-rabbitmq'),
    }),
    attr('topics', 'set(string)', 'The Kafka topic to consume: exactly one name. MSK and self-managed Kafka. Changing it replaces the mapping.', {
      forceNew: true,
      length: { min: 1, max: 249, by: 'provider' },
      pattern: { regex: /^[^.][a-zA-Z0-9\-_.]+$/, description: 'letters, digits, - _ . and not starting with a dot', by: 'api' },
      requiredFor: ['msk', 'kafka'],
      sources: only('msk', 'kafka'),
    }),
    attr('tags', 'map(string)', 'Tags for the mapping. Provider `default_tags` with the same keys are overwritten.'),
    attr('region', 'string', 'Region where the mapping is managed. Defaults to the provider region.', { since: '6.0.0' }),
    attr('use_resource_timeout_for_propagation', 'bool', 'Use the resource `timeouts` when retrying eventually consistent API calls instead of the default propagation wait.', {
      since: '6.55.0',
    }),
    ...['arn', 'function_arn', 'last_modified', 'last_processing_result', 'state', 'state_transition_reason', 'uuid', 'id', 'tags_all'].map((name) =>
      attr(name, 'string', `Computed by AWS after the mapping is created (\`${name}\`); read it, do not set it.`, { readOnly: true }),
    ),
    block('amazon_managed_kafka_event_source_config', 'Settings for Amazon MSK sources. Conflicts with `self_managed_event_source` and `self_managed_kafka_event_source_config`. Changing it replaces the mapping.', {
      maxItems: 1,
      forceNew: true,
      sources: only('msk'),
    }, [consumerGroupId, schemaRegistryConfig]),
    block('self_managed_kafka_event_source_config', 'Settings for self-managed Kafka sources. Conflicts with `event_source_arn` and `amazon_managed_kafka_event_source_config`. Changing it replaces the mapping.', {
      maxItems: 1,
      forceNew: true,
      sources: only('kafka'),
    }, [consumerGroupId, schemaRegistryConfig]),
    block('self_managed_event_source', 'Where a self-managed Kafka cluster is: `endpoints = { KAFKA_BOOTSTRAP_SERVERS = "host1:9092,host2:9092" }`. Exactly one of this block and `event_source_arn` must be set. Needs `source_access_configuration`.', {
      maxItems: 1,
      forceNew: true,
    }, [
      attr('endpoints', 'map(string)', 'The only key is `KAFKA_BOOTSTRAP_SERVERS`; its value is a comma-separated list of 1–10 `host:port` brokers.', {
        required: true,
        forceNew: true,
      }),
    ]),
    block('source_access_configuration', 'Authentication, VPC or virtual host settings: MQ (`BASIC_AUTH`, RabbitMQ `VIRTUAL_HOST`), MSK (`SASL_SCRAM_512_AUTH`, `CLIENT_CERTIFICATE_TLS_AUTH`), self-managed Kafka (VPC, SASL, TLS), DocumentDB (`BASIC_AUTH`).', {
      maxItems: 22,
      apiMaxItems: 23,
      sources: only('mq-activemq', 'mq-rabbitmq', 'msk', 'kafka', 'documentdb'),
    }, [
      attr('type', 'string', 'The kind of access configuration.', {
        required: true,
        enum: ['BASIC_AUTH', 'VPC_SUBNET', 'VPC_SECURITY_GROUP', 'SASL_SCRAM_512_AUTH', 'SASL_SCRAM_256_AUTH', 'VIRTUAL_HOST', 'CLIENT_CERTIFICATE_TLS_AUTH', 'SERVER_ROOT_CA_CERTIFICATE'],
        valueDocs: {
          BASIC_AUTH: 'A Secrets Manager secret with a user name and password: the broker credentials for Amazon MQ and DocumentDB, SASL/PLAIN for self-managed Kafka.',
          VPC_SUBNET: 'A subnet Lambda uses to reach a self-managed Kafka cluster in a VPC; `uri` is `subnet:<subnet-id>`.',
          VPC_SECURITY_GROUP: 'A security group for Lambda\'s connection to a self-managed Kafka cluster in a VPC; `uri` is `security_group:<sg-id>`.',
          SASL_SCRAM_512_AUTH: 'A Secrets Manager secret for SASL/SCRAM-512 authentication with the Kafka brokers (MSK and self-managed Kafka).',
          SASL_SCRAM_256_AUTH: 'A Secrets Manager secret for SASL/SCRAM-256 authentication with the Kafka brokers. Self-managed Kafka only.',
          VIRTUAL_HOST: 'The RabbitMQ virtual host to consume from; `uri` is its name. Amazon MQ for RabbitMQ only, and it cannot be changed on update.',
          CLIENT_CERTIFICATE_TLS_AUTH: 'A Secrets Manager secret with the client certificate, private key and chain for mutual TLS with the Kafka brokers.',
          SERVER_ROOT_CA_CERTIFICATE: 'A Secrets Manager secret with the root CA certificate that signed the Kafka brokers\' TLS certificates. Self-managed Kafka.',
        },
        valueSources: [
          { value: 'VIRTUAL_HOST', kinds: ['mq-rabbitmq'], label: '`VIRTUAL_HOST`' },
          { value: 'SASL_SCRAM_256_AUTH', kinds: ['kafka'], label: '`SASL_SCRAM_256_AUTH`' },
          { value: 'VPC_SUBNET', kinds: ['kafka'], label: '`VPC_SUBNET`' },
          { value: 'VPC_SECURITY_GROUP', kinds: ['kafka'], label: '`VPC_SECURITY_GROUP`' },
        ],
      }),
      attr('uri', 'string', '`subnet:<subnet-id>` for `VPC_SUBNET`, `security_group:<sg-id>` for `VPC_SECURITY_GROUP`, the virtual host name for `VIRTUAL_HOST`, otherwise the ARN of a Secrets Manager secret.', {
        required: true,
        length: { min: 1, max: 200, by: 'api' },
        pattern: URI_PATTERN,
      }),
    ]),
    block('destination_config', 'Where Lambda sends records that failed all retries. Streams and Kafka.', {
      maxItems: 1,
      sources: STREAMS_AND_KAFKA,
    }, [
      block('on_failure', 'Destination for failed batches.', { maxItems: 1 }, [
        attr('destination_arn', 'string', 'ARN of an SQS queue, SNS topic or S3 bucket (Kafka), or `kafka://<topic>` for Kafka sources.', {
          required: true,
          length: { min: 0, max: 350, by: 'api' },
          pattern: {
            regex: /^(kafka:\/\/[^.][a-zA-Z0-9\-_.]{0,248}|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9-])+:.*)$/s,
            description: 'an ARN or kafka://<topic>',
            by: 'api',
          },
          valueSources: [{ prefix: 'kafka://', kinds: KAFKA, label: 'A `kafka://` destination' }],
        }),
      ]),
    ]),
    block('document_db_event_source_config', 'Which DocumentDB database and collection to read change streams from. DocumentDB only.', {
      maxItems: 1,
      sources: only('documentdb'),
    }, [
      attr('database_name', 'string', 'The database to consume, 1–63 characters without spaces, `/`, `.`, `$` or `"`.', {
        required: true,
        length: { min: 1, max: 63, by: 'api' },
        pattern: { regex: /^[^ /.$"]*$/, description: 'no spaces, /, ., $ or "', by: 'api' },
      }),
      attr('collection_name', 'string', 'The collection to consume, 1–57 characters, not starting with `system.`. All collections when omitted.', {
        length: { min: 1, max: 57, by: 'api' },
        pattern: { regex: /^(?!system\.)[_a-zA-Z0-9][^$]*$/, description: 'starting with a letter, digit or _, not with `system.`, and no $', by: 'api' },
      }),
      attr('full_document', 'string', 'What DocumentDB sends on updates: `UpdateLookup` (the whole document) or `Default` (only the change).', {
        defaultText: 'Default',
        defaultValue: 'Default',
        enum: ['UpdateLookup', 'Default'],
        valueDocs: {
          UpdateLookup: 'On updates, the change event holds a copy of the whole updated document.',
          Default: 'On updates, the change event holds only the fields that changed.',
        },
      }),
    ]),
    block('filter_criteria', 'Event filtering: records that match none of the patterns are dropped (SQS messages are deleted). Not supported for DocumentDB.', {
      maxItems: 1,
      sources: { documentdb: 'forbidden' },
    }, [
      block('filter', 'One filter pattern. 5 per mapping by default, up to 10 with a quota increase.', { maxItems: 10 }, [
        attr('pattern', 'string', 'A JSON filter pattern of at most 4096 characters, e.g. `jsonencode({ body = { type = ["order"] } })`.', {
          length: { min: 0, max: 4096, by: 'provider' },
        }),
      ]),
    ]),
    block('metrics_config', 'CloudWatch metrics for the mapping.', { maxItems: 1 }, [
      attr('metrics', 'set(string)', '`EventCount` for every source; `ErrorCount` and `KafkaMetrics` for MSK and self-managed Kafka.', {
        required: true,
        enum: ['EventCount', 'ErrorCount', 'KafkaMetrics'],
        valueDocs: {
          EventCount: 'Counts of the events the mapping polls, filters out, drops and delivers. Every source.',
          ErrorCount: 'Counts of the errors the mapping meets while processing records. MSK and self-managed Kafka.',
          KafkaMetrics: 'Kafka consumer metrics of the mapping, such as the offset lag. MSK and self-managed Kafka.',
        },
        items: { min: 1, by: 'provider' },
        valueSources: [
          { value: 'ErrorCount', kinds: KAFKA, label: '`ErrorCount`' },
          { value: 'KafkaMetrics', kinds: KAFKA, label: '`KafkaMetrics`' },
        ],
      }),
    ]),
    block('provisioned_poller_config', 'Provisioned mode: a fixed range of event pollers. SQS, MSK and self-managed Kafka. Not together with `scaling_config` on SQS.', {
      maxItems: 1,
      sources: only('sqs', 'sqs-fifo', 'msk', 'kafka'),
    }, [
      attr('maximum_pollers', 'number', 'Most pollers to scale up to: 1–2000 in the provider (the API allows up to 10000); SQS needs at least 2. Default 200.', {
        defaultValue: 200,
        providerBounds: { min: 1, max: 2000 },
        apiBounds: { min: 1, max: 10000 },
        zeroIsUnset: true,
        sourceBounds: { sqs: { min: 2 }, 'sqs-fifo': { min: 2 } },
      }),
      attr('minimum_pollers', 'number', 'Fewest pollers to keep: 1–200; SQS needs at least 2. Default 1 (Kafka) or 2 (SQS).', {
        sourceDefaults: { sqs: 2, 'sqs-fifo': 2, msk: 1, kafka: 1 },
        providerBounds: { min: 1, max: 200 },
        apiBounds: { min: 1, max: 200 },
        zeroIsUnset: true,
        sourceBounds: { sqs: { min: 2 }, 'sqs-fifo': { min: 2 } },
      }),
      attr('poller_group_name', 'string', 'Shares pollers among up to 100 Kafka mappings in the same VPC. Kafka only.', {
        since: '6.28.0',
        length: { min: 1, max: 128, by: 'provider' },
        pattern: { regex: /^[a-zA-Z0-9\-_]*$/, description: 'letters, digits, - and _', by: 'api' },
        sources: { sqs: 'unverified', 'sqs-fifo': 'unverified' },
      }),
    ]),
    block('scaling_config', 'On-demand scaling limits for SQS.', { maxItems: 1, sources: only('sqs', 'sqs-fifo') }, [
      attr('maximum_concurrency', 'number', 'Most concurrent function instances the SQS source invokes, 2–1000 (more with a quota increase).', {
        providerBounds: { min: 2 },
        apiBounds: { min: 2, max: 1000 },
        apiMaxIsQuota: true,
        zeroIsUnset: true,
      }),
    ]),
    block('timeouts', 'How long Terraform waits for create, update and delete.', { maxItems: 1 }, [
      attr('create', 'string', 'A duration such as `10m`.'),
      attr('update', 'string', 'A duration such as `10m`.'),
      attr('delete', 'string', 'A duration such as `5m`.'),
    ]),
  ],
);

/** Blocks that exist in the AWS API but not in the newest provider (reported as `provider-lag`). */
export const API_ONLY_BLOCKS: Readonly<Record<string, string>> = ownTable({
  logging_config: 'The API accepts `LoggingConfig` (MSK and self-managed Kafka), but hashicorp/aws up to 6.62 has no `logging_config` block; the awscc provider (`awscc_lambda_event_source_mapping`) has it.',
});

/** Lambda's own filter limits, beyond the provider's MaxItems. */
export const FILTER_LIMITS = { defaultQuota: 5, hardMax: 10, patternMaxLength: 4096 } as const;

/** Function name limits of the `NamespacedFunctionName` shape the mapping operations use. */
export const FUNCTION_NAME_LIMITS = { bareMax: 64, arnMax: 256 } as const;

/** Self-managed Kafka endpoints: the one key and the broker count the API accepts. */
export const KAFKA_ENDPOINTS = { key: 'KAFKA_BOOTSTRAP_SERVERS', maxBrokers: 10, maxLength: 300 } as const;

/** Defaults AWS applies to the resources a mapping reads from, for cross-resource rules. */
export const RESOURCE_DEFAULTS = {
  sqsVisibilityTimeoutSeconds: 30,
  lambdaTimeoutSeconds: 3,
  /** AWS recommends a visibility timeout of at least six times the function timeout plus the window. */
  visibilityRecommendedFactor: 6,
  /** SQS standard: batch sizes above this need a batching window of at least one second. */
  sqsBatchWithoutWindowMax: 10,
} as const;

/** Source kinds whose API rejects `AT_TIMESTAMP` ("Unsupported starting position for arn type"). */
export const AT_TIMESTAMP_UNSUPPORTED: readonly SourceKind[] = ['dynamodb'];

/** Source kinds that need a `BASIC_AUTH` secret in `source_access_configuration`. */
export const BASIC_AUTH_REQUIRED: readonly SourceKind[] = ['mq-activemq', 'mq-rabbitmq', 'documentdb'];
