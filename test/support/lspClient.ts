// Test support: the bundled server (dist/server.js) spawned over stdio and driven with JSON-RPC, as an
// editor would; `startInProcess` (inProcessServer.ts) drives the server's sources in the test process
// through the same API. Waits are for messages with a timeout, never sleeps.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CompletionList, Diagnostic, DocumentSymbol, Hover, InitializeResult, Position, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { DIST } from './paths';

export interface StartOptions {
  readonly settings?: Record<string, unknown>;
  readonly workspaceFolder?: string;
  /** The client capabilities sent in `initialize` (default: configuration pull with dynamic registration). */
  readonly capabilities?: Record<string, unknown>;
}

/** How the client ends the server once `shutdown` is answered: the exit code it reports. */
export type EndServer = (connection: MessageConnection) => Promise<number | null>;

/** A message from the server other than diagnostics, in the order it came. */
export type ServerEvent =
  | { readonly kind: 'progress'; readonly token: unknown; readonly value: { kind: 'begin' | 'report' | 'end'; percentage?: number; message?: string } }
  | { readonly kind: 'register'; readonly methods: string[] }
  | { readonly kind: 'configuration' }
  | { readonly kind: 'diagnostics'; readonly uri: string; readonly diagnostics: Diagnostic[] }
  | { readonly kind: 'log'; readonly type: number; readonly message: string };

export class LspClient {
  private readonly latest = new Map<string, Diagnostic[]>();
  private readonly waiters: { uri: string; predicate: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  private readonly eventWaiters: { predicate: (e: ServerEvent) => boolean; resolve: (e: ServerEvent) => void }[] = [];
  /** Everything the server sent, in order (diagnostics included). */
  readonly events: ServerEvent[] = [];
  private settings: Record<string, unknown>;
  /** What the server answered to `initialize` (its capabilities). */
  initializeResult: InitializeResult | undefined;
  private versions = new Map<string, number>();
  readonly logs: string[] = [];

  private constructor(
    readonly connection: MessageConnection,
    settings: Record<string, unknown>,
    private readonly end: EndServer,
  ) {
    this.settings = settings;
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.record({ kind: 'diagnostics', uri: params.uri, diagnostics: params.diagnostics });
      this.latest.set(params.uri, params.diagnostics);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.predicate(params.diagnostics)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params.diagnostics);
        }
      }
    });
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      this.record({ kind: 'configuration' });
      return params.items.map(() => this.settings);
    });
    connection.onRequest('client/registerCapability', (params: { registrations: { method: string }[] }) => {
      this.record({ kind: 'register', methods: params.registrations.map((r) => r.method) });
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('$/progress', (p: { token: unknown; value: Extract<ServerEvent, { kind: 'progress' }>['value'] }) => {
      this.record({ kind: 'progress', token: p.token, value: p.value });
    });
    connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      this.logs.push(p.message);
      this.record({ kind: 'log', type: p.type, message: p.message });
    });
  }

  private record(event: ServerEvent): void {
    this.events.push(event);
    for (const waiter of [...this.eventWaiters]) {
      if (waiter.predicate(event)) {
        this.eventWaiters.splice(this.eventWaiters.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    }
  }

  /** The first event, already received or to come, that satisfies the predicate. */
  event<E extends ServerEvent>(predicate: (e: ServerEvent) => e is E, timeoutMs?: number): Promise<E>;
  event(predicate: (e: ServerEvent) => boolean, timeoutMs?: number): Promise<ServerEvent>;
  event(predicate: (e: ServerEvent) => boolean, timeoutMs = 10_000): Promise<ServerEvent> {
    const seen = this.events.find(predicate);
    if (seen) return Promise.resolve(seen);
    return withTimeout(new Promise<ServerEvent>((resolve) => this.eventWaiters.push({ predicate, resolve })), timeoutMs, 'a server event');
  }

  /** Sends a request and waits for its answer. */
  request<R>(method: string, params: unknown, timeoutMs = 10_000): Promise<R> {
    return withTimeout(this.connection.sendRequest<R>(method, params), timeoutMs, method);
  }

  completion(uri: string, position: Position, timeoutMs?: number): Promise<CompletionList | null> {
    return this.request('textDocument/completion', { textDocument: { uri }, position }, timeoutMs);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position });
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[] | null> {
    return this.request('textDocument/documentSymbol', { textDocument: { uri } });
  }

  /** A round trip: every notification sent before it has been handled when it returns. */
  async roundTrip(): Promise<void> {
    await this.request('textDocument/codeLens', { textDocument: { uri: 'file:///lambda-esm-round-trip.tf' } });
  }

  /** The bundled server in a child process over stdio. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    const server = path.join(DIST, 'server.js');
    if (!fs.existsSync(server)) throw new Error(`${server} is missing: run \`node esbuild.mjs\` first.`);
    const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    return LspClient.connect(connection, options, process.pid, async (c) => {
      c.sendNotification('exit');
      return withTimeout(exited, 5_000, 'exit');
    });
  }

  /**
   * Initializes a server over `connection` as an editor does. `processId` is the client's (a server
   * watches it and exits when it is gone); `end` ends the server after `shutdown`.
   */
  static async connect(connection: MessageConnection, options: StartOptions, processId: number | null, end: EndServer): Promise<LspClient> {
    const client = new LspClient(connection, { debounceMs: 0, workspaceDiagnostics: false, rules: {}, ...options.settings }, end);
    connection.listen();
    const folder = options.workspaceFolder ? fileUri(options.workspaceFolder) : null;
    client.initializeResult = await withTimeout(
      connection.sendRequest<InitializeResult>('initialize', {
        processId,
        rootUri: folder,
        workspaceFolders: folder ? [{ uri: folder, name: 'workspace' }] : null,
        capabilities: options.capabilities ?? { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
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

  /** Shuts the server down; the exit code (0 when it shut down cleanly). */
  async stop(): Promise<number | null> {
    await withTimeout(this.connection.sendRequest('shutdown'), 5_000, 'shutdown');
    const code = await this.end(this.connection);
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
