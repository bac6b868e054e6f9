// Server scale benchmark: spawns the bundled language server and prints (a) for a generated workspace of
// 2,000 Terraform files, the time to check all of it and the latency of code action requests sent every
// 50 ms meanwhile, and (b) the server's RSS after 10,000 opens and closes of distinct files, 10,000
// changes to files that are not open, and 100,000 edits of one file.
//
//   npx tsc -p test && node out/bench/serverScale.js [--files 2000] [--open-close 10000] [--edits 100000]

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER_NODE_FLAGS } from '../protocol/serverProcess';
import { generateModule } from './generateModule';

/** out/bench/serverScale.js → the repository root. */
const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const FILES_PER_FOLDER = 20;
const TICK_MS = 50;

const SQS = `resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn  = "arn:aws:sqs:us-east-1:123456789012:orders"
  function_name     = "process-orders"
  batch_size        = 5
  starting_position = "LATEST"
}
`;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
  return n;
}

class Server {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
  private readonly publishListeners: ((uri: string) => void)[] = [];

  constructor(private readonly settings: Record<string, unknown>) {
    this.child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'ignore'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => {
      for (const listener of this.publishListeners) listener(p.uri);
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('$/progress', () => undefined);
    this.connection.listen();
  }

  onPublish(listener: (uri: string) => void): void {
    this.publishListeners.push(listener);
  }

  async initialize(root: string): Promise<void> {
    const rootUri = pathToFileURL(root).toString();
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } } },
      initializationOptions: { settings: this.settings },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** A round trip: every notification sent before it has been handled. */
  async sync(): Promise<void> {
    await this.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: 'file:///bench-sync.tf' } });
  }

  memory(): string {
    const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return `RSS ${(kb('VmRSS') / 1024).toFixed(0)} MB (peak ${(kb('VmHWM') / 1024).toFixed(0)} MB)`;
  }

  /** CPU time the server process has used (user + system), in ms: less skewed by other load than wall time. */
  cpuMs(): number {
    const fields = fs.readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are the 14th and 15th fields of the line, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await new Promise((resolve) => this.child.once('exit', resolve));
    this.connection.dispose();
  }
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const percentile = (values: number[], p: number) => sorted(values)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? NaN;

/** (a) Time to check a workspace of `count` files, and code action latency meanwhile. */
async function workspace(count: number): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-scale-'));
  const uris: string[] = [];
  for (let i = 0; i < count; i++) {
    const dir = path.join(root, `m${String(Math.floor(i / FILES_PER_FOLDER)).padStart(3, '0')}`);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `f${String(i % FILES_PER_FOLDER).padStart(2, '0')}.tf`);
    // Three mappings and what they refer to per file; names differ per file so a folder is one module.
    fs.writeFileSync(file, generateModule(3, i + 1).replace(/resource "(\w+)" "(\w+)"/g, `resource "$1" "$2_${i}"`));
    uris.push(pathToFileURL(file).toString());
  }
  const bytes = uris.reduce((n, u) => n + fs.statSync(new URL(u)).size, 0);
  const server = new Server({ debounceMs: 0, workspaceDiagnostics: true, rules: {} });
  try {
    const pending = new Set(uris);
    const start = performance.now();
    let openFirst = NaN;
    const open = uris[uris.length - 1]!;
    const indexed = new Promise<number>((resolve) => {
      server.onPublish((uri) => {
        if (uri === open && Number.isNaN(openFirst)) openFirst = performance.now() - start;
        if (pending.delete(uri) && pending.size === 0) resolve(performance.now() - start);
      });
    });
    await server.initialize(root);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: open, languageId: 'terraform', version: 1, text: fs.readFileSync(new URL(open), 'utf8') } });
    const latencies: number[] = [];
    let done = false;
    const requests: Promise<void>[] = [];
    // Sent every 50 ms until every file is published; each counts, however late its answer comes.
    const timer = setInterval(() => {
      if (done) return;
      const sent = performance.now();
      requests.push(
        server.connection
          .sendRequest('textDocument/codeAction', { textDocument: { uri: open }, range: { start: { line: 0, character: 0 }, end: { line: 9999, character: 0 } }, context: { diagnostics: [] } })
          .then(() => {
            latencies.push(performance.now() - sent);
          }),
      );
    }, TICK_MS);
    const indexMs = await indexed;
    const cpuMs = server.cpuMs();
    done = true;
    clearInterval(timer);
    await Promise.all(requests);
    console.log(`(a) workspace of ${count} files in ${Math.ceil(count / FILES_PER_FOLDER)} folders (${(bytes / 1e6).toFixed(1)} MB)`);
    console.log(`    every file published after ${indexMs.toFixed(0)} ms from initialize (server CPU time ${cpuMs} ms, including start-up); the open file (last in order) first published after ${openFirst.toFixed(0)} ms`);
    console.log(`    code actions sent during indexing: ${latencies.length}; latency max ${Math.max(...latencies).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p50 ${percentile(latencies, 50).toFixed(1)} ms`);
    console.log(`    server ${server.memory()} after indexing`);
  } finally {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** (b) RSS after many opens and closes, changes to unknown files, and edits. */
async function memory(openClose: number, edits: number): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-memory-'));
  const server = new Server({ debounceMs: 0, workspaceDiagnostics: false, rules: {} });
  const batch = 200;
  try {
    await server.initialize(root);
    await server.sync();
    console.log(`(b) server ${server.memory()} at start`);
    for (let i = 0; i < openClose; i++) {
      const uri = `file:///virtual/bench/${i}/main.tf`;
      void server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'terraform', version: 1, text: SQS } });
      void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      if (i % batch === batch - 1) await server.sync();
    }
    await server.sync();
    console.log(`    after ${openClose} opens and closes of distinct files: ${server.memory()}`);
    for (let i = 0; i < openClose; i++) {
      const uri = `file:///virtual/unknown/${i}/main.tf`;
      void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '#' }] });
      if (i % batch === batch - 1) await server.sync();
    }
    await server.sync();
    console.log(`    after ${openClose} changes to files that are not open: ${server.memory()}`);
    const uri = 'file:///virtual/bench-edits/main.tf';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'terraform', version: 1, text: SQS } });
    const started = performance.now();
    for (let i = 0; i < edits; i++) {
      // Replace the batch size's digit, alternating between two values.
      const range = { start: { line: 3, character: 22 }, end: { line: 3, character: 23 } };
      void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ range, text: i % 2 === 0 ? '7' : '5' }] });
      if (i % batch === batch - 1) await server.sync();
    }
    await server.sync();
    console.log(`    after ${edits} edits of one open file (${((performance.now() - started) / 1000).toFixed(1)} s): ${server.memory()}`);
  } finally {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run compile\` first.`);
  console.log(`Lambda ESM Lens: server scale benchmark; node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const skip = (name: string) => process.argv.includes(`--no-${name}`);
  if (!skip('workspace')) await workspace(option('--files', 2000));
  if (!skip('memory')) await memory(option('--open-close', 10_000), option('--edits', 100_000));
}

main().catch((error: unknown) => {
  process.stderr.write(`serverScale: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
