// Completion and hover latency while typing: spawns the bundled language server over stdio, opens the
// generated 1,000-mapping module, then repeatedly types one character into the `starting_position` value
// of a mapping in the middle of the file (which invalidates that block) and at once asks for completion at
// the cursor, then for a hover on the block's `batch_size`. Prints p50/p95/max of each request's round
// trip; the completion's includes handling the keystroke before it, as an editor sees it.
//
//   npm run bench:completion             (compiles everything, then runs this)
//   npx tsc -p test && node out/bench/completionLatency.js [--mappings 1000] [--samples 200] [--warmup 20]

import { spawn } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { SERVER_NODE_FLAGS } from '../protocol/serverProcess';
import { DEFAULT_SETTINGS } from '../protocol/settings';
import { generateModule } from './generateModule';

/** out/bench/completionLatency.js → the repository root. */
const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
/** The default debounce, as users have it: diagnostics wait for it, completion and hover must not. */
const SETTINGS = { ...DEFAULT_SETTINGS, workspaceDiagnostics: false };
const TARGET_P95_MS = 10;
const TIMEOUT_MS = 10_000;

interface Options {
  readonly mappings: number;
  readonly samples: number;
  readonly warmup: number;
}

function parseOptions(argv: readonly string[]): Options {
  const int = (name: string, fallback: number, min: number): number => {
    const i = argv.indexOf(name);
    const n = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min}`);
    return n;
  };
  return { mappings: int('--mappings', 1000, 1), samples: int('--samples', 200, 200), warmup: int('--warmup', 20, 0) };
}

/** Where the keystrokes go: inside the quotes of the first `starting_position` in the second half of the file. */
function findSite(text: string): { line: number; valueStart: number; value: string; batchSize: { line: number; character: number } } {
  const lines = text.split('\n');
  for (let i = Math.floor(lines.length / 2); i < lines.length; i++) {
    const m = /^(\s*starting_position\s*=\s*")([A-Z_]*)"/.exec(lines[i]!);
    if (!m) continue;
    for (let j = i + 1; j < lines.length && !lines[j]!.startsWith('}'); j++) {
      const b = /^(\s*)batch_size\b/.exec(lines[j]!);
      if (b) return { line: i, valueStart: m[1]!.length, value: m[2]!, batchSize: { line: j, character: b[1]!.length + 3 } };
    }
  }
  throw new Error('no mapping with starting_position and batch_size in the second half of the generated file');
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS} ms waiting for ${what}`)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => SETTINGS));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
    if (p.type === 1) process.stderr.write(`server error: ${p.message}\n`);
  });
  let opened: (() => void) | undefined;
  const uri = pathToFileURL(path.join(os.tmpdir(), 'lambda-esm-completion-bench', 'main.tf')).toString();
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => {
    if (p.uri === uri) opened?.();
  });
  connection.listen();
  try {
    await withTimeout(connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } }, initializationOptions: { settings: SETTINGS } }), 'initialize');
    await connection.sendNotification('initialized', {});

    const text = generateModule(options.mappings);
    const site = findSite(text);
    const published = new Promise<void>((resolve) => (opened = resolve));
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'terraform', version: 1, text } });
    await withTimeout(published, 'the first diagnostics');

    const completionMs: number[] = [];
    const hoverMs: number[] = [];
    let items = 0;
    let hovers = 0;
    // The value is emptied first, then one character is typed and deleted in turn: `"¦"`, `"L¦"`, `"¦"`, …
    let typed = site.value;
    let version = 1;
    for (let i = 0; i < options.warmup + options.samples; i++) {
      const next = typed === '' ? 'L' : '';
      const range = { start: { line: site.line, character: site.valueStart }, end: { line: site.line, character: site.valueStart + typed.length } };
      typed = next;
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: typed }] });
      const position = { line: site.line, character: site.valueStart + typed.length };
      let start = process.hrtime.bigint();
      const list = await withTimeout(connection.sendRequest<{ items: unknown[] } | null>('textDocument/completion', { textDocument: { uri }, position }), 'completion');
      const completion = ms(start);
      start = process.hrtime.bigint();
      const hover = await withTimeout(connection.sendRequest<unknown>('textDocument/hover', { textDocument: { uri }, position: site.batchSize }), 'hover');
      const hovered = ms(start);
      if (i < options.warmup) continue;
      completionMs.push(completion);
      hoverMs.push(hovered);
      items += list?.items.length ?? 0;
      if (hover) hovers++;
    }

    const row = (name: string, values: readonly number[], answered: string) =>
      `${name.padEnd(12)}${percentile(values, 50).toFixed(2).padStart(8)}${percentile(values, 95).toFixed(2).padStart(8)}${Math.max(...values).toFixed(2).padStart(8)}   ${answered}`;
    console.log(`Node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log(`${options.mappings} mappings (${text.split('\n').length} lines), ${options.samples} samples after ${options.warmup} warm-up, keystrokes at line ${site.line + 1}`);
    console.log(`${'request'.padEnd(12)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}   (ms)`);
    console.log(row('completion', completionMs, `${(items / options.samples).toFixed(1)} items on average`));
    console.log(row('hover', hoverMs, `${hovers} of ${options.samples} answered`));
    const p95 = Math.max(percentile(completionMs, 95), percentile(hoverMs, 95));
    console.log(p95 <= TARGET_P95_MS ? `p95 within the target of ${TARGET_P95_MS} ms` : `p95 ABOVE the target of ${TARGET_P95_MS} ms`);
  } finally {
    await withTimeout(connection.sendRequest('shutdown'), 'shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    const code = await Promise.race([exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000))]);
    if (code === 'timeout') child.kill();
    connection.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
