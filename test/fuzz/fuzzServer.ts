// One bundled language server (dist/server.js) driven over stdio for the long fuzz run: it records every
// publication and every error the server logs, answers its configuration pulls with the settings the
// fuzzer holds, and turns a missing answer into a HangError. Started with the node flags the extension uses.

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { SERVER_NODE_FLAGS } from '../../protocol/serverProcess';
import { DIST } from '../support/paths';

export class HangError extends Error {}

export interface Publication {
  readonly uri: string;
  readonly diagnostics: Diagnostic[];
}

export class FuzzServer {
  /** The diagnostics last published per uri. */
  readonly latest = new Map<string, Diagnostic[]>();
  private publications: Publication[] = [];
  private errors: string[] = [];
  private stderr = '';
  private configurationWaiters: (() => void)[] = [];
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private hwmKb = 0;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
    public settings: Record<string, unknown>,
    readonly timeoutMs: number,
    /** Which server this is, in failure messages ("server", "reference server"). */
    readonly role: string,
  ) {
    child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-8000);
    });
    child.on('exit', (code, signal) => {
      this.exit = { code, signal };
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.latest.set(params.uri, params.diagnostics);
      this.publications.push({ uri: params.uri, diagnostics: params.diagnostics });
    });
    connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      if (params.type === 1) this.errors.push(params.message);
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
      const answer = params.items.map(() => this.settings);
      for (const wake of this.configurationWaiters.splice(0)) setImmediate(wake);
      return answer;
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('workspace/codeLens/refresh', () => null);
    connection.onError(() => undefined);
    connection.onClose(() => undefined);
    connection.listen();
  }

  static async start(settings: Record<string, unknown>, timeoutMs: number, role = 'server'): Promise<FuzzServer> {
    const server = path.join(DIST, 'server.js');
    if (!fs.existsSync(server)) throw new Error(`${server} is missing: run \`npm run compile\` first (the fuzz run drives the bundled server).`);
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const s = new FuzzServer(child, connection, settings, timeoutMs, role);
    const configured = s.nextConfigurationPull();
    await s.within(
      connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
        initializationOptions: { settings },
      }),
      'the initialize response',
    );
    await connection.sendNotification('initialized', {});
    await s.within(configured, 'the server to pull its configuration');
    await s.barrier();
    return s;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get alive(): boolean {
    return this.exit === undefined;
  }

  describeExit(): string {
    return `${this.role} exited (code ${this.exit?.code}, signal ${this.exit?.signal}); stderr:\n${this.stderr}`;
  }

  async within<T>(promise: Promise<T>, what: string, ms = this.timeoutMs): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    let poll: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new HangError(`${this.role}: no answer within ${ms} ms waiting for ${what}`)), ms);
      // A dead server never answers: fail at once rather than at the timeout.
      poll = setInterval(() => {
        if (!this.alive) reject(new Error(`${this.describeExit()}\n(while waiting for ${what})`));
      }, 50);
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
      clearInterval(poll);
    }
  }

  /** A request the server does not know: its error reply comes after everything sent before it was handled. */
  async barrier(what = 'a round trip'): Promise<void> {
    await this.within(
      this.connection.sendRequest('lambdaEsmFuzz/barrier').then(
        () => undefined,
        () => undefined,
      ),
      what,
    );
    this.sampleMemory();
  }

  request<T>(method: string, params: unknown, what: string): Promise<T> {
    return this.within(this.connection.sendRequest(method, params) as Promise<T>, what);
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params).catch(() => undefined);
  }

  /** Resolves once the server has pulled its configuration (after a didChangeConfiguration). */
  nextConfigurationPull(): Promise<void> {
    return new Promise((resolve) => this.configurationWaiters.push(resolve));
  }

  /** The publications received since the last call. */
  takePublications(): Publication[] {
    return this.publications.splice(0);
  }

  /** The errors the server logged since the last call (handlers catch exceptions and log them). */
  takeErrors(): string[] {
    return this.errors.splice(0);
  }

  /** Peak resident memory of the process so far, in kB (VmHWM), or 0 where /proc is not available. */
  peakRssKb(): number {
    this.sampleMemory();
    return this.hwmKb;
  }

  /** Current resident memory in kB (VmRSS), or 0. */
  rssKb(): number {
    return readStatus(this.child.pid, 'VmRSS');
  }

  private sampleMemory(): void {
    if (this.alive) this.hwmKb = Math.max(this.hwmKb, readStatus(this.child.pid, 'VmHWM'));
  }

  async stop(): Promise<void> {
    this.sampleMemory();
    if (!this.alive) return;
    const exited = new Promise<void>((resolve) => (this.alive ? this.child.once('exit', () => resolve()) : resolve()));
    await this.request('shutdown', undefined, 'the shutdown response');
    this.notify('exit', undefined);
    await this.within(exited, 'the server process to exit');
    this.connection.dispose();
  }

  kill(): void {
    this.sampleMemory();
    if (this.alive) this.child.kill('SIGKILL');
    this.connection.dispose();
  }
}

function readStatus(pid: number | undefined, field: string): number {
  if (pid === undefined) return 0;
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}
