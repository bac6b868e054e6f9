// Test support: the bundled server (dist/server.js) spawned over stdio and driven with JSON-RPC, as an
// editor would. Waits are for messages with a timeout, never sleeps.

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { DIST } from './paths';

export interface StartOptions {
  readonly settings?: Record<string, unknown>;
  readonly workspaceFolder?: string;
}

export class LspClient {
  private readonly latest = new Map<string, Diagnostic[]>();
  private readonly waiters: { uri: string; predicate: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  private settings: Record<string, unknown>;
  private versions = new Map<string, number>();
  readonly logs: string[] = [];

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.latest.set(params.uri, params.diagnostics);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.predicate(params.diagnostics)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params.diagnostics);
        }
      }
    });
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => this.settings));
    connection.onRequest('client/registerCapability', () => null);
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const server = path.join(DIST, 'server.js');
    if (!fs.existsSync(server)) throw new Error(`${server} is missing: run \`node esbuild.mjs\` first.`);
    const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, { debounceMs: 0, workspaceDiagnostics: false, rules: {}, ...options.settings });
    connection.listen();
    const folder = options.workspaceFolder ? fileUri(options.workspaceFolder) : null;
    await withTimeout(
      connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: folder,
        workspaceFolders: folder ? [{ uri: folder, name: 'workspace' }] : null,
        capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
      }),
      10_000,
      'initialize',
    );
    connection.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, text: string): void {
    this.versions.set(uri, 1);
    this.latest.delete(uri);
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'terraform', version: 1, text } });
  }

  change(uri: string, changes: unknown[]): void {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): void {
    this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Changes the settings and tells the server, as an editor does when the user edits settings.json. */
  setSettings(settings: Record<string, unknown>): void {
    this.settings = { ...this.settings, ...settings };
    this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { lambdaEsm: this.settings } });
  }

  /** The next diagnostics published for the uri that satisfy the predicate (or the latest, if they do). */
  diagnostics(uri: string, predicate: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 10_000): Promise<Diagnostic[]> {
    return withTimeout(
      new Promise<Diagnostic[]>((resolve) => this.waiters.push({ uri, predicate, resolve })),
      timeoutMs,
      `diagnostics for ${uri}`,
    );
  }

  latestDiagnostics(uri: string): Diagnostic[] | undefined {
    return this.latest.get(uri);
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await withTimeout(this.connection.sendRequest('shutdown'), 5_000, 'shutdown');
    this.connection.sendNotification('exit');
    const code = await withTimeout(exited, 5_000, 'exit');
    this.connection.dispose();
    return code;
  }
}

export function fileUri(file: string): string {
  return 'file://' + path.resolve(file).split(path.sep).map(encodeURIComponent).join('/');
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
