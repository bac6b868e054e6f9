// A deterministic generator of a large, realistic Terraform file for the benchmarks: event source
// mappings of every common kind (SQS standard and FIFO, Kinesis, DynamoDB Streams, Amazon MQ, MSK,
// self-managed Kafka), with literal ARNs and references, batching, scaling, destinations, filters and
// tags, plus the queues, streams, tables, brokers and functions they reference. About one mapping in
// twenty holds a mistake the server reports, so the benchmark also measures publishing diagnostics.
//
// With `editPlaces` (for editPlaces.ts) every mapping holds a mistake, so the file has about one finding per
// mapping, and two more `locals` blocks are written: one no mapping reads, and `default_batch`, which the
// SQS mappings whose mistake is not about batching read as their `batch_size`.
//
// CLI: `node out/bench/generateModule.js 1000 [--edit-places] > big.tf` (then `node bin/lambda-esm.js check big.tf`).

const REGION = 'us-east-1';
const ACCOUNT = '123456789012';
const DOMAINS = ['orders', 'payments', 'inventory', 'shipping', 'billing', 'users', 'notifications', 'analytics', 'audit', 'search', 'returns', 'catalog'];
const TEAMS = ['commerce', 'platform', 'data', 'growth', 'finance'];
const ENVIRONMENTS = ['prod', 'staging'];

type Kind = 'sqs' | 'sqs-literal' | 'sqs-fifo' | 'kinesis' | 'kinesis-literal' | 'dynamodb' | 'mq' | 'msk' | 'kafka';

/** How often each kind occurs, out of 100. */
const KIND_WEIGHTS: readonly [Kind, number][] = [
  ['sqs', 31],
  ['sqs-literal', 8],
  ['sqs-fifo', 10],
  ['kinesis', 12],
  ['kinesis-literal', 5],
  ['dynamodb', 13],
  ['mq', 7],
  ['msk', 7],
  ['kafka', 7],
];

/**
 * The mistakes planted in every twentieth mapping, each with the kind it needs. The comment after each
 * is the rule that reports it.
 */
type Mistake =
  | 'sqs-starting-position' // starting-position-forbidden
  | 'sqs-batch-without-window' // sqs-batch-window
  | 'kinesis-parallelization' // value-out-of-range
  | 'dynamodb-no-position' // starting-position-required
  | 'fifo-batch' // sqs-fifo-batching
  | 'dynamodb-table-arn' // event-source-arn-invalid
  | 'kinesis-lowercase-position' // invalid-enum-value
  | 'kafka-subnet-only' // kafka-source-access
  | 'filter-not-json'; // filter-criteria

const MISTAKES: readonly [Mistake, Kind][] = [
  ['sqs-starting-position', 'sqs'],
  ['sqs-batch-without-window', 'sqs'],
  ['kinesis-parallelization', 'kinesis'],
  ['dynamodb-no-position', 'dynamodb'],
  ['fifo-batch', 'sqs-fifo'],
  ['dynamodb-table-arn', 'dynamodb'],
  ['kinesis-lowercase-position', 'kinesis-literal'],
  ['kafka-subnet-only', 'kafka'],
  ['filter-not-json', 'sqs'],
];

/** One mapping in this many holds a mistake. */
export const MISTAKE_EVERY = 20;

/** mulberry32: a small, fast, seedable PRNG, so the same arguments always give the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Writer {
  readonly lines: string[] = [];
  line(text = ''): void {
    this.lines.push(text);
  }
  /** `name = value` lines with the `=` signs aligned, as `terraform fmt` writes them. */
  assignments(indent: string, pairs: readonly (readonly [string, string])[]): void {
    const width = Math.max(...pairs.map(([k]) => k.length));
    for (const [k, v] of pairs) this.line(`${indent}${k.padEnd(width)} = ${v}`);
  }
}

function pad(n: number, width = 4): string {
  return String(n).padStart(width, '0');
}

function quote(text: string): string {
  return JSON.stringify(text);
}

export interface GenerateOptions {
  /** A mistake in every mapping, an unread `locals` block and a read one (`local.default_batch`). Off by default. */
  readonly editPlaces?: boolean;
}

/** The value of `local.default_batch` with `editPlaces`: 10 needs no window on SQS, 50 (one digit away) does. */
export const DEFAULT_BATCH = 10;

/** The text of a Terraform module with `mappings` event source mappings (deterministic). */
export function generateModule(mappings: number, seed = 20240611, options: GenerateOptions = {}): string {
  if (!Number.isInteger(mappings) || mappings < 0) throw new Error(`mappings must be a non-negative integer, not ${mappings}`);
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const chance = (p: number): boolean => rnd() < p;
  const between = (min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));
  const w = new Writer();

  // Functions: one per eight mappings, shared by the mappings of their domain.
  const functionCount = Math.max(2, Math.ceil(mappings / 8));
  const functions = Array.from({ length: functionCount }, (_, i) => ({
    label: `${DOMAINS[i % DOMAINS.length]!}_worker_${pad(i, 3)}`,
    name: `${DOMAINS[i % DOMAINS.length]!}-worker-${pad(i, 3)}`,
    timeout: pick([10, 15, 30, 60]),
    memory: pick([256, 512, 1024]),
  }));

  w.line('# Generated by bench/generateModule.ts: event source mappings for the Lambda ESM Lens benchmarks.');
  w.line();
  w.line('terraform {');
  w.line('  required_version = ">= 1.6"');
  w.line('  required_providers {');
  w.line('    aws = {');
  w.line('      source  = "hashicorp/aws"');
  w.line('      version = "~> 6.0"');
  w.line('    }');
  w.line('  }');
  w.line('}');
  w.line();
  w.line('provider "aws" {');
  w.line(`  region = ${quote(REGION)}`);
  w.line('}');
  w.line();
  w.line('variable "mq_password" {');
  w.line('  description = "Password of the Lambda user on the Amazon MQ brokers."');
  w.line('  type        = string');
  w.line('  sensitive   = true');
  w.line('}');
  w.line();
  w.line('locals {');
  w.line('  common_tags = {');
  w.line('    managed_by = "terraform"');
  w.line('    repository = "event-pipelines"');
  w.line('  }');
  w.line('}');
  w.line();
  if (options.editPlaces) {
    w.line('# Read by no mapping.');
    w.line('locals {');
    w.line('  alarm_threshold = 100');
    w.line('  retention_days  = 14');
    w.line('}');
    w.line();
    w.line('locals {');
    w.line(`  default_batch = ${DEFAULT_BATCH}`);
    w.line('}');
    w.line();
  }
  w.line('resource "aws_iam_role" "lambda" {');
  w.line('  name = "event-pipeline-lambda"');
  w.line('  assume_role_policy = jsonencode({');
  w.line('    Version = "2012-10-17"');
  w.line('    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]');
  w.line('  })');
  w.line('}');
  w.line();
  for (const domain of DOMAINS) {
    w.line(`resource "aws_sqs_queue" "${domain}_failures" {`);
    w.line(`  name                      = "${domain}-failures"`);
    w.line('  message_retention_seconds = 1209600');
    w.line('}');
    w.line();
  }
  for (const fn of functions) {
    w.line(`resource "aws_lambda_function" "${fn.label}" {`);
    w.assignments('  ', [
      ['function_name', quote(fn.name)],
      ['role', 'aws_iam_role.lambda.arn'],
      ['handler', quote('index.handler')],
      ['runtime', quote(pick(['nodejs20.x', 'nodejs22.x', 'python3.12']))],
      ['filename', quote(`build/${fn.name}.zip`)],
      ['timeout', String(fn.timeout)],
      ['memory_size', String(fn.memory)],
    ]);
    if (chance(0.5)) {
      w.line();
      w.line('  environment {');
      w.line('    variables = {');
      w.line(`      LOG_LEVEL = ${quote(pick(['info', 'debug', 'warn']))}`);
      w.line('    }');
      w.line('  }');
    }
    w.line('}');
    w.line();
  }

  let weightTotal = 0;
  for (const [, weight] of KIND_WEIGHTS) weightTotal += weight;
  const kindAt = (): Kind => {
    let r = rnd() * weightTotal;
    for (const [kind, weight] of KIND_WEIGHTS) {
      r -= weight;
      if (r < 0) return kind;
    }
    return 'sqs';
  };

  for (let i = 0; i < mappings; i++) {
    // Mistakes go to mappings 5, 25, 45…: 5%, spread over the file.
    const mistake = options.editPlaces ? MISTAKES[i % MISTAKES.length]! : i % MISTAKE_EVERY === 5 ? MISTAKES[Math.floor(i / MISTAKE_EVERY) % MISTAKES.length]! : undefined;
    const kind = mistake ? mistake[1] : kindAt();
    const domain = DOMAINS[i % DOMAINS.length]!;
    const fn = functions[Math.floor(rnd() * functions.length)]!;
    const id = pad(i);
    const label = `${domain}_${kind.replace(/-/g, '_')}_${id}`;
    const context: MappingContext = { w, pick, chance, between, domain, fn, id, label, mistake: mistake?.[0], editPlaces: options.editPlaces === true };
    switch (kind) {
      case 'sqs':
      case 'sqs-literal':
      case 'sqs-fifo':
        writeSqs(context, kind);
        break;
      case 'kinesis':
      case 'kinesis-literal':
        writeKinesis(context, kind === 'kinesis-literal');
        break;
      case 'dynamodb':
        writeDynamoDb(context);
        break;
      case 'mq':
        writeMq(context);
        break;
      case 'msk':
        writeMsk(context);
        break;
      case 'kafka':
        writeKafka(context);
        break;
    }
  }
  return w.lines.join('\n');
}

interface MappingContext {
  readonly w: Writer;
  readonly pick: <T>(items: readonly T[]) => T;
  readonly chance: (p: number) => boolean;
  readonly between: (min: number, max: number) => number;
  readonly domain: string;
  readonly fn: { readonly label: string; readonly name: string; readonly timeout: number };
  readonly id: string;
  readonly label: string;
  readonly mistake: Mistake | undefined;
  readonly editPlaces: boolean;
}

/** `function_name`: mostly a reference to the function, sometimes its ARN or bare name. */
function functionName(c: MappingContext): string {
  const r = c.between(0, 19);
  if (r < 14) return `aws_lambda_function.${c.fn.label}.arn`;
  if (r < 17) return `aws_lambda_function.${c.fn.label}.function_name`;
  if (r < 19) return quote(`arn:aws:lambda:${REGION}:${ACCOUNT}:function:${c.fn.name}`);
  return quote(c.fn.name);
}

function open(c: MappingContext): void {
  c.w.line(`resource "aws_lambda_event_source_mapping" "${c.label}" {`);
}

function close(c: MappingContext): void {
  c.w.line('}');
  c.w.line();
}

/** `tags`: the shared tags, the shared tags merged with the mapping's own, or a map of its own. */
function tags(c: MappingContext, source: string): void {
  c.w.line();
  const style = c.between(0, 9);
  if (style < 5) {
    c.w.line('  tags = local.common_tags');
  } else if (style < 7) {
    c.w.line('  tags = merge(local.common_tags, {');
    c.w.assignments('    ', [['service', quote(c.domain)], ['source', quote(source)]]);
    c.w.line('  })');
  } else {
    const pairs: [string, string][] = [['team', quote(c.pick(TEAMS))], ['environment', quote(c.pick(ENVIRONMENTS))], ['service', quote(c.domain)]];
    c.w.line('  tags = {');
    c.w.assignments('    ', pairs);
    c.w.line('  }');
  }
}

/** A filter pattern as data, written out in HCL by `hcl()`. */
type PatternValue = Pattern | readonly PatternValue[] | string | number;
type Pattern = { readonly [key: string]: PatternValue };

/** HCL for a pattern value: on one line, or (with an indent) one attribute per line outside arrays. */
function hcl(value: PatternValue, indent: string | undefined): string[] {
  if (typeof value === 'string') return [quote(value)];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return [`[${value.map((v) => hcl(v, undefined).join(' ')).join(', ')}]`];
  const entries = Object.entries(value as Pattern).map(([k, v]) => [/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : quote(k), v] as const);
  if (indent === undefined) return [`{ ${entries.map(([k, v]) => `${k} = ${hcl(v, undefined).join(' ')}`).join(', ')} }`];
  const inner = indent + '  ';
  const lines = ['{'];
  const width = Math.max(...entries.map(([k]) => k.length));
  for (const [k, v] of entries) {
    const rendered = hcl(v, inner);
    lines.push(`${inner}${k.padEnd(width)} = ${rendered[0]!}`, ...rendered.slice(1));
  }
  lines.push(`${indent}}`);
  return lines;
}

/** `filter_criteria` with one or two patterns (two in about 40% of the mappings). */
function filters(c: MappingContext, patterns: readonly Pattern[]): void {
  const count = c.chance(0.4) ? 2 : 1;
  c.w.line();
  c.w.line('  filter_criteria {');
  const first = c.between(0, patterns.length - 1);
  for (let k = 0; k < count; k++) {
    const pattern = patterns[(first + k) % patterns.length]!;
    c.w.line('    filter {');
    if (c.mistake === 'filter-not-json' && k === 0) {
      // A hand-written pattern with a missing closing brace.
      c.w.line(`      pattern = ${quote('{"body": {"type": ["order_created"]}')}`);
    } else {
      // Short patterns usually sit on one line: `pattern = jsonencode({ body = { type = ["a"] } })`.
      const lines = hcl(pattern, c.chance(0.8) ? undefined : '      ');
      c.w.line(`      pattern = jsonencode(${lines[0]!}`);
      for (const line of lines.slice(1)) c.w.line(line);
      c.w.lines[c.w.lines.length - 1] += ')';
    }
    c.w.line('    }');
  }
  c.w.line('  }');
}

const SQS_PATTERNS: readonly Pattern[] = [
  { body: { type: ['order_created', 'order_updated'] } },
  { body: { amount: [{ numeric: ['>', 100] }], currency: ['EUR', 'USD'] } },
  { attributes: { MessageGroupId: [{ prefix: 'tenant-' }] } },
  { body: { priority: ['high'], region: [{ 'anything-but': ['test'] }] } },
];

const KINESIS_PATTERNS: readonly Pattern[] = [
  { data: { eventType: ['click', 'view'] } },
  { data: { device: { os: ['ios', 'android'] } } },
  { partitionKey: [{ prefix: 'user-' }] },
];

const DYNAMODB_PATTERNS: readonly Pattern[] = [
  { eventName: ['INSERT', 'MODIFY'] },
  { dynamodb: { NewImage: { status: { S: ['ACTIVE', 'PENDING'] } } } },
  { eventName: ['REMOVE'], userIdentity: { type: ['Service'] } },
];

const BROKER_PATTERNS: readonly Pattern[] = [
  { data: { type: ['order', 'refund'] } },
  { data: { amount: [{ numeric: ['>=', 10] }] } },
];

const KAFKA_PATTERNS: readonly Pattern[] = [
  { value: { type: ['order_created'] } },
  { value: { country: ['DE', 'FR', 'NL'] } },
  { key: [{ prefix: 'customer-' }] },
];

function writeSqs(c: MappingContext, kind: 'sqs' | 'sqs-literal' | 'sqs-fifo'): void {
  const fifo = kind === 'sqs-fifo';
  const queueLabel = `${c.domain}_${fifo ? 'fifo' : 'queue'}_${c.id}`;
  const queueName = `${c.domain}-${c.id}${fifo ? '.fifo' : ''}`;
  if (kind !== 'sqs-literal') {
    c.w.line(`resource "aws_sqs_queue" "${queueLabel}" {`);
    c.w.assignments('  ', [
      ['name', quote(queueName)],
      ...(fifo ? ([['fifo_queue', 'true'], ['content_based_deduplication', 'true']] as const) : []),
      ['visibility_timeout_seconds', String(c.pick([900, 960, 1200]))],
      ...optional(c, 0.5, 'message_retention_seconds', () => String(c.pick([345600, 1209600]))),
    ]);
    if (c.chance(0.3)) {
      c.w.line('  redrive_policy = jsonencode({');
      c.w.line(`    deadLetterTargetArn = aws_sqs_queue.${c.domain}_failures.arn`);
      c.w.line(`    maxReceiveCount     = ${c.pick([3, 5, 10])}`);
      c.w.line('  })');
    }
    c.w.line('}');
    c.w.line();
  }
  const arn = kind === 'sqs-literal' ? quote(`arn:aws:sqs:${REGION}:${ACCOUNT}:${queueName}`) : `aws_sqs_queue.${queueLabel}.arn`;
  let batch: number | string;
  let window: number | undefined;
  if (c.editPlaces && !fifo && (c.mistake === 'sqs-starting-position' || c.mistake === 'filter-not-json')) {
    batch = 'local.default_batch';
  } else if (fifo) {
    batch = c.mistake === 'fifo-batch' ? 20 : c.pick([1, 5, 10]);
  } else if (c.mistake === 'sqs-batch-without-window') {
    batch = 50;
  } else {
    batch = c.pick([10, 10, 25, 100, 500, 1000]);
    window = batch > 10 ? c.pick([1, 5, 20, 60]) : c.chance(0.3) ? 2 : undefined;
  }
  open(c);
  c.w.assignments('  ', [
    ['event_source_arn', arn],
    ['function_name', functionName(c)],
    ...(c.chance(0.3) ? [['enabled', c.chance(0.8) ? 'true' : 'false'] as const] : []),
    ['batch_size', String(batch)],
    ...(window !== undefined ? [['maximum_batching_window_in_seconds', String(window)] as const] : []),
    ...(c.mistake === 'sqs-starting-position' ? [['starting_position', '"LATEST"'] as const] : []),
    ...(c.chance(0.7) ? [['function_response_types', '["ReportBatchItemFailures"]'] as const] : []),
  ]);
  if (c.chance(0.3)) {
    c.w.line();
    c.w.line('  scaling_config {');
    c.w.line(`    maximum_concurrency = ${c.pick([2, 10, 50, 100, 250])}`);
    c.w.line('  }');
  } else if (c.chance(0.2)) {
    c.w.line();
    c.w.line('  provisioned_poller_config {');
    c.w.line(`    minimum_pollers = ${c.pick([2, 5])}`);
    c.w.line(`    maximum_pollers = ${c.pick([20, 50, 200])}`);
    c.w.line('  }');
  }
  if (c.chance(0.1)) {
    c.w.line();
    c.w.line('  metrics_config {');
    c.w.line('    metrics = ["EventCount"]');
    c.w.line('  }');
  }
  filters(c, SQS_PATTERNS);
  tags(c, fifo ? 'sqs-fifo' : 'sqs');
  close(c);
}

function destination(c: MappingContext, kafka: boolean): void {
  c.w.line();
  c.w.line('  destination_config {');
  c.w.line('    on_failure {');
  const target = kafka && c.chance(0.3) ? quote(`kafka://${c.domain}-failures`) : c.chance(0.8) ? `aws_sqs_queue.${c.domain}_failures.arn` : quote(`arn:aws:sns:${REGION}:${ACCOUNT}:${c.domain}-alerts`);
  c.w.line(`      destination_arn = ${target}`);
  c.w.line('    }');
  c.w.line('  }');
}

function streamSettings(c: MappingContext, position: string | undefined, extra: readonly (readonly [string, string])[]): (readonly [string, string])[] {
  return [
    ...(position !== undefined ? [['starting_position', position] as const] : []),
    ['batch_size', String(c.pick([100, 200, 500, 1000]))],
    ...optional(c, 0.6, 'maximum_batching_window_in_seconds', () => String(c.pick([1, 5, 10, 30]))),
    ...(c.mistake === 'kinesis-parallelization' ? [['parallelization_factor', '12'] as const] : optional(c, 0.5, 'parallelization_factor', () => String(c.pick([1, 2, 4, 10])))),
    ...optional(c, 0.6, 'maximum_retry_attempts', () => String(c.pick([-1, 2, 3, 10, 100]))),
    ...optional(c, 0.4, 'maximum_record_age_in_seconds', () => String(c.pick([-1, 3600, 86400, 604800]))),
    ...optional(c, 0.4, 'bisect_batch_on_function_error', () => (c.chance(0.8) ? 'true' : 'false')),
    ...extra,
  ];
}

/** `[[name, value]]` with probability `p`, otherwise nothing. */
function optional(c: MappingContext, p: number, name: string, value: () => string): (readonly [string, string])[] {
  return c.chance(p) ? [[name, value()]] : [];
}

function writeKinesis(c: MappingContext, literal: boolean): void {
  const streamLabel = `${c.domain}_stream_${c.id}`;
  const streamName = `${c.domain}-events-${c.id}`;
  if (!literal) {
    c.w.line(`resource "aws_kinesis_stream" "${streamLabel}" {`);
    c.w.assignments('  ', [
      ['name', quote(streamName)],
      ['kms_key_id', '"alias/aws/kinesis"'],
      ['retention_period', String(c.pick([24, 48, 168]))],
      ['encryption_type', '"KMS"'],
    ]);
    if (c.chance(0.5)) {
      c.w.line();
      c.w.line('  stream_mode_details {');
      c.w.line('    stream_mode = "ON_DEMAND"');
      c.w.line('  }');
    }
    c.w.line('}');
    c.w.line();
  }
  const arn = literal ? quote(`arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/${streamName}`) : `aws_kinesis_stream.${streamLabel}.arn`;
  const position = c.mistake === 'kinesis-lowercase-position' ? '"latest"' : quote(c.pick(['LATEST', 'TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP']));
  open(c);
  c.w.assignments('  ', [
    ['event_source_arn', arn],
    ['function_name', functionName(c)],
    ...streamSettings(c, position, [
      ...(position === '"AT_TIMESTAMP"' ? [['starting_position_timestamp', quote(`2024-0${c.between(1, 9)}-1${c.between(0, 9)}T00:00:00Z`)] as const] : []),
      ...(c.chance(0.3) ? [['tumbling_window_in_seconds', String(c.pick([30, 60, 300]))] as const] : []),
      ...optional(c, 0.6, 'function_response_types', () => '["ReportBatchItemFailures"]'),
    ]),
  ]);
  if (c.chance(0.5)) destination(c, false);
  filters(c, KINESIS_PATTERNS);
  tags(c, 'kinesis');
  close(c);
}

function writeDynamoDb(c: MappingContext): void {
  const tableLabel = `${c.domain}_table_${c.id}`;
  const withRange = c.chance(0.4);
  c.w.line(`resource "aws_dynamodb_table" "${tableLabel}" {`);
  c.w.assignments('  ', [
    ['name', quote(`${c.domain}-${c.id}`)],
    ['billing_mode', '"PAY_PER_REQUEST"'],
    ['hash_key', '"pk"'],
    ...(withRange ? [['range_key', '"sk"'] as const] : []),
    ['stream_enabled', 'true'],
    ['stream_view_type', quote(c.pick(['NEW_AND_OLD_IMAGES', 'NEW_IMAGE', 'KEYS_ONLY']))],
  ]);
  for (const key of withRange ? ['pk', 'sk'] : ['pk']) {
    c.w.line();
    c.w.line('  attribute {');
    c.w.line(`    name = "${key}"`);
    c.w.line('    type = "S"');
    c.w.line('  }');
  }
  c.w.line('}');
  c.w.line();
  const attribute = c.mistake === 'dynamodb-table-arn' ? 'arn' : 'stream_arn';
  const position = c.mistake === 'dynamodb-no-position' ? undefined : quote(c.pick(['LATEST', 'TRIM_HORIZON']));
  open(c);
  c.w.assignments('  ', [
    ['event_source_arn', `aws_dynamodb_table.${tableLabel}.${attribute}`],
    ['function_name', functionName(c)],
    ...streamSettings(c, position, [
      ...(c.chance(0.2) ? [['tumbling_window_in_seconds', String(c.pick([60, 120]))] as const] : []),
      ...optional(c, 0.6, 'function_response_types', () => '["ReportBatchItemFailures"]'),
    ]),
  ]);
  if (c.chance(0.5)) destination(c, false);
  filters(c, DYNAMODB_PATTERNS);
  tags(c, 'dynamodb');
  close(c);
}

function writeMq(c: MappingContext): void {
  const rabbit = c.chance(0.4);
  const brokerLabel = `${c.domain}_broker_${c.id}`;
  const literal = c.chance(0.5);
  if (!literal) {
    c.w.line(`resource "aws_mq_broker" "${brokerLabel}" {`);
    c.w.assignments('  ', [
      ['broker_name', quote(`${c.domain}-broker-${c.id}`)],
      ['engine_type', rabbit ? '"RabbitMQ"' : '"ActiveMQ"'],
      ['engine_version', rabbit ? '"3.13"' : '"5.18"'],
      ['host_instance_type', '"mq.m5.large"'],
      ['deployment_mode', '"SINGLE_INSTANCE"'],
    ]);
    c.w.line();
    c.w.line('  user {');
    c.w.line('    username = "lambda"');
    c.w.line('    password = var.mq_password');
    c.w.line('  }');
    c.w.line('}');
    c.w.line();
  }
  const brokerId = `b-${c.id}a5b6-78cd-401e-8f2a-3c45d6e178f9`;
  const arn = literal ? quote(`arn:aws:mq:${REGION}:${ACCOUNT}:broker:${c.domain}-broker-${c.id}:${brokerId}`) : `aws_mq_broker.${brokerLabel}.arn`;
  open(c);
  c.w.assignments('  ', [
    ['event_source_arn', arn],
    ['function_name', functionName(c)],
    ['queues', `[${quote(`${c.domain}.${c.pick(['inbound', 'events', 'commands'])}`)}]`],
    ['batch_size', String(c.pick([10, 100, 1000]))],
    ['maximum_batching_window_in_seconds', String(c.pick([1, 5, 10]))],
  ]);
  c.w.line();
  c.w.line('  source_access_configuration {');
  c.w.line('    type = "BASIC_AUTH"');
  c.w.line(`    uri  = ${quote(`arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${c.domain}-mq-${c.id}-AbCdEf`)}`);
  c.w.line('  }');
  if (rabbit && !literal) {
    c.w.line();
    c.w.line('  source_access_configuration {');
    c.w.line('    type = "VIRTUAL_HOST"');
    c.w.line(`    uri  = ${quote(`/${c.domain}`)}`);
    c.w.line('  }');
  }
  filters(c, BROKER_PATTERNS);
  tags(c, rabbit ? 'rabbitmq' : 'activemq');
  close(c);
}

function kafkaCommon(c: MappingContext): (readonly [string, string])[] {
  return [
    ['function_name', functionName(c)],
    ['topics', `[${quote(`${c.domain}.events.${c.id}`)}]`],
    ['starting_position', quote(c.pick(['LATEST', 'TRIM_HORIZON']))],
    ['batch_size', String(c.pick([100, 500, 1000, 5000]))],
    ...optional(c, 0.5, 'maximum_batching_window_in_seconds', () => String(c.pick([1, 5, 10]))),
  ];
}

function writeMsk(c: MappingContext): void {
  const arn = `arn:aws:kafka:${REGION}:${ACCOUNT}:cluster/${c.domain}-cluster/5a4b3c2d-1e0f-4a9b-8c7d-${pad(Number(c.id), 12)}-${c.between(1, 9)}`;
  open(c);
  c.w.assignments('  ', [['event_source_arn', quote(arn)], ...kafkaCommon(c)]);
  c.w.line();
  c.w.line('  amazon_managed_kafka_event_source_config {');
  c.w.line(`    consumer_group_id = ${quote(`${c.domain}-consumer-${c.id}`)}`);
  c.w.line('  }');
  if (c.chance(0.3)) {
    c.w.line();
    c.w.line('  provisioned_poller_config {');
    c.w.line(`    minimum_pollers = ${c.pick([1, 2, 5])}`);
    c.w.line(`    maximum_pollers = ${c.pick([10, 50, 100])}`);
    c.w.line('  }');
  }
  c.w.line();
  c.w.line('  source_access_configuration {');
  c.w.line('    type = "SASL_SCRAM_512_AUTH"');
  c.w.line(`    uri  = ${quote(`arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:AmazonMSK_${c.domain}-${c.id}-AbCdEf`)}`);
  c.w.line('  }');
  if (c.chance(0.5)) destination(c, true);
  filters(c, KAFKA_PATTERNS);
  tags(c, 'msk');
  close(c);
}

function writeKafka(c: MappingContext): void {
  open(c);
  c.w.assignments('  ', kafkaCommon(c));
  c.w.line();
  c.w.line('  self_managed_event_source {');
  const brokers = Array.from({ length: c.between(2, 3) }, (_, k) => `kafka${k + 1}.${c.domain}.example.com:9092`);
  c.w.line(`    endpoints = { KAFKA_BOOTSTRAP_SERVERS = ${quote(brokers.join(','))} }`);
  c.w.line('  }');
  if (c.chance(0.6)) {
    c.w.line();
    c.w.line('  self_managed_kafka_event_source_config {');
    c.w.line(`    consumer_group_id = ${quote(`${c.domain}-consumer-${c.id}`)}`);
    c.w.line('  }');
  }
  c.w.line();
  c.w.line('  source_access_configuration {');
  c.w.line('    type = "VPC_SUBNET"');
  c.w.line(`    uri  = "subnet:subnet-0${c.id}abcdef0123"`);
  c.w.line('  }');
  if (c.mistake !== 'kafka-subnet-only') {
    c.w.line();
    c.w.line('  source_access_configuration {');
    c.w.line('    type = "VPC_SECURITY_GROUP"');
    c.w.line(`    uri  = "security_group:sg-0${c.id}abcdef0123"`);
    c.w.line('  }');
  }
  if (c.chance(0.5)) destination(c, true);
  filters(c, KAFKA_PATTERNS);
  tags(c, 'kafka');
  close(c);
}

if (require.main === module) {
  const arg = process.argv[2];
  const count = arg === undefined ? NaN : Number(arg);
  if (!Number.isInteger(count) || count < 0) {
    process.stderr.write('Usage: node out/bench/generateModule.js <mappings> [--edit-places] > file.tf\n');
    process.exitCode = 2;
  } else {
    process.stdout.write(generateModule(count, undefined, { editPlaces: process.argv.includes('--edit-places') }) + '\n');
  }
}
