// LSP latency benchmark: spawns the bundled language server (`node dist/server.js --stdio`), drives it
// over JSON-RPC as an editor does, and prints medians for generated modules of 10, 100 and 1000
// mappings: cold start to first diagnostics, full re-analysis, one-character edits, and memory.
//
//   npm run bench                      (compiles everything, then runs this)
//   npx tsc -p test && node out/bench/lspLatency.js [options]
//
// Options: --sizes 10,100,1000   --cold-runs 5   --full-runs 10   --edits 200   --warmup-edits 20
//          (minimums: each phase takes more samples, up to a cap, while it is quick; see BUDGET)
//          --cpu-prof [dir]      run every server under `node --cpu-prof` and print where the time goes
//                                (also LAMBDA_ESM_BENCH_CPU_PROF=dir). Profiling slows the server down:
//                                use the profile for proportions, not the printed latencies.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findProfile, formatSummary, readProfile, summarize, type Window } from './cpuProfile';
import { measureParseAnchor, type ParseAnchor } from './parseAnchor';
import { generateModule } from './generateModule';
import { fmt, LATENCY_SETTINGS, live, loadAverage, median, ms, percentile, ROOT, SERVER, ServerProcess, table, TIMEOUT, verdict } from './lspSession';

const SETTINGS = LATENCY_SETTINGS;

/** Each phase runs at least its minimum count, and more (up to `max`) while it has run for less than `ms`. */
const BUDGET = {
  cold: { max: 11, ms: 4_000 },
  full: { max: 30, ms: 3_000 },
  edits: { max: 1_000, ms: 5_000 },
};

const TARGETS = { coldMs: 470, fullMs: 300, editP50Ms: 5, editP95Ms: 16, ratio: 1.5, rssMb: 150 };

interface Options {
  readonly sizes: readonly number[];
  readonly coldRuns: number;
  readonly fullRuns: number;
  readonly fullWarmup: number;
  readonly edits: number;
  readonly warmupEdits: number;
  readonly profileDir: string | undefined;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    const next = i >= 0 ? argv[i + 1] : undefined;
    return next !== undefined && !next.startsWith('--') ? next : undefined;
  };
  const int = (name: string, fallback: number, min: number): number => {
    const raw = value(name);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min}`);
    return n;
  };
  const sizes = (value('--sizes') ?? '10,100,1000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes must be a comma-separated list of positive integers');
  let profileDir = process.env['LAMBDA_ESM_BENCH_CPU_PROF'] || undefined;
  if (argv.includes('--cpu-prof')) profileDir = value('--cpu-prof') ?? path.join(ROOT, 'out', 'bench', 'profiles');
  return {
    sizes,
    coldRuns: int('--cold-runs', 5, 5),
    fullRuns: int('--full-runs', 10, 10),
    fullWarmup: 3,
    edits: int('--edits', 200, 200),
    warmupEdits: int('--warmup-edits', 20, 20),
    profileDir: profileDir && path.resolve(profileDir),
  };
}

// ---------------------------------------------------------------------------------------------------
// The measurements.

/** Whether a phase that has run `done` times since `since` should run again. */
function another(done: number, min: number, budget: { max: number; ms: number }, since: bigint): boolean {
  return done < min || (done < budget.max && ms(since, process.hrtime.bigint()) < budget.ms);
}

/** A digit that a change toggles: the first digit of a mapping's `batch_size`. */
interface EditSite {
  readonly line: number;
  readonly character: number;
  readonly digits: readonly [string, string];
  readonly mapping: string;
}

/** Every `batch_size` digit site of the file, in order. */
function batchSizeSites(text: string): EditSite[] {
  const sites: EditSite[] = [];
  const lines = text.split('\n');
  let mapping = '';
  for (let i = 0; i < lines.length; i++) {
    const header = /^resource "aws_lambda_event_source_mapping" "([^"]+)"/.exec(lines[i]!);
    if (header) mapping = header[1]!;
    const m = /^(\s*batch_size\s*=\s*)(\d)/.exec(lines[i]!);
    if (m && mapping) sites.push({ line: i, character: m[1]!.length, digits: [m[2]!, m[2] === '1' ? '2' : '1'], mapping });
  }
  return sites;
}

/** The keystroke site: the first `batch_size` in the second half of the file. */
function findEditSite(text: string): EditSite {
  const half = text.split('\n').length / 2;
  const site = batchSizeSites(text).find((s) => s.line >= half);
  if (!site) throw new Error('no batch_size in the second half of the generated file');
  return site;
}

/**
 * The full-document change: the first and the last `batch_size` of the file changed. A server may narrow a
 * whole-document change to the span that differs; with one change at each end that span is the whole
 * file, so the server really re-parses and re-analyses everything.
 */
function fullChangeSites(text: string): readonly EditSite[] {
  const sites = batchSizeSites(text);
  const first = sites[0];
  const last = sites[sites.length - 1];
  if (!first || !last) throw new Error('no batch_size in the generated file');
  return first === last ? [first] : [first, last];
}

function withDigits(text: string, changes: readonly (readonly [EditSite, string])[]): string {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offsets = changes.map(([site, digit]) => [lineStarts[site.line]! + site.character, digit] as const).sort((a, b) => b[0] - a[0]);
  let result = text;
  for (const [offset, digit] of offsets) result = result.slice(0, offset) + digit + result.slice(offset + 1);
  return result;
}

interface ColdResult {
  readonly totalMs: number;
  readonly initializeMs: number;
  readonly diagnostics: number;
  readonly pid: number;
}

async function coldStart(uri: string, text: string, profileDir: string | undefined): Promise<ColdResult> {
  const start = process.hrtime.bigint();
  const server = ServerProcess.spawn(profileDir);
  try {
    await server.initialize();
    const initialized = process.hrtime.bigint();
    const published = server.nextPublish(uri, TIMEOUT.firstDiagnostics, 'the first diagnostics');
    await server.open(uri, text);
    const first = await published;
    return { totalMs: ms(start, first.at), initializeMs: ms(start, initialized), diagnostics: first.diagnostics, pid: server.pid };
  } finally {
    await server.stop();
  }
}

interface SessionResult {
  readonly rpcMs: number[];
  readonly fullMs: number[];
  readonly editMs: number[];
  readonly openDiagnostics: number;
  readonly memory: { rssMb: number; peakMb: number } | undefined;
  /** Right after the file was opened and checked, before the full re-analyses and edits. */
  readonly memoryAfterOpen: { rssMb: number; peakMb: number } | undefined;
  readonly pid: number;
  readonly windows: { readonly full: Window; readonly edits: Window };
}

async function session(uri: string, text: string, site: EditSite, options: Options): Promise<SessionResult> {
  const server = ServerProcess.spawn(options.profileDir);
  try {
    await server.initialize();
    const opened = server.nextPublish(uri, TIMEOUT.firstDiagnostics, 'the first diagnostics');
    await server.open(uri, text);
    const openDiagnostics = (await opened).diagnostics;
    const memoryAfterOpen = server.memory();
    // Warm full re-analysis: the whole text again as one full-document change, with the first and the last
    // batch size of the file changed (alternately changed and restored), so everything is re-parsed.
    const full = fullChangeSites(text);
    const fullTexts = [text, withDigits(text, full.map((s) => [s, s.digits[1]] as const))] as const;
    let current = 0;
    const fullMs: number[] = [];
    const fullStart = process.hrtime.bigint();
    let fullSince = fullStart;
    for (let i = 0; i < options.fullWarmup || another(fullMs.length, options.fullRuns, BUDGET.full, fullSince); i++) {
      if (i === options.fullWarmup) fullSince = process.hrtime.bigint();
      current = 1 - current;
      const published = server.nextPublish(uri, TIMEOUT.fullChange, 'diagnostics after a full-document change');
      const start = process.hrtime.bigint();
      await server.change(uri, [{ text: fullTexts[current] }]);
      const { at } = await published;
      if (i >= options.fullWarmup) fullMs.push(ms(start, at));
    }
    const fullEnd = process.hrtime.bigint();

    // The edits start from the original text.
    if (current !== 0) {
      const restored = server.nextPublish(uri, TIMEOUT.fullChange, 'diagnostics after restoring the text');
      await server.change(uri, [{ text }]);
      await restored;
      current = 0;
    }

    // One-character edits: replace the digit, alternating between two values, one change at a time.
    const editMs: number[] = [];
    const range = { start: { line: site.line, character: site.character }, end: { line: site.line, character: site.character + 1 } };
    const editStart = process.hrtime.bigint();
    let measuredSince = editStart;
    for (let i = 0; i < options.warmupEdits || another(editMs.length, options.edits, BUDGET.edits, measuredSince); i++) {
      if (i === options.warmupEdits) measuredSince = process.hrtime.bigint();
      current = 1 - current;
      const published = server.nextPublish(uri, TIMEOUT.edit, 'diagnostics after a one-character edit');
      const start = process.hrtime.bigint();
      await server.change(uri, [{ range, rangeLength: 1, text: site.digits[current] }]);
      const { at } = await published;
      if (i >= options.warmupEdits) editMs.push(ms(start, at));
    }
    const editEnd = process.hrtime.bigint();

    // The harness's own floor: a request the server rejects at once (MethodNotFound), there and back.
    const rpcMs: number[] = [];
    for (let i = 0; i < 60; i++) {
      const start = process.hrtime.bigint();
      await server.ping();
      if (i >= 10) rpcMs.push(ms(start, process.hrtime.bigint()));
    }
    return {
      rpcMs,
      fullMs,
      editMs,
      openDiagnostics,
      memory: server.memory(),
      memoryAfterOpen,
      pid: server.pid,
      windows: { full: { startNs: fullStart, endNs: fullEnd }, edits: { startNs: editStart, endNs: editEnd } },
    };
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------------
// Statistics and the report.

interface SizeResult {
  readonly mappings: number;
  readonly lines: number;
  readonly cold: ColdResult[];
  readonly session: SessionResult;
  readonly site: EditSite;
  readonly full: readonly EditSite[];
  readonly anchor: ParseAnchor;
}

function report(results: readonly SizeResult[], options: Options): string[] {
  const out: string[] = [];
  const rows: string[][] = [
    ['mappings', 'lines', 'diags', 'cold start ms', '(min–max)', 'init ms', 'warm full ms', 'edit p50 ms', 'edit p95 ms', 'edit max ms'],
  ];
  for (const r of results) {
    const cold = r.cold.map((c) => c.totalMs);
    rows.push([
      String(r.mappings),
      String(r.lines),
      String(r.session.openDiagnostics),
      fmt(median(cold)),
      `(${fmt(Math.min(...cold))}–${fmt(Math.max(...cold))})`,
      fmt(median(r.cold.map((c) => c.initializeMs))),
      fmt(median(r.session.fullMs)),
      fmt(percentile(r.session.editMs, 50), 2),
      fmt(percentile(r.session.editMs, 95), 2),
      fmt(Math.max(...r.session.editMs), 2),
    ]);
  }
  rows.push(['target @1000', '', '', `≤ ${TARGETS.coldMs}`, '', '', `≤ ${TARGETS.fullMs}`, `≤ ${TARGETS.editP50Ms}`, `≤ ${TARGETS.editP95Ms}`, '']);
  const big = results.find((r) => r.mappings === 1000) ?? results[results.length - 1]!;
  const bigCold = median(big.cold.map((c) => c.totalMs));
  const bigFull = median(big.session.fullMs);
  const bigP50 = percentile(big.session.editMs, 50);
  const bigP95 = percentile(big.session.editMs, 95);
  rows.push([`verdict @${big.mappings}`, '', '', verdict(bigCold, TARGETS.coldMs), '', '', verdict(bigFull, TARGETS.fullMs), verdict(bigP50, TARGETS.editP50Ms), verdict(bigP95, TARGETS.editP95Ms), '']);
  out.push(...table(rows));
  out.push('');
  out.push(
    `tree-sitter alone on the same ${big.mappings}-mapping file, this run: import → first tree ${fmt(big.anchor.coldMs)} ms, warm full parse ${fmt(big.anchor.warmMs)} ms; ` +
      `server/anchor: cold ${fmt(bigCold / big.anchor.coldMs, 2)}× (target ≤ 2×: ${verdict(bigCold / big.anchor.coldMs, 2)}), warm full ${fmt(bigFull / big.anchor.warmMs, 2)}× (target ≤ 2×: ${verdict(bigFull / big.anchor.warmMs, 2)})`,
  );
  const mid = results.find((r) => r.mappings === 100);
  if (mid && big !== mid) {
    const ratio = bigP50 / percentile(mid.session.editMs, 50);
    out.push(`edit p50 ratio ${big.mappings}/${mid.mappings}: ${fmt(ratio, 2)}   (target ≤ ${TARGETS.ratio})  ${verdict(ratio, TARGETS.ratio)}`);
  }
  if (big.session.memory) {
    const { rssMb, peakMb } = big.session.memory;
    const opened = big.session.memoryAfterOpen;
    if (opened) out.push(`server RSS with the ${big.mappings}-mapping file open and checked: ${fmt(opened.rssMb)} MB   (target ≤ ${TARGETS.rssMb} MB)  ${verdict(opened.rssMb, TARGETS.rssMb)}`);
    out.push(`server RSS after the full re-analyses and edits: ${fmt(rssMb)} MB   [peak RSS ${fmt(peakMb)} MB]`);
  } else {
    out.push('server RSS: not available (/proc/<pid>/status is Linux only)');
  }
  out.push('');
  out.push('"init ms" = spawn → initialize result; "diags" = diagnostics published on open; "rpc floor" = JSON-RPC round trip of a request the server rejects at once.');
  for (const r of results) {
    out.push(
      `${String(r.mappings).padStart(5)} mappings: samples cold ${r.cold.length}, full ${r.session.fullMs.length} (+${options.fullWarmup} warm-up), ` +
        `edits ${r.session.editMs.length} (+${options.warmupEdits} warm-up); rpc floor p50 ${fmt(percentile(r.session.rpcMs, 50), 2)} ms; ` +
        `edit: line ${r.site.line + 1}, batch_size of ${r.site.mapping}, ${r.site.digits[0]} ↔ ${r.site.digits[1]}; ` +
        `full: batch_size of ${r.full.map((s) => s.mapping).join(' and ')}`,
    );
  }
  return out;
}

function printProfiles(results: readonly SizeResult[], dir: string): void {
  const big = results[results.length - 1]!;
  const sourceMap = SERVER + '.map';
  const lines: string[] = ['', `CPU profiles (${dir}); profiling slows the server, so read proportions, not absolute times.`];
  const coldPid = big.cold[big.cold.length - 1]?.pid;
  const coldFile = coldPid === undefined ? undefined : findProfile(dir, coldPid);
  if (coldFile) lines.push('', ...formatSummary(`cold start, ${big.mappings} mappings (whole process, ${path.basename(coldFile)})`, summarize(readProfile(coldFile), undefined, sourceMap)));
  const sessionFile = findProfile(dir, big.session.pid);
  if (sessionFile) {
    const profile = readProfile(sessionFile);
    lines.push('', ...formatSummary(`warm full re-analysis, ${big.mappings} mappings (${big.session.fullMs.length} + warm-up runs)`, summarize(profile, big.session.windows.full, sourceMap)));
    lines.push('', ...formatSummary(`one-character edits, ${big.mappings} mappings (${big.session.editMs.length} + warm-up edits)`, summarize(profile, big.session.windows.edits, sourceMap)));
  } else {
    lines.push(`no profile found for server ${big.session.pid} in ${dir}`);
  }
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    process.stderr.write(`lspLatency: still running after ${TIMEOUT.watchdog / 60_000} min; killing ${live.size} server(s) and giving up\n`);
    for (const child of live) child.kill('SIGKILL');
    process.exit(3);
  }, TIMEOUT.watchdog);
  watchdog.unref();

  const options = parseOptions(process.argv.slice(2));
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run compile\` (or \`node esbuild.mjs\`) first.`);
  if (options.profileDir) fs.mkdirSync(options.profileDir, { recursive: true });

  const cpus = os.cpus();
  console.log('Lambda ESM Lens: LSP latency benchmark');
  console.log(`node ${process.version}, ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}), ${os.platform()} ${os.arch()}, load average ${loadAverage()}`);
  console.log(`server: ${path.relative(ROOT, SERVER)} (built ${fs.statSync(SERVER).mtime.toISOString()}), settings ${JSON.stringify(SETTINGS)}`);
  if (options.profileDir) console.log(`CPU profiling ON (${options.profileDir}): latencies below are inflated by the profiler`);
  console.log('');

  const results: SizeResult[] = [];
  const started = process.hrtime.bigint();
  for (const mappings of options.sizes) {
    const text = generateModule(mappings);
    const uri = pathToFileURL(path.join(os.tmpdir(), 'lambda-esm-bench', `bench_${mappings}.tf`)).toString();
    const site = findEditSite(text);
    const cold: ColdResult[] = [];
    const coldStartedAt = process.hrtime.bigint();
    while (another(cold.length, options.coldRuns, BUDGET.cold, coldStartedAt)) cold.push(await coldStart(uri, text, options.profileDir));
    const result = await session(uri, text, site, options);
    const anchor = measureParseAnchor(ROOT, text, 3);
    results.push({ mappings, lines: text.split('\n').length, cold, session: result, site, full: fullChangeSites(text), anchor });
    process.stderr.write(`  ${mappings} mappings done (${fmt(ms(started, process.hrtime.bigint()) / 1000)} s)\n`);
  }
  console.log(report(results, options).join('\n'));
  if (options.profileDir) printProfiles(results, options.profileDir);
  console.log(`\ntotal time ${fmt(ms(started, process.hrtime.bigint()) / 1000)} s; load average at the end ${loadAverage()}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`lspLatency: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  for (const child of live) child.kill('SIGKILL');
  process.exitCode = 1;
});
