// Where an edit lands, and module calls: the two measurements of issue 11's "re-check only what changed".
//
// 1. Edit places: the bundled server over stdio (`debounceMs: 0`, `workspaceDiagnostics: false`) with the
//    generated 1,000-mapping module open, written with a mistake in every mapping (about 1,000 findings),
//    an unread `locals` block and a read one (`local.default_batch`). One-character edits in each place →
//    the next published diagnostics for the file: p50, p95 and max per place.
// 2. Module calls: a root module with 10 calls of a local child module (the community Lambda module's
//    shape: a map of mappings, `for_each`, `try(each.value.x, null)`), 20 entries each, written to a
//    temporary folder. The time tree-sitter takes to parse the files, against the time of the full check
//    (`lambda-esm check <folder>` in process), and the findings reported on the caller's entries.
//
//   npm run bench:edits                (compiles everything, then runs this)
//   npx tsc -p test && node out/bench/editPlaces.js [--mappings 1000] [--edits 200] [--warmup 20]
//       [--calls 10] [--entries 20] [--runs 15] [--only edits|modules]
//   node out/bench/editPlaces.js --write-modules <dir> [--calls 10] [--entries 20]   (writes the module tree only)

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkPaths } from '../server/src/cli/checkPaths';
import { createHclParser } from '../server/src/hclParser';
import { SOURCE_WASM } from '../test/support/wasm';
import { generateModule } from './generateModule';
import { fmt, LATENCY_SETTINGS, live, loadAverage, median, ms, percentile, ROOT, SERVER, ServerProcess, table, TIMEOUT, verdict } from './lspSession';

const TARGET_P95_MS = 16;
const TARGET_RATIO = 2;
/** Each place takes at least `--edits` samples, and more while it has run for less than `ms`. */
const BUDGET = { max: 1_000, ms: 4_000 };
/** The module measurement runs in a child process, so a check that never ends cannot hang the run. */
const MODULES_TIMEOUT_MS = 5 * 60_000;
const WATCHDOG_MS = 15 * 60_000;

interface Options {
  readonly mappings: number;
  readonly edits: number;
  readonly warmup: number;
  readonly calls: number;
  readonly entries: number;
  readonly runs: number;
  readonly only: 'edits' | 'modules' | undefined;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const int = (name: string, fallback: number, min: number): number => {
    const raw = value(name);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min}`);
    return n;
  };
  const only = value('--only');
  if (only !== undefined && only !== 'edits' && only !== 'modules') throw new Error('--only must be edits or modules');
  return {
    mappings: int('--mappings', 1000, 10),
    edits: int('--edits', 200, 10),
    warmup: int('--warmup', 20, 0),
    calls: int('--calls', 10, 1),
    entries: int('--entries', 20, 1),
    runs: int('--runs', 15, 3),
    only,
  };
}

// ---------------------------------------------------------------------------------------------------
// 1. Edit places.

/** One character that the edits replace, alternately with each of two values. */
interface Place {
  readonly name: string;
  readonly what: string;
  readonly line: number;
  readonly character: number;
  readonly digits: readonly [string, string];
}

/**
 * The first line at or after `fromLine` (and before `toLine`) that `pattern` matches; the edited character is
 * the one right after the pattern's first group.
 */
function placeAt(lines: readonly string[], name: string, what: string, pattern: RegExp, other: (c: string) => string, fromLine = 0, toLine = lines.length): Place {
  for (let i = fromLine; i < toLine; i++) {
    const m = pattern.exec(lines[i]!);
    if (!m) continue;
    const character = m.index + m[1]!.length;
    const c = lines[i]![character]!;
    return { name, what, line: i, character, digits: [c, other(c)] };
  }
  throw new Error(`no ${name} edit place in the generated module (${pattern})`);
}

const toggle = (c: string): string => (c === '1' ? '2' : '1');

function findPlaces(text: string): Place[] {
  const lines = text.split('\n');
  const half = Math.floor(lines.length / 2);
  const terraformEnd = lines.indexOf('}', lines.indexOf('terraform {'));
  const mappingHeader = (i: number): boolean => /^resource "aws_lambda_event_source_mapping"/.test(lines[i] ?? '');
  // The referenced resource: the first queue of the second half, which the mapping after it reads.
  const queue = lines.findIndex((l, i) => i >= half && /^resource "aws_sqs_queue" "\w+_(queue|fifo)_\d+"/.test(l));
  let mapping = half;
  while (mapping < lines.length && !mappingHeader(mapping)) mapping++;
  return [
    placeAt(lines, 'terraform block', 'aws provider version "~> 6.0" ↔ "~> 5.0"', /^(\s*version\s*=\s*"~> )\d/, (c) => (c === '6' ? '5' : '6'), 0, terraformEnd),
    placeAt(lines, 'locals, unread', 'alarm_threshold 100 ↔ 200', /^(\s*alarm_threshold\s*=\s*)\d/, toggle),
    placeAt(lines, 'locals, read', 'default_batch 10 ↔ 50 (changes findings)', /^(\s*default_batch\s*=\s*)\d/, (c) => (c === '1' ? '5' : '1')),
    placeAt(lines, 'referenced queue', 'visibility_timeout_seconds, first digit', /^(\s*visibility_timeout_seconds\s*=\s*)\d/, toggle, queue),
    placeAt(lines, 'mapping', 'batch_size, first digit', /^(\s*batch_size\s*=\s*)\d/, toggle, mapping),
    placeAt(lines, 'comment', 'a letter of the first line', /^(# )G/, (c) => (c === 'G' ? 'g' : 'G')),
  ];
}

interface PlaceResult {
  readonly place: Place;
  readonly editMs: number[];
  readonly diagnostics: { min: number; max: number };
}

async function measurePlaces(options: Options): Promise<{ results: PlaceResult[]; openDiagnostics: number; openMs: number; rpcP50: number; lines: number }> {
  const text = generateModule(options.mappings, undefined, { editPlaces: true });
  const places = findPlaces(text);
  // An empty folder of its own: the file is never written, and no other file joins its module.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-edits-'));
  const uri = pathToFileURL(path.join(folder, 'main.tf')).toString();
  const server = ServerProcess.spawn(undefined, LATENCY_SETTINGS, folder);
  try {
    await server.initialize();
    const opened = server.nextPublish(uri, TIMEOUT.firstDiagnostics, 'the first diagnostics');
    const openStart = process.hrtime.bigint();
    await server.open(uri, text);
    const first = await opened;
    const openMs = ms(openStart, first.at);
    const results: PlaceResult[] = [];
    for (const place of places) {
      const range = { start: { line: place.line, character: place.character }, end: { line: place.line, character: place.character + 1 } };
      const editMs: number[] = [];
      let min = Infinity;
      let max = -Infinity;
      let current = 0;
      let since = process.hrtime.bigint();
      for (let i = 0; i < options.warmup || editMs.length < options.edits || (editMs.length < BUDGET.max && ms(since, process.hrtime.bigint()) < BUDGET.ms); i++) {
        if (i === options.warmup) since = process.hrtime.bigint();
        current = 1 - current;
        const published = server.nextPublish(uri, TIMEOUT.edit, `diagnostics after an edit in the ${place.name}`);
        const start = process.hrtime.bigint();
        await server.change(uri, [{ range, rangeLength: 1, text: place.digits[current] }]);
        const { at, diagnostics } = await published;
        if (i >= options.warmup) {
          editMs.push(ms(start, at));
          min = Math.min(min, diagnostics);
          max = Math.max(max, diagnostics);
        }
      }
      // The next place starts from the generated text.
      if (current !== 0) {
        const restored = server.nextPublish(uri, TIMEOUT.edit, `diagnostics after restoring the ${place.name}`);
        await server.change(uri, [{ range, rangeLength: 1, text: place.digits[0] }]);
        await restored;
      }
      results.push({ place, editMs, diagnostics: { min, max } });
      process.stderr.write(`  ${place.name}: ${editMs.length} edits\n`);
    }
    const rpcMs: number[] = [];
    for (let i = 0; i < 60; i++) {
      const start = process.hrtime.bigint();
      await server.ping();
      if (i >= 10) rpcMs.push(ms(start, process.hrtime.bigint()));
    }
    return { results, openDiagnostics: first.diagnostics, openMs, rpcP50: percentile(rpcMs, 50), lines: text.split('\n').length };
  } finally {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function placesReport(r: Awaited<ReturnType<typeof measurePlaces>>, options: Options): string[] {
  const rows: string[][] = [['place', 'p50 ms', 'p95 ms', 'max ms', 'diags', `p95 ≤ ${TARGET_P95_MS}`, 'line', 'edit']];
  for (const { place, editMs, diagnostics } of r.results) {
    rows.push([
      place.name,
      fmt(percentile(editMs, 50), 2),
      fmt(percentile(editMs, 95), 2),
      fmt(Math.max(...editMs), 2),
      diagnostics.min === diagnostics.max ? String(diagnostics.min) : `${diagnostics.min}–${diagnostics.max}`,
      place.name === 'comment' ? `(${verdict(percentile(editMs, 95), TARGET_P95_MS)})` : verdict(percentile(editMs, 95), TARGET_P95_MS),
      String(place.line + 1),
      place.what,
    ]);
  }
  return [
    `1. Edit places: ${options.mappings} mappings, ${r.lines} lines, ${r.openDiagnostics} diagnostics on open (open → first diagnostics ${fmt(r.openMs)} ms)`,
    ...table(rows),
    `samples per place: ≥ ${options.edits} after ${options.warmup} warm-up edits (one at a time, each waits for its diagnostics); rpc floor p50 ${fmt(r.rpcP50, 2)} ms; ` +
      '"diags" = diagnostics published per edit (min–max); the comment row is not in the issue\'s target.',
  ];
}

// ---------------------------------------------------------------------------------------------------
// 2. Module calls and instances.

/** The child module: the community Lambda module's `event_source_mapping`, reduced to what mappings use. */
const CONSUMER_MODULE = `variable "function_name" {
  type = string
}

variable "event_source_mapping" {
  description = "Map of event source mappings: one aws_lambda_event_source_mapping per entry."
  type        = any
  default     = {}
}

resource "aws_lambda_event_source_mapping" "this" {
  for_each = var.event_source_mapping

  function_name                      = var.function_name
  event_source_arn                   = try(each.value.event_source_arn, null)
  enabled                            = try(each.value.enabled, true)
  batch_size                         = try(each.value.batch_size, null)
  maximum_batching_window_in_seconds = try(each.value.maximum_batching_window_in_seconds, null)
  starting_position                  = try(each.value.starting_position, null)
  parallelization_factor             = try(each.value.parallelization_factor, null)
  maximum_retry_attempts             = try(each.value.maximum_retry_attempts, null)
  bisect_batch_on_function_error     = try(each.value.bisect_batch_on_function_error, null)
  function_response_types            = try(each.value.function_response_types, null)

  dynamic "scaling_config" {
    for_each = try([each.value.scaling_config], [])
    content {
      maximum_concurrency = try(scaling_config.value.maximum_concurrency, null)
    }
  }

  dynamic "filter_criteria" {
    for_each = try(each.value.filter_criteria, null) != null ? [true] : []
    content {
      dynamic "filter" {
        for_each = try(flatten([each.value.filter_criteria]), [])
        content {
          pattern = try(filter.value.pattern, null)
        }
      }
    }
  }
}

output "mapping_uuids" {
  value = { for k, v in aws_lambda_event_source_mapping.this : k => v.uuid }
}
`;

interface ModuleTree {
  readonly files: number;
  readonly lines: number;
  readonly instances: number;
  /** The findings the planted mistakes should give, by rule: one per call for each. */
  readonly planted: ReadonlyMap<string, number>;
}

/**
 * Writes the root module and its child under `dir`. Entries alternate SQS queues (a reference to a queue of
 * the root module or a literal ARN), Kinesis streams and DynamoDB tables; one SQS entry in each call asks for
 * 50 records without a window and one Kinesis entry for a parallelization factor of 12.
 */
function writeModuleTree(dir: string, calls: number, entries: number): ModuleTree {
  const root: string[] = [
    'terraform {',
    '  required_providers {',
    '    aws = {',
    '      source  = "hashicorp/aws"',
    '      version = "~> 6.0"',
    '    }',
    '  }',
    '}',
    '',
    'locals {',
    '  batch_window = 5',
    '}',
    '',
  ];
  for (let c = 1; c <= calls; c++) {
    root.push(`resource "aws_lambda_function" "consumer_${c}" {`, `  function_name = "consumer-${c}"`, '  role          = "arn:aws:iam::123456789012:role/lambda"', '  handler       = "index.handler"', '  runtime       = "nodejs22.x"', `  filename      = "build/consumer-${c}.zip"`, '  timeout       = 30', '}', '');
    const body: string[] = [];
    for (let e = 1; e <= entries; e++) {
      const key = `e${String(e).padStart(2, '0')}`;
      const kind = e % 4;
      const attrs: [string, string][] = [];
      if (kind === 0 || kind === 1) {
        if (kind === 0) {
          root.push(`resource "aws_sqs_queue" "c${c}_${key}" {`, `  name                       = "c${c}-${key}"`, '  visibility_timeout_seconds = 180', '}', '');
          attrs.push(['event_source_arn', `aws_sqs_queue.c${c}_${key}.arn`]);
        } else {
          attrs.push(['event_source_arn', `"arn:aws:sqs:us-east-1:123456789012:c${c}-${key}"`]);
        }
        if (e === 5) {
          attrs.push(['batch_size', '50']);
        } else {
          attrs.push(['batch_size', e % 3 === 0 ? '100' : '10'], ...(e % 3 === 0 ? ([['maximum_batching_window_in_seconds', 'local.batch_window']] as [string, string][]) : []));
        }
        attrs.push(['function_response_types', '["ReportBatchItemFailures"]']);
        if (e % 5 === 0) attrs.push(['scaling_config', '{ maximum_concurrency = 10 }']);
      } else if (kind === 2) {
        attrs.push(['event_source_arn', `"arn:aws:kinesis:us-east-1:123456789012:stream/c${c}-${key}"`], ['starting_position', '"LATEST"'], ['batch_size', '100']);
        if (e === 6) {
          attrs.push(['parallelization_factor', '12']);
        } else {
          attrs.push(['parallelization_factor', '2']);
        }
        attrs.push(['bisect_batch_on_function_error', 'true'], ['maximum_retry_attempts', '3']);
      } else {
        attrs.push(['event_source_arn', `"arn:aws:dynamodb:us-east-1:123456789012:table/c${c}-${key}/stream/2024-06-01T00:00:00.000"`], ['starting_position', '"TRIM_HORIZON"'], ['batch_size', '100']);
        attrs.push(['filter_criteria', '[{ pattern = jsonencode({ eventName = ["INSERT", "MODIFY"] }) }]']);
      }
      const width = Math.max(...attrs.map(([k]) => k.length));
      body.push(`    ${key} = {`, ...attrs.map(([k, v]) => `      ${k.padEnd(width)} = ${v}`), '    }');
    }
    root.push(`module "c${c}" {`, '  source        = "./modules/consumer"', `  function_name = aws_lambda_function.consumer_${c}.function_name`, '', '  event_source_mapping = {', ...body, '  }', '}', '');
  }
  fs.mkdirSync(path.join(dir, 'modules', 'consumer'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'main.tf'), root.join('\n'));
  fs.writeFileSync(path.join(dir, 'modules', 'consumer', 'main.tf'), CONSUMER_MODULE);
  const planted = new Map<string, number>();
  if (entries >= 5) planted.set('sqs-batch-window', calls);
  if (entries >= 6) planted.set('value-out-of-range', calls);
  return { files: 2, lines: root.length + CONSUMER_MODULE.split('\n').length, instances: calls * entries, planted };
}

interface ModulesProbe {
  /** Median of tree-sitter parses of every file of the tree (text already in memory). */
  readonly parseMs: number;
  /** Median of `checkPaths([root])`: reading, parsing, the module calls, every instance, every rule. */
  readonly checkMs: number;
  readonly firstCheckMs: number;
  readonly findings: { readonly file: string; readonly rule: string; readonly count: number }[];
}

/** Runs in the child process (`--modules-probe <dir>`): the parser and the CLI's check, in process. */
async function modulesProbe(dir: string, runs: number): Promise<ModulesProbe> {
  const parser = await createHclParser(SOURCE_WASM);
  const files = [path.join(dir, 'main.tf'), path.join(dir, 'modules', 'consumer', 'main.tf')];
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  const timeParse = (): number => {
    const start = process.hrtime.bigint();
    for (const text of texts) parser.parse(text)!.delete();
    return ms(start, process.hrtime.bigint());
  };
  const timeCheck = (): { ms: number; results: ReturnType<typeof checkPaths> } => {
    const start = process.hrtime.bigint();
    const results = checkPaths([dir], parser);
    return { ms: ms(start, process.hrtime.bigint()), results };
  };
  const first = timeCheck();
  for (let i = 0; i < 3; i++) timeParse();
  for (let i = 0; i < 2; i++) timeCheck();
  // Interleaved, so both see the same machine load.
  const parseMs: number[] = [];
  const checkMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    parseMs.push(timeParse());
    checkMs.push(timeCheck().ms);
  }
  parser.delete();
  const counts = new Map<string, number>();
  for (const result of first.results) {
    for (const problem of result.problems) {
      const key = `${path.relative(dir, result.file)}\t${problem.code}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const findings = [...counts].map(([key, count]) => ({ file: key.split('\t')[0]!, rule: key.split('\t')[1]!, count }));
  return { parseMs: median(parseMs), checkMs: median(checkMs), firstCheckMs: first.ms, findings };
}

/**
 * The server's view of the same tree: `main.tf` opened (the child is read from disk) → its first diagnostics,
 * in a fresh server, then whole-document changes that differ at both ends (so all of it is parsed and
 * evaluated again) → diagnostics.
 */
async function serverModules(dir: string, runs: number): Promise<{ openMs: number; fullMs: number; diagnostics: number }> {
  const file = path.join(dir, 'main.tf');
  const text = fs.readFileSync(file, 'utf8');
  const texts = [text, `# edited\n${text}\n# edited`] as const;
  const uri = pathToFileURL(file).toString();
  const server = ServerProcess.spawn(undefined, LATENCY_SETTINGS, dir);
  try {
    await server.initialize();
    const opened = server.nextPublish(uri, TIMEOUT.firstDiagnostics, 'the first diagnostics of the root module');
    const start = process.hrtime.bigint();
    await server.open(uri, text);
    const first = await opened;
    const fullMs: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const published = server.nextPublish(uri, TIMEOUT.fullChange, 'diagnostics after a full change of the root module');
      const changed = process.hrtime.bigint();
      await server.change(uri, [{ text: texts[(i + 1) % 2] }]);
      const { at } = await published;
      if (i >= 3) fullMs.push(ms(changed, at));
    }
    return { openMs: ms(start, first.at), fullMs: median(fullMs), diagnostics: first.diagnostics };
  } finally {
    await server.stop();
  }
}

async function measureModules(options: Options): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-modules-'));
  try {
    const tree = writeModuleTree(dir, options.calls, options.entries);
    const run = spawnSync(process.execPath, [__filename, '--modules-probe', dir, '--runs', String(options.runs)], { encoding: 'utf8', timeout: MODULES_TIMEOUT_MS });
    if (run.error || run.status !== 0) throw new Error(`the module measurement failed (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr.slice(-2000)}`);
    const probe = JSON.parse(run.stdout) as ModulesProbe;
    const served = await serverModules(dir, options.runs);
    const ratio = probe.checkMs / probe.parseMs;
    const inRoot = probe.findings.filter((f) => f.file === 'main.tf').reduce((n, f) => n + f.count, 0);
    const total = probe.findings.reduce((n, f) => n + f.count, 0);
    // Anything else (another rule, another count, the child's file) is a false alarm or a miss to look at.
    const unexpected = probe.findings.filter((f) => f.file !== 'main.tf' || tree.planted.get(f.rule) !== f.count);
    const missed = [...tree.planted].filter(([rule]) => !probe.findings.some((f) => f.file === 'main.tf' && f.rule === rule));
    return [
      `2. Module calls: ${options.calls} calls of ./modules/consumer, ${options.entries} entries each (${tree.instances} instances), ${tree.files} files, ${tree.lines} lines`,
      ...table([
        ['measure', 'ms'],
        ['tree-sitter parse of the files (median)', fmt(probe.parseMs, 2)],
        ['full check, lambda-esm check <folder> in process (median)', fmt(probe.checkMs, 2)],
        ['full check, first run in the process', fmt(probe.firstCheckMs, 2)],
        [`server: open main.tf → first diagnostics (${served.diagnostics}), fresh server`, fmt(served.openMs, 2)],
        ['server: whole-document change of main.tf → diagnostics (median)', fmt(served.fullMs, 2)],
      ]),
      `ratio check/parse ${fmt(ratio, 2)}   (target ≤ ${TARGET_RATIO})  ${verdict(ratio, TARGET_RATIO)};  medians of ${options.runs} interleaved runs after warm-up; ` +
        `server change/parse ${fmt(served.fullMs / probe.parseMs, 2)}`,
      `findings: ${total}, ${inRoot} of them in the caller's main.tf: ` + (probe.findings.map((f) => `${f.file} ${f.rule} ×${f.count}`).join(', ') || 'none'),
      `expected on the callers' entries: ${[...tree.planted].map(([rule, n]) => `${rule} ×${n}`).join(', ')}; ` +
        (unexpected.length + missed.length === 0
          ? 'all found, nothing else'
          : `NOT AS EXPECTED: ${[...unexpected.map((f) => `${f.file} ${f.rule} ×${f.count}`), ...missed.map(([rule]) => `${rule} missing`)].join(', ')}`),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const writeAt = argv.indexOf('--write-modules');
  if (writeAt >= 0) {
    const options = parseOptions(argv.filter((_, i) => i !== writeAt && i !== writeAt + 1));
    const dir = path.resolve(argv[writeAt + 1] ?? 'modules-bench');
    writeModuleTree(dir, options.calls, options.entries);
    process.stdout.write(`wrote ${dir}\n`);
    return;
  }
  const probeAt = argv.indexOf('--modules-probe');
  if (probeAt >= 0) {
    const runs = Number(argv[argv.indexOf('--runs') + 1] ?? 15);
    process.stdout.write(JSON.stringify(await modulesProbe(argv[probeAt + 1]!, runs)) + '\n');
    return;
  }
  const watchdog = setTimeout(() => {
    process.stderr.write(`editPlaces: still running after ${WATCHDOG_MS / 60_000} min; killing ${live.size} server(s) and giving up\n`);
    for (const child of live) child.kill('SIGKILL');
    process.exit(3);
  }, WATCHDOG_MS);
  watchdog.unref();

  const options = parseOptions(argv);
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run compile\` (or \`node esbuild.mjs\`) first.`);
  const cpus = os.cpus();
  const started = process.hrtime.bigint();
  console.log('Lambda ESM Lens: edit places and module calls');
  console.log(`node ${process.version}, ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}), ${os.platform()} ${os.arch()}, load average ${loadAverage()}`);
  console.log(`server: ${path.relative(ROOT, SERVER)} (built ${fs.statSync(SERVER).mtime.toISOString()}), settings ${JSON.stringify(LATENCY_SETTINGS)}`);
  if (options.only !== 'modules') {
    console.log('');
    console.log(placesReport(await measurePlaces(options), options).join('\n'));
  }
  if (options.only !== 'edits') {
    console.log('');
    console.log((await measureModules(options)).join('\n'));
  }
  console.log(`\ntotal time ${fmt(ms(started, process.hrtime.bigint()) / 1000)} s; load average at the end ${loadAverage()}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`editPlaces: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  for (const child of live) child.kill('SIGKILL');
  process.exitCode = 1;
});
