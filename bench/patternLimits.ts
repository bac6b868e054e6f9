// Inputs that used to take seconds to minutes, timed (prints numbers; not a timed test): the wildcard
// complexity check on long wildcards of distinct characters, the duplicate-key check on a pattern with
// 60,000 keys, the sample-file glob matcher on a glob with many stars against a long file name, and
// reading a sample file far beyond the size limit.
//
//   npx tsc -p test && node out/bench/patternLimits.js [--glob-name 40] [--sample-mb 200]

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parsePatternText } from '../server/src/core/patterns/parsePattern';
import { findSampleFiles, readSampleFile } from '../server/src/sampleFiles';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v >= 0 ? v : fallback;
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Median time of `run` in ms: once when it is slow, else repeated for about a second (at most 21 runs). */
function time(run: () => unknown): { ms: number; runs: number } {
  const times: number[] = [];
  let total = 0;
  do {
    const start = now();
    run();
    const ms = now() - start;
    times.push(ms);
    total += ms;
  } while (total < 1000 && times.length < 21);
  times.sort((a, b) => a - b);
  return { ms: times[times.length >> 1]!, runs: times.length };
}

/** `count` distinct characters, none of them `*` or `\`: code points from U+0100 up (no surrogates below U+D800). */
function distinctCharacters(count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String.fromCodePoint(0x100 + i);
  return out;
}

function row(name: string, detail: string, run: () => unknown): void {
  const { ms, runs } = time(run);
  console.log(`| ${name} | ${detail} | ${ms < 10 ? ms.toFixed(2) : Math.round(ms)} | ${runs} |`);
}

function wildcardPattern(wildcard: string): string {
  return JSON.stringify({ detail: { name: [{ wildcard }] } });
}

function check(text: string, expectCode: string | undefined): () => unknown {
  return () => {
    const codes: string[] = parsePatternText(text, { target: 'eventbridge' }).problems.map((p) => p.code);
    if (expectCode && !codes.includes(expectCode)) throw new Error(`expected ${expectCode}, got ${codes.join(', ')}`);
    return codes;
  };
}

/** A pattern of `keys` distinct keys (`"key000001": ["value"]`, about 22 bytes each) and one duplicate. */
function manyKeys(keys: number): string {
  const parts: string[] = [];
  for (let i = 0; i < keys; i++) parts.push(`"key${String(i).padStart(6, '0')}": ["value"]`);
  parts.push(`"key000000": ["again"]`);
  return `{${parts.join(', ')}}`;
}

const GLOB_NAME = option('glob-name', 40);
const SAMPLE_MB = option('sample-mb', 200);

console.log(`Node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
console.log('| case | input | median ms | runs |');
console.log('|---|---|---:|---:|');

for (const length of [1500, 4000]) {
  const chars = distinctCharacters(length);
  row('wildcard complexity', `${length} distinct characters, no star`, check(wildcardPattern(chars), undefined));
  row('wildcard complexity', `a star, then ${length - 1} distinct characters`, check(wildcardPattern(`*${chars.slice(1)}`), undefined));
}
row('wildcard complexity', 'AWS-refused `*:*:*:*:*:event-bus/*`', check(wildcardPattern('*:*:*:*:*:event-bus/*'), 'pattern-too-complex'));

const big = manyKeys(60_000);
row('duplicate keys', `60,001 keys, ${(big.length / 1e6).toFixed(2)} MB`, check(big, 'pattern-duplicate-key'));

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-bench-'));
try {
  fs.writeFileSync(path.join(folder, 'a'.repeat(GLOB_NAME)), '{}');
  const glob = '*a*a*a*a*a*a*a*a*a*a*a*b';
  row('sample-file glob', `\`${glob}\` against a ${GLOB_NAME}-character file name`, () => findSampleFiles(folder, [glob]));

  if (SAMPLE_MB > 0) {
    const file = path.join(folder, 'huge.esm-samples.json');
    const record = JSON.stringify({ name: 'r', source: 'sqs', record: { body: 'x'.repeat(1000) } });
    const chunk = Array.from({ length: 1000 }, () => record).join(',');
    const fd = fs.openSync(file, 'w');
    fs.writeSync(fd, '{"samples": [');
    const chunks = Math.ceil((SAMPLE_MB * 1024 * 1024) / chunk.length);
    for (let i = 0; i < chunks; i++) fs.writeSync(fd, i ? `,${chunk}` : chunk);
    fs.writeSync(fd, ']}');
    fs.closeSync(fd);
    const size = fs.statSync(file).size;
    const rssBefore = process.memoryUsage().rss;
    let messages: string[] = [];
    row('sample file', `${(size / (1024 * 1024)).toFixed(0)} MB`, () => {
      messages = [];
      return readSampleFile(file, (m) => messages.push(m));
    });
    console.log(`\nsample file: RSS grew by ${((process.memoryUsage().rss - rssBefore) / (1024 * 1024)).toFixed(0)} MB; log: ${messages.join(' / ').slice(0, 200) || '(nothing)'}`);
  }
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}
