// Deterministic workloads for the matcher benchmark: records as a Lambda function receives them (SQS
// records of about 1.3 KB whose body is a JSON string; a mix of SQS, Kinesis and DynamoDB records) and
// filter patterns drawn from templates that use every operator Lambda documents, across the three
// sources. Also a CLI of its own: `node out/bench/matcherWorkload.js <records> [mixed|sqs]` prints JSONL.

import { encodeBase64Text } from '../server/src/core/patterns/base64';
import type { RecordSource } from '../server/src/core/patterns/decodeRecord';

/** A small deterministic generator (mulberry32), so every run measures the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchRecord {
  readonly line: string;
  readonly source: RecordSource;
  /** The decoded payload text (SQS body, Kinesis data), for the JSON.parse floor. */
  readonly payload?: string;
}

const EVENT_TYPES = ['OrderCreated', 'OrderPaid', 'OrderShipped', 'OrderCancelled', 'OrderUpdated', 'OrderRefunded'];
const CATEGORIES = ['books', 'toys', 'food', 'garden', 'music', 'tools'];
const TIERS = ['free', 'silver', 'gold', 'platinum'];
const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY'];
const CLICKS = ['click', 'view', 'scroll', 'purchase'];
const PLANS = ['free', 'pro', 'team'];
const STATUSES = ['NEW', 'PAID', 'SHIPPED', 'CANCELLED'];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

function sqsRecord(rnd: () => number, i: number): BenchRecord {
  const items = Array.from({ length: 1 + Math.floor(rnd() * 5) }, (_, k) => ({
    sku: `SKU-${Math.floor(rnd() * 100000)}`,
    category: pick(rnd, CATEGORIES),
    qty: 1 + Math.floor(rnd() * 5),
    price: Math.round(rnd() * 10000) / 100,
    line: k + 1,
  }));
  const body = JSON.stringify({
    eventType: pick(rnd, EVENT_TYPES),
    orderId: `ord-${100000 + i}`,
    amount: Math.round(rnd() * 100000) / 100,
    currency: pick(rnd, CURRENCIES),
    customer: { id: `cus-${Math.floor(rnd() * 1e6)}`, tier: pick(rnd, TIERS), email: `user${i}${rnd() < 0.6 ? '@example.com' : '@example.org'}`, country: pick(rnd, ['PT', 'DE', 'US', 'JP']) },
    items,
    tags: rnd() < 0.5 ? ['priority', 'gift'] : ['standard'],
    express: rnd() < 0.3,
    ...(rnd() < 0.2 ? { coupon: `SAVE${Math.floor(rnd() * 50)}` } : {}),
    notes: null,
    createdAt: '2026-01-01T12:00:00.000Z',
  });
  const record = {
    messageId: `${(0x10000000 + i).toString(16)}-4b5c-4d6e-8f90-a1b2c3d4e5f6`,
    receiptHandle: `AQEB${Array.from({ length: 5 }, () => Math.floor(rnd() * 1e16).toString(36)).join('')}Zk9pW3xq+Yk3NbHq7P1r0cL8mK2vJ6sD4fG9hT5uR1eW0aQ3zX7yB2nM8oI6pL4kJ1hG9fD5sA3==`,
    body,
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '1767225600000', SenderId: 'AIDAEXAMPLESENDER0001', ApproximateFirstReceiveTimestamp: '1767225600123' },
    messageAttributes: { channel: { stringValue: pick(rnd, ['web', 'app', 'pos']), stringListValues: [], binaryListValues: [], dataType: 'String' } },
    md5OfBody: '0c4d3b1e5f2a6978e1d0c9b8a7f6e5d4',
    md5OfMessageAttributes: '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:orders',
    awsRegion: 'eu-west-1',
  };
  return { line: JSON.stringify(record), source: 'sqs', payload: body };
}

function kinesisRecord(rnd: () => number, i: number): BenchRecord {
  const data = JSON.stringify({
    type: pick(rnd, CLICKS),
    page: pick(rnd, ['/cart', '/checkout', '/home', '/catalog/books']),
    user: { id: `user-${Math.floor(rnd() * 5000)}`, plan: pick(rnd, PLANS) },
    durationMs: Math.floor(rnd() * 5000),
    device: { os: pick(rnd, ['ios', 'android', 'web']), version: '17.2' },
    sessionId: `s-${Math.floor(rnd() * 1e9)}`,
  });
  const record = {
    kinesis: {
      kinesisSchemaVersion: '1.0',
      partitionKey: `user-${Math.floor(rnd() * 5000)}`,
      sequenceNumber: `49650${String(1e20 + i).slice(0, 21)}`,
      data: encodeBase64Text(data),
      approximateArrivalTimestamp: 1767225600.25,
    },
    eventSource: 'aws:kinesis',
    eventVersion: '1.0',
    eventID: `shardId-000000000003:49650${String(1e20 + i).slice(0, 21)}`,
    eventName: 'aws:kinesis:record',
    invokeIdentityArn: 'arn:aws:iam::123456789012:role/clickstream-consumer',
    awsRegion: 'eu-west-1',
    eventSourceARN: 'arn:aws:kinesis:eu-west-1:123456789012:stream/clickstream',
  };
  return { line: JSON.stringify(record), source: 'kinesis', payload: data };
}

function dynamodbRecord(rnd: () => number, i: number): BenchRecord {
  const eventName = pick(rnd, ['INSERT', 'MODIFY', 'REMOVE'] as const);
  const keys = { pk: { S: `ORDER#${1000 + (i % 900)}` }, sk: { S: 'META' } };
  const image = () => ({
    ...keys,
    status: { S: pick(rnd, STATUSES) },
    total: { N: String(Math.round(rnd() * 100000) / 100) },
    express: { BOOL: rnd() < 0.3 },
    customer: { M: { id: { S: `cus-${Math.floor(rnd() * 1e6)}` }, tier: { S: pick(rnd, TIERS) } } },
    lines: { L: [{ M: { sku: { S: `SKU-${Math.floor(rnd() * 1e5)}` }, qty: { N: String(1 + Math.floor(rnd() * 5)) } } }] },
  });
  const record = {
    eventID: `${(0x20000000 + i).toString(16)}c81e728d9d4c2f636f067f89`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-west-1',
    dynamodb: {
      ApproximateCreationDateTime: 1767225600 + i,
      Keys: keys,
      ...(eventName !== 'REMOVE' ? { NewImage: image() } : {}),
      ...(eventName !== 'INSERT' ? { OldImage: image() } : {}),
      SequenceNumber: String(111000000000000000000000 + i),
      SizeBytes: 300,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    eventSourceARN: 'arn:aws:dynamodb:eu-west-1:123456789012:table/Orders/stream/2026-01-01T00:00:00.000',
  };
  return { line: JSON.stringify(record), source: 'dynamodb' };
}

/** `count` records: all SQS, or half SQS, a quarter Kinesis and a quarter DynamoDB. */
export function generateRecords(count: number, kind: 'sqs' | 'mixed', seed = 7): BenchRecord[] {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, i) => {
    if (kind === 'sqs') return sqsRecord(rnd, i);
    const r = rnd();
    return r < 0.5 ? sqsRecord(rnd, i) : r < 0.75 ? kinesisRecord(rnd, i) : dynamodbRecord(rnd, i);
  });
}

/** The single realistic SQS filter: two exact values, a numeric range, an anything-but and a suffix on nested fields. */
export const SINGLE_PATTERN = JSON.stringify({
  body: {
    eventType: ['OrderCreated', 'OrderPaid'],
    amount: [{ numeric: ['>', 100, '<=', 900] }],
    customer: { tier: [{ 'anything-but': ['free'] }], email: [{ suffix: '@example.com' }] },
  },
});

type Template = (rnd: () => number) => unknown;

const TEMPLATES: readonly Template[] = [
  (r) => ({ body: { eventType: [pick(r, EVENT_TYPES), pick(r, EVENT_TYPES)] } }),
  (r) => ({ body: { eventType: [pick(r, EVENT_TYPES)], amount: [{ numeric: ['>', Math.floor(r() * 500), '<=', 500 + Math.floor(r() * 500)] }] } }),
  (r) => ({ body: { customer: { tier: [pick(r, TIERS)] }, currency: [pick(r, CURRENCIES)] } }),
  (r) => ({ body: { items: { category: [pick(r, CATEGORIES)], qty: [{ numeric: ['>=', 1 + Math.floor(r() * 4)] }] } } }),
  (r) => ({ body: { customer: { email: [{ suffix: '@example.com' }] }, eventType: [{ prefix: pick(r, ['Order', 'OrderC', 'OrderP']) }] } }),
  (r) => ({ body: { customer: { tier: [{ 'anything-but': [pick(r, TIERS)] }] }, amount: [{ numeric: ['>', Math.floor(r() * 900)] }] } }),
  () => ({ body: { coupon: [{ exists: true }], express: [true] } }),
  (r) => ({ body: { currency: [{ 'equals-ignore-case': pick(r, CURRENCIES).toLowerCase() }], eventType: [pick(r, EVENT_TYPES)] } }),
  (r) => ({ data: { type: [pick(r, CLICKS)] } }),
  (r) => ({ data: { type: [pick(r, CLICKS)], durationMs: [{ numeric: ['>', Math.floor(r() * 4000)] }] } }),
  (r) => ({ data: { user: { plan: [pick(r, PLANS)] } }, partitionKey: [{ prefix: `user-${Math.floor(r() * 9)}` }] }),
  (r) => ({ data: { device: { os: [{ 'anything-but': [pick(r, ['ios', 'android'])] }] }, page: [{ prefix: '/c' }] } }),
  (r) => ({ eventName: ['INSERT'], dynamodb: { NewImage: { status: { S: [pick(r, STATUSES)] } } } }),
  (r) => ({ dynamodb: { NewImage: { total: { N: [{ prefix: String(1 + Math.floor(r() * 9)) }] }, status: { S: [{ 'anything-but': ['CANCELLED'] }] } } } }),
  (r) => ({ eventName: ['MODIFY'], dynamodb: { OldImage: { status: { S: [pick(r, STATUSES)] } }, NewImage: { status: { S: [pick(r, STATUSES)] } } } }),
  (r) => ({ dynamodb: { NewImage: { customer: { M: { tier: { S: [pick(r, TIERS)] } } } } } }),
  (r) => ({ dynamodb: { NewImage: { express: { BOOL: [true] } }, Keys: { pk: { S: [{ prefix: `ORDER#${1 + Math.floor(r() * 9)}` }] } } } }),
  (r) => ({ dynamodb: { ApproximateCreationDateTime: [{ numeric: ['>', 1767225600 + Math.floor(r() * 10000)] }] }, eventName: [{ 'anything-but': 'REMOVE' }] }),
];

/** `count` distinct pattern texts cycling through the templates (the first is always SINGLE_PATTERN). */
export function generatePatterns(count: number, seed = 11): string[] {
  const rnd = random(seed);
  const out = [SINGLE_PATTERN];
  for (let i = 0; out.length < count; i++) out.push(JSON.stringify(TEMPLATES[i % TEMPLATES.length]!(rnd)));
  return out.slice(0, count);
}

if (require.main === module) {
  const count = Number(process.argv[2] ?? 1000);
  const kind = process.argv[3] === 'sqs' ? 'sqs' : 'mixed';
  for (const r of generateRecords(count, kind)) process.stdout.write(r.line + '\n');
}
