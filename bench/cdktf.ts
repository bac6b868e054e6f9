// Benchmark of the CDK for Terraform front end, in process (no server): a generated stack with 1,000
// mappings is extracted and analysed from scratch, next to TypeScript's own parse of the same text, and
// then edited one character at a time inside a mapping (and inside a queue) to the analysis result, the
// way a document would drive it: `updateCdktf`, the module index, then `patchFileAnalysis` when one
// construct was re-read, else `analyzeFile` with its cache.
//
// `npx tsc -p test && node out/bench/cdktf.js [--mappings 1000] [--runs 15] [--edits 200] [--warmup 20]`

import * as os from 'node:os';
import * as ts from 'typescript';
import { analyzeFile, patchFileAnalysis, type CachedAnalysis } from '../server/src/core/analyze';
import { parseCdktf, updateCdktf, type CdktfParse } from '../server/src/core/extract/cdktf/extractCdktf';
import type { Problem } from '../server/src/core/model/problem';
import { isDeclaration, updateModuleIndex, type IndexState } from '../server/src/core/module/moduleIndex';
import { generateCdktfStack } from './cdktfStack';

const TARGET_FULL_MS = 100;
const TARGET_EDIT_P50_MS = 8;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function time<T>(f: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = f();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
}

/** Nearest-rank percentile of durations in ms. */
function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const ms = (n: number): string => `${n.toFixed(1).padStart(6)} ms`;

type Cache = WeakMap<object, CachedAnalysis>;

/** A document's state: the parse, the module index, the analysis cache and the last problems. */
interface Session {
  parse: CdktfParse;
  index: IndexState | undefined;
  readonly cache: Cache;
  problems?: Problem[];
}

/**
 * The problems of the session's current parse, as the server would get them: when the parse re-read
 * one construct and the module index did not change, the previous problems are patched; otherwise the
 * file is analysed (every unchanged mapping's analysis comes from the cache).
 */
function analyze(session: Session, before?: CdktfParse): Problem[] {
  const model = session.parse.model;
  const previousIndex = session.index?.index;
  session.index = updateModuleIndex(session.index, [model], [model.blocks.filter(isDeclaration)]);
  const options = { text: session.parse.text, cache: session.cache, now: new Date('2026-01-01T00:00:00Z') };
  const index = session.parse.replacedBlock;
  const patched =
    before && index !== undefined && session.problems && session.index.index === previousIndex
      ? patchFileAnalysis(session.problems, { before: before.model, after: model, index }, session.index.index, options)
      : undefined;
  session.problems = patched ?? analyzeFile(model, session.index.index, options).problems;
  return session.problems;
}

/** One-character edits at `at` (a digit, alternating between two values) → analysis; durations in ms. */
function edits(session: Session, at: number, count: number, warmup: number): { durations: number[]; fast: number; problems: number } {
  const durations: number[] = [];
  let fast = 0;
  let problems = 0;
  for (let k = 0; k < warmup + count; k++) {
    const text = session.parse.text;
    const digit = text[at] === '1' ? '2' : '1';
    const next = text.slice(0, at) + digit + text.slice(at + 1);
    const [result, duration] = time(() => {
      const before = session.parse;
      session.parse = updateCdktf(before, next, [{ start: at, oldEnd: at + 1, newEnd: at + 1 }]);
      return analyze(session, before);
    });
    if (k < warmup) continue;
    durations.push(duration);
    problems = result.length;
    if (session.parse.pending.length > 0) fast++;
  }
  return { durations, fast, problems };
}

function main(): void {
  const mappings = option('mappings', 1000);
  const runs = option('runs', 15);
  const editCount = option('edits', 200);
  const warmup = option('warmup', 20);
  const text = generateCdktfStack(mappings);
  const lines = text.split('\n').length;
  console.log(`CDKTF front end: ${mappings} mappings, ${lines.toLocaleString('en')} lines, ${(text.length / 1e6).toFixed(2)} MB`);
  console.log(`Node ${process.version}, TypeScript ${ts.version}, ${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  const parseTimes: number[] = [];
  const parseNoParentsTimes: number[] = [];
  const extractTimes: number[] = [];
  const analyzeTimes: number[] = [];
  const fullTimes: number[] = [];
  let problemCount = 0;
  // Interleaved, so a slow moment of the machine hits every measurement alike; the first runs warm up.
  for (let r = 0; r < runs + 3; r++) {
    const [, parse] = time(() => ts.createSourceFile('stack.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
    const [, parseNoParents] = time(() => ts.createSourceFile('stack.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
    const session: Session = { parse: undefined as unknown as CdktfParse, index: undefined, cache: new WeakMap() };
    const [, extract] = time(() => (session.parse = parseCdktf(text, 'stack.ts')));
    const [problems, analysis] = time(() => analyze(session));
    if (r < 3) continue;
    parseTimes.push(parse);
    parseNoParentsTimes.push(parseNoParents);
    extractTimes.push(extract);
    analyzeTimes.push(analysis);
    fullTimes.push(extract + analysis);
    problemCount = problems.length;
  }
  const p50 = (xs: number[]): number => percentile(xs, 50);
  console.log();
  // The front end parses without parent pointers; the parse with them is shown for comparison.
  console.log(`ts.createSourceFile (no parent pointers) p50 ${ms(p50(parseNoParentsTimes))}   with parent pointers ${ms(p50(parseTimes))}`);
  console.log(`full: extraction + analysis             p50 ${ms(p50(fullTimes))}   = extraction ${ms(p50(extractTimes))} (parse included) + analysis ${ms(p50(analyzeTimes))}`);
  console.log(`  extraction beyond the parse           p50 ${ms(p50(extractTimes) - p50(parseNoParentsTimes))}   target full ≤ ${TARGET_FULL_MS} ms: ${p50(fullTimes) <= TARGET_FULL_MS ? 'met' : 'NOT met'}`);
  console.log(`  problems: ${problemCount} (runs: ${runs})`);

  const session: Session = { parse: parseCdktf(text, 'stack.ts'), index: undefined, cache: new WeakMap() };
  analyze(session);
  // The first digit of a batch size in the mapping at the middle of the file.
  const mappingAt = text.indexOf('batchSize: ', text.indexOf(`-${String(Math.floor(mappings / 2)).padStart(4, '0')}'`)) + 'batchSize: '.length;
  const inMapping = edits(session, mappingAt, editCount, warmup);
  const d = inMapping.durations;
  console.log();
  console.log(`edit in a mapping → problems            p50 ${ms(percentile(d, 50))}   p95 ${ms(percentile(d, 95))}   max ${ms(Math.max(...d))}   target p50 ≤ ${TARGET_EDIT_P50_MS} ms: ${percentile(d, 50) <= TARGET_EDIT_P50_MS ? 'met' : 'NOT met'}`);
  console.log(`  ${d.length} edits, ${inMapping.fast} by re-parsing the statement alone, problems: ${inMapping.problems}`);

  // A queue's visibility timeout: the statement declares the queue, so TypeScript's incremental parser
  // runs, the module index changes and every mapping is checked again.
  const queueAt = text.indexOf('visibilityTimeoutSeconds: ', mappingAt) + 'visibilityTimeoutSeconds: '.length;
  const inQueue = edits(session, queueAt, Math.max(5, Math.floor(editCount / 10)), Math.min(3, warmup));
  const dq = inQueue.durations;
  console.log(`edit in a queue → problems              p50 ${ms(percentile(dq, 50))}   p95 ${ms(percentile(dq, 95))}   max ${ms(Math.max(...dq))}   (${dq.length} edits; re-checks every mapping)`);

  // The incremental result must be the full result of the same text.
  const fresh: Session = { parse: parseCdktf(session.parse.text, 'stack.ts'), index: undefined, cache: new WeakMap() };
  const expected = JSON.stringify(analyze(fresh));
  const actual = JSON.stringify(analyze(session));
  console.log(`\nincremental result equals a full analysis of the final text: ${actual === expected ? 'yes' : 'NO'}`);
  if (actual !== expected) process.exitCode = 1;
}

main();
