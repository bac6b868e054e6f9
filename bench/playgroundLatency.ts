// The cost in the core of one keystroke in the filter-pattern playground: the edited filters are parsed,
// validated and compiled again, and every record is tested and explained (`testPattern`, what the
// playground shows), for 100 and 1,000 records made from the built-in SQS and DynamoDB samples.
// Prints nearest-rank p50, p95 and max in ms. Target: well under 50 ms for 100 records.
//
//   npx tsc -p test && node out/bench/playgroundLatency.js [--runs 200] [--warmup 20]

import type { RecordSource } from '../server/src/core/patterns/decodeRecord';
import { samplesFor } from '../server/src/core/patterns/samples/sampleRecords';
import { testPattern, type NamedRecord } from '../server/src/core/patterns/testPattern';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

const RUNS = option('runs', 200);
const WARMUP = option('warmup', 20);

/**
 * `count` records: the source's built-in samples in turn, each copy varied (ids, amounts, statuses), so
 * some match and some do not and no two are the same object.
 */
function records(source: RecordSource, count: number): NamedRecord[] {
  const samples = samplesFor(source);
  const out: NamedRecord[] = [];
  for (let i = 0; i < count; i++) {
    const sample = samples[i % samples.length]!;
    const record = structuredClone(sample.record) as Record<string, unknown>;
    vary(record, i);
    out.push({ name: `${sample.name}-${i}`, record });
  }
  return out;
}

const STATUSES = ['NEW', 'PAID', 'SHIPPED', 'CANCELLED'];

function vary(record: Record<string, unknown>, i: number): void {
  if (typeof record.body === 'string' && record.body.startsWith('{')) {
    const body = JSON.parse(record.body) as Record<string, unknown>;
    body.orderId = `ord-${1000 + i}`;
    body.amount = (i * 37) % 500;
    record.body = JSON.stringify(body);
    record.messageId = `msg-${i}`;
  }
  const image = (record.dynamodb as { NewImage?: Record<string, unknown> } | undefined)?.NewImage;
  if (image) {
    image.status = { S: STATUSES[i % STATUSES.length] };
    image.total = { N: String((i * 37) % 500) };
  }
}

/** The filters as the user has just typed them: the number in the first changes on every keystroke. */
function filters(source: RecordSource, keystroke: number): string[] {
  const n = 100 + (keystroke % 300);
  return source === 'sqs'
    ? [
        `{"body": {"eventType": ["OrderCreated", "PaymentCaptured"], "amount": [{"numeric": [">", ${n}]}]}}`,
        '{"body": {"customer": {"tier": ["gold", "platinum"]}, "currency": [{"anything-but": "USD"}]}}',
      ]
    : [
        `{"eventName": ["INSERT", "MODIFY"], "dynamodb": {"NewImage": {"total": {"N": [{"prefix": "${n % 10}"}]}}}}`,
        '{"dynamodb": {"NewImage": {"status": {"S": ["PAID", "SHIPPED"]}, "customer": {"M": {"tier": {"S": ["gold"]}}}}}}',
      ];
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function measure(source: RecordSource, count: number): void {
  const input = records(source, count);
  let matched = 0;
  const times: number[] = [];
  for (let k = 0; k < WARMUP + RUNS; k++) {
    const start = now();
    const result = testPattern({ source, filters: filters(source, k), records: input });
    const ms = now() - start;
    if (!result.valid) throw new Error(`the ${source} filters do not validate`);
    if (k >= WARMUP) times.push(ms);
    matched += result.matched;
  }
  times.sort((a, b) => a - b);
  const f = (ms: number): string => ms.toFixed(2).padStart(8);
  console.log(
    `${source.padEnd(9)}${String(count).padStart(7)}${f(percentile(times, 50))}${f(percentile(times, 95))}${f(times.at(-1)!)}${(matched / (WARMUP + RUNS)).toFixed(1).padStart(10)}`,
  );
}

console.log(`Node ${process.version}; ${RUNS} runs after ${WARMUP} warm-up ones; times in ms per keystroke`);
console.log(`${'source'.padEnd(9)}${'records'.padStart(7)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}${'matched'.padStart(10)}`);
for (const source of ['sqs', 'dynamodb'] as const) for (const count of [100, 1000]) measure(source, count);
