// The bundled language server (`node dist/server.js --stdio`) as the benchmarks drive it: spawned with the
// flags the VS Code client uses, spoken to over JSON-RPC, every wait bounded by a timeout, a crash failing
// the wait at once with the server's stderr. Shared by lspLatency.ts and editPlaces.ts.

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER_NODE_FLAGS } from '../protocol/serverProcess';

/** out/bench/*.js → the repository root. */
export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
/** Every change checked at once, only the open file analysed. */
export const LATENCY_SETTINGS = { debounceMs: 0, workspaceDiagnostics: false, rules: {} };

export const TIMEOUT = {
  initialize: 20_000,
  firstDiagnostics: 30_000,
  fullChange: 30_000,
  edit: 10_000,
  shutdown: 5_000,
  exit: 5_000,
  /** The whole run: if something hangs anyway, kill the servers and fail. */
  watchdog: 15 * 60_000,
};

interface PublishWaiter {
  readonly uri: string;
  readonly resolve: (published: Published) => void;
  readonly reject: (error: Error) => void;
}

export interface Published {
  /** `process.hrtime.bigint()` when the notification was handled. */
  readonly at: bigint;
  readonly diagnostics: number;
}

/** Every server still running, so a watchdog or a failure can kill them. */
export const live = new Set<ChildProcess>();

export class ServerProcess {
  private readonly waiters: PublishWaiter[] = [];
  private readonly stderr: string[] = [];
  private readonly exited: Promise<number | null>;
  /** Rejects when the process ends: raced with every request so a crash fails at once, with its stderr. */
  private readonly died: Promise<never>;
  private exitCode: number | null | undefined;
  private version = 0;

  private constructor(
    readonly child: ChildProcess,
    private readonly connection: MessageConnection,
    private readonly settings: object,
    private readonly rootPath: string,
  ) {
    live.add(child);
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        live.delete(child);
        this.exitCode = code;
        const error = new Error(`the server exited (code ${code}, signal ${signal}) while a reply was awaited; stderr: ${this.stderr.join('').slice(-2000)}`);
        for (const waiter of this.waiters.splice(0)) waiter.reject(error);
        resolve(code);
      });
    });
    this.died = this.exited.then((code) => {
      throw new Error(`the server exited (code ${code}); stderr: ${this.stderr.join('').slice(-2000) || '(empty)'}`);
    });
    this.died.catch(() => undefined);
    child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr.push(chunk.toString());
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: unknown[] }) => {
      const at = process.hrtime.bigint();
      const i = this.waiters.findIndex((w) => w.uri === params.uri);
      if (i >= 0) this.waiters.splice(i, 1)[0]!.resolve({ at, diagnostics: params.diagnostics.length });
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      if (params.type === 1) process.stderr.write(`server error: ${params.message}\n`);
    });
    connection.onError(([error]) => process.stderr.write(`connection error: ${error.message}\n`));
    connection.listen();
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** `settings` go in `initializationOptions` and answer every `workspace/configuration`; `rootPath` is the workspace folder. */
  static spawn(profileDir: string | undefined, settings: object = LATENCY_SETTINGS, rootPath: string = os.tmpdir()): ServerProcess {
    const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    // The flags the VS Code client starts the server with, so memory is measured as users get it.
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...flags, SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    return new ServerProcess(child, connection, settings, rootPath);
  }

  async initialize(): Promise<void> {
    const rootUri = pathToFileURL(this.rootPath).toString();
    await withTimeout(
      this.orDeath(this.connection.sendRequest('initialize', {
        processId: process.pid,
        clientInfo: { name: 'lambda-esm-bench' },
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'bench' }],
        capabilities: {
          workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
          textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true } },
        },
        initializationOptions: { settings: this.settings },
      })),
      TIMEOUT.initialize,
      'initialize',
    );
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves at the next `publishDiagnostics` for `uri`. Call it before sending what triggers it. */
  nextPublish(uri: string, timeoutMs: number, what: string): Promise<Published> {
    if (this.exitCode !== undefined) return Promise.reject(new Error(`the server has exited (code ${this.exitCode})`));
    let waiter: PublishWaiter | undefined;
    const published = new Promise<Published>((resolve, reject) => {
      waiter = { uri, resolve, reject };
      this.waiters.push(waiter);
    });
    const result = withTimeout(published, timeoutMs, what).finally(() => {
      const i = this.waiters.indexOf(waiter!);
      if (i >= 0) this.waiters.splice(i, 1);
    });
    // Handled here too, so a failure before the caller awaits it is not an unhandled rejection.
    result.catch(() => undefined);
    return result;
  }

  async open(uri: string, text: string): Promise<void> {
    this.version = 1;
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'terraform', version: this.version, text } });
  }

  async change(uri: string, contentChanges: readonly unknown[]): Promise<void> {
    this.version++;
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: this.version }, contentChanges });
  }

  private orDeath<T>(promise: Promise<T>): Promise<T> {
    return Promise.race([promise, this.died]);
  }

  /** A request no server handles: the reply is an immediate MethodNotFound error. */
  async ping(): Promise<void> {
    await withTimeout(
      this.orDeath(
        this.connection.sendRequest('lambdaEsmBench/ping').then(
          () => undefined,
          () => undefined,
        ),
      ),
      TIMEOUT.edit,
      'the ping reply',
    );
  }

  /** Resident and peak resident memory in MB, from /proc (Linux only). */
  memory(): { rssMb: number; peakMb: number } | undefined {
    try {
      const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
    } catch {
      return undefined;
    }
  }

  /** shutdown request, exit notification, and a wait for the process to end (killed if it does not). */
  async stop(): Promise<void> {
    try {
      if (this.exitCode === undefined) {
        await withTimeout(this.orDeath(this.connection.sendRequest('shutdown')), TIMEOUT.shutdown, 'shutdown');
        await this.connection.sendNotification('exit');
      }
    } catch (error) {
      process.stderr.write(`warning: ${(error as Error).message}\n`);
    }
    try {
      await withTimeout(this.exited, TIMEOUT.exit, 'server exit');
    } catch {
      process.stderr.write(`warning: server ${this.pid} did not exit after \`exit\`; killing it\n`);
      this.child.kill('SIGKILL');
      await withTimeout(this.exited, TIMEOUT.exit, 'server kill').catch(() => undefined);
    }
    this.connection.dispose();
    this.child.stdin?.destroy();
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------------------------
// Time and statistics.

export const ms = (from: bigint, to: bigint): number => Number(to - from) / 1e6;

export function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

export function median(values: readonly number[]): number {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const s = sorted(values);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export function fmt(value: number, digits = 1): string {
  return value.toFixed(digits);
}

export function verdict(value: number, target: number): string {
  return value <= target ? 'ok' : 'MISS';
}

export function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
}

/** Other work on the machine skews the numbers; the load average says whether there was any. */
export function loadAverage(): string {
  return os.loadavg().map((l) => l.toFixed(2)).join(' ');
}
