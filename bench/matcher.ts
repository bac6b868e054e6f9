// The filter-pattern benchmark (prints numbers; not a timed test). It measures, side by side in one
// process: decode + match of records as a Lambda function receives them, for 1, 10 and 100 patterns,
// against the floor of JSON.parse of each record and of its payload; validation of 1,000 patterns;
// and `lambda-esm test-pattern --summary` on a 100,000-record JSON Lines file (time and peak RSS).
//
//   npx tsc -p test && node esbuild.mjs && node out/bench/matcher.js [--records 10000] [--rounds 3] [--cli-records 100000]

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compilePattern, type CompiledPattern } from '../server/src/core/patterns/compilePattern';
import { decodeRecord } from '../server/src/core/patterns/decodeRecord';
import { filterSet } from '../server/src/core/patterns/filterSet';
import { parsePatternText } from '../server/src/core/patterns/parsePattern';
import { generatePatterns, generateRecords, type BenchRecord } from './matcherWorkload';

const REPO = path.resolve(__dirname, '..', '..');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const RECORDS = option('records', 10_000);
const ROUNDS = option('rounds', 3);
const PASSES = 5;
const CLI_RECORDS = option('cli-records', 100_000);

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `pass` (one sweep over the records) repeatedly for at least `ms`; returns records per second. */
function rate(pass: () => number, records: number, ms: number): number {
  let sweeps = 0;
  const start = now();
  let elapsed = 0;
  do {
    pass();
    sweeps++;
    elapsed = now() - start;
  } while (elapsed < ms);
  return (sweeps * records * 1000) / elapsed;
}

let sink = 0;

function floorPass(records: readonly BenchRecord[]): () => number {
  return () => {
    let n = 0;
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      n += JSON.parse(r.line) === null ? 0 : 1;
      if (r.payload !== undefined) n += JSON.parse(r.payload) === null ? 0 : 1;
    }
    sink += n;
    return n;
  };
}

/** Every record against every pattern (not stopping at the first match), as a filter set does it. */
function matchPass(records: readonly BenchRecord[], patterns: readonly CompiledPattern[]): () => number {
  const set = filterSet(patterns);
  const out: boolean[] = [];
  return () => {
    let matches = 0;
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      matches += set.matchEach(decodeRecord(JSON.parse(r.line), r.source), out);
    }
    sink += matches;
    return matches;
  };
}

function compileAll(texts: readonly string[]): CompiledPattern[] {
  return texts.map((t) => {
    const parsed = parsePatternText(t);
    if (!parsed.pattern) throw new Error(`invalid benchmark pattern ${t}: ${parsed.problems.map((p) => p.message).join('; ')}`);
    return compilePattern(parsed.pattern);
  });
}

const TARGETS: Record<number, number> = { 1: 0.85, 10: 0.7, 100: 0.4 };

function matcherThroughput(): void {
  const sets = { sqs: generateRecords(RECORDS, 'sqs'), mixed: generateRecords(RECORDS, 'mixed') };
  const allPatterns = generatePatterns(100);
  console.log('\n## Decode + match against the JSON.parse floor (records/s, single thread)\n');
  for (const [name, records] of Object.entries(sets)) {
    const bytes = records.reduce((sum, r) => sum + r.line.length, 0) / records.length;
    console.log(`${name} set: ${records.length} records, ${Math.round(bytes)} bytes on average`);
  }
  console.log('\n| set | patterns | floor rec/s | ours rec/s | ratio (median of rounds) | target | matches/record | cold pass rec/s |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const [name, records] of Object.entries(sets)) {
    for (const count of [1, 10, 100]) {
      const patterns = compileAll(allPatterns.slice(0, count));
      const floor = floorPass(records);
      const ours = matchPass(records, patterns);
      const coldStart = now();
      const matches = ours();
      const cold = (records.length * 1000) / (now() - coldStart);
      // Warm both up, then alternate them so both see the same machine noise.
      rate(floor, records.length, 600);
      rate(ours, records.length, 600);
      const floors: number[] = [];
      const oursRates: number[] = [];
      const ratios: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const f: number[] = [];
        const o: number[] = [];
        for (let pass = 0; pass < PASSES; pass++) {
          f.push(rate(floor, records.length, 200));
          o.push(rate(ours, records.length, 200));
        }
        floors.push(median(f));
        oursRates.push(median(o));
        ratios.push(median(o) / median(f));
      }
      const ratio = median(ratios);
      const target = TARGETS[count]!;
      console.log(
        `| ${name} | ${count} | ${Math.round(median(floors)).toLocaleString('en-US')} | ${Math.round(median(oursRates)).toLocaleString('en-US')} | ${ratio.toFixed(2)} (${ratios.map((r) => r.toFixed(2)).join(', ')}) | ≥${target} ${ratio >= target ? 'ok' : 'MISSED'} | ${(matches / records.length).toFixed(2)} | ${Math.round(cold).toLocaleString('en-US')} |`,
      );
    }
  }
}

function validation(): void {
  const texts = generatePatterns(1000, 23);
  const run = (): number => {
    const start = now();
    let problems = 0;
    for (const t of texts) problems += parsePatternText(t).problems.length;
    sink += problems;
    return now() - start;
  };
  const cold = run();
  const warmUntil = now() + 1000;
  while (now() < warmUntil) run();
  const times = Array.from({ length: 31 }, run);
  const compileStart = now();
  for (const t of texts) compilePattern(parsePatternText(t).pattern!);
  const compile = now() - compileStart;
  const chars = texts.reduce((s, t) => s + t.length, 0) / texts.length;
  console.log('\n## Validation of 1,000 patterns (parse + validate, from JSON text)\n');
  console.log(`patterns: 1,000, ${Math.round(chars)} characters on average`);
  console.log(`warm median: ${median(times).toFixed(2)} ms (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)}) — target ≤ 5 ms ${median(times) <= 5 ? 'ok' : 'MISSED'}`);
  console.log(`first run in this process: ${cold.toFixed(2)} ms; validate + compile all 1,000 once: ${compile.toFixed(1)} ms`);
}

function cliRun(): void {
  const cli = path.join(REPO, 'bin', 'lambda-esm.js');
  const probe = path.join(__dirname, 'matcherRssProbe.js');
  if (!fs.existsSync(path.join(REPO, 'dist', 'cli.js'))) {
    console.log('\n## CLI\n\ndist/cli.js is missing: run `node esbuild.mjs` first.');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-matcher-bench-'));
  try {
    const file = path.join(dir, 'records.jsonl');
    const fd = fs.openSync(file, 'w');
    // Written in chunks so the benchmark itself never holds the whole file.
    for (let done = 0; done < CLI_RECORDS; done += 10_000) {
      const chunk = generateRecords(Math.min(10_000, CLI_RECORDS - done), 'mixed', 100 + done);
      fs.writeSync(fd, chunk.map((r) => r.line).join('\n') + '\n');
    }
    fs.closeSync(fd);
    const size = fs.statSync(file).size;
    const patterns = path.join(dir, 'filters.json');
    fs.writeFileSync(patterns, JSON.stringify({ Filters: generatePatterns(5).map((Pattern) => ({ Pattern })) }));
    const runs = [
      { label: 'test-pattern --summary, 1 pattern', args: [cli, 'test-pattern', '--pattern', generatePatterns(1)[0]!, '--events', file, '--summary'] },
      { label: 'test-pattern --summary, 5 patterns', args: [cli, 'test-pattern', '--pattern', patterns, '--events', file, '--summary'] },
      { label: 'floor: node readline + JSON.parse per line', args: ['-e', `const rl=require('readline').createInterface({input:require('fs').createReadStream(${JSON.stringify(file)}),crlfDelay:Infinity});let n=0;rl.on('line',l=>{if(l)JSON.parse(l),n++});rl.on('close',()=>console.log(n))`] },
    ];
    console.log(`\n## CLI on ${CLI_RECORDS.toLocaleString('en-US')} records of JSON Lines (${(size / 1e6).toFixed(1)} MB, mixed set)\n`);
    console.log('| run | wall time | records/s | peak RSS | output |');
    console.log('|---|---:|---:|---:|---|');
    for (const run of runs) {
      const start = now();
      const result = spawnSync(process.execPath, ['--require', probe, ...run.args], { encoding: 'utf8', maxBuffer: 1 << 24 });
      const ms = now() - start;
      const rss = /matcher-bench-max-rss-kb (\d+)/.exec(result.stderr)?.[1];
      console.log(`| ${run.label} | ${(ms / 1000).toFixed(2)} s | ${Math.round((CLI_RECORDS * 1000) / ms).toLocaleString('en-US')} | ${rss ? `${(Number(rss) / 1024).toFixed(0)} MB` : '?'} | ${result.stdout.trim()} (exit ${result.status}) |`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`# Filter pattern matcher benchmark\n\nnode ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`rounds: ${ROUNDS} × ${PASSES} passes of ≥200 ms per measurement, floor and ours alternated; ratio = ours / floor throughput`);
matcherThroughput();
validation();
cliRun();
console.log(`\nload average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}${sink === -1 ? '' : ''}`);
