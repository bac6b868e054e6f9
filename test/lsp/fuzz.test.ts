// Fuzzes the bundled language server (dist/server.js) over stdio, as an editor drives it: realistic
// Terraform files are opened, then changed by full-document replacements (truncations, insertions of
// tricky characters, deletions, shuffled lines, pasted fragments) and incremental edits (random ranges,
// some past the end of a line or of the document, several changes per notification). After every step:
//
// - exactly one publishDiagnostics arrives for the document, within a timeout (a hang fails);
// - the server is alive and logged no error (handlers catch exceptions and log them: a hidden crash);
// - every diagnostic lies within the document (line < line count, character ≤ that line's length in
//   UTF-16, start ≤ end), and has a code and a message;
// - the diagnostics equal those of a fresh document opened with the same text, in a folder of its own
//   (incremental parsing and the per-block caches give what a full parse gives).
//
// The document text the editor holds is mirrored with vscode-languageserver-textdocument's offsetAt, the
// reference implementation of LSP positions (lines end at \n, \r\n or \r; a character past the end of a
// line means the end of that line). Its incremental `TextDocument.update` is not used: in 1.0.16 it
// miscounts lines after a change whose range starts past the last line. Fixed seed, bounded time; on
// failure the shrunk input is printed.

import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { Parser } from 'web-tree-sitter';
import { filesUnder } from '../support/filesUnder';
import { applyChange, editGenerators, lineLengths, resolveEdit, resolveTweak, type EditSpec, type Mutation, type TweakSpec } from '../support/fuzzEdits';
import { DIST, FIXTURES, REPO } from '../support/paths';
import { createTestParser } from '../support/wasm';

/** LSP_FUZZ_SERVER runs another build (e.g. a patched copy) against the same inputs. */
const SERVER = process.env['LSP_FUZZ_SERVER'] ?? path.join(DIST, 'server.js');
const SETTINGS = { debounceMs: 0, workspaceDiagnostics: false, rules: {} };
const SEED = Number(process.env['LSP_FUZZ_SEED'] ?? 424242);
const RUNS = Number(process.env['LSP_FUZZ_RUNS'] ?? 200);
/** A step whose diagnostics take longer than this is a hang. */
const STEP_TIMEOUT_MS = 5_000;
/** fast-check stops starting new runs (or shrinking) after this; the test then reports what it has. */
const TIME_BUDGET_MS = Number(process.env['LSP_FUZZ_BUDGET_MS'] ?? 45_000);
/**
 * Inputs that once broke the server (a lone \r, positions past the end of a line, broken text edited
 * incrementally) are part of the runs and compared strictly. LSP_FUZZ_RELAXED=1 leaves them out, to tell
 * a new bug from a regression of those (each also has its own test below).
 */
const STRICT = process.env['LSP_FUZZ_RELAXED'] !== '1';

const CORPUS: readonly { readonly name: string; readonly text: string }[] = [
  ...filesUnder(path.join(FIXTURES, 'extract'), '.tf'),
  ...filesUnder(path.join(REPO, 'examples', 'terraform'), '.tf'),
  ...filesUnder(path.join(FIXTURES, 'rules'), '.tf'),
].map((file) => ({ name: path.relative(REPO, file).split(path.sep).join('/'), text: fs.readFileSync(file, 'utf8') }));

// ---- The server, driven over stdio ---------------------------------------------------------------

interface LogEntry {
  readonly type: number;
  readonly message: string;
}

class ServerUnderTest {
  private readonly queues = new Map<string, Diagnostic[][]>();
  private readonly waiters = new Map<string, () => void>();
  readonly logs: LogEntry[] = [];
  private stderr = '';
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private configured!: () => void;
  readonly configurationPulled = new Promise<void>((resolve) => (this.configured = resolve));

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
  ) {
    child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000);
    });
    child.on('exit', (code, signal) => {
      this.exit = { code, signal };
      for (const wake of this.waiters.values()) wake();
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const queue = this.queues.get(params.uri) ?? [];
      queue.push(params.diagnostics);
      this.queues.set(params.uri, queue);
      this.waiters.get(params.uri)?.();
    });
    connection.onNotification('window/logMessage', (params: LogEntry) => {
      this.logs.push(params);
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
      this.configured();
      return params.items.map(() => SETTINGS);
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onError(() => undefined);
    connection.listen();
  }

  static async start(): Promise<ServerUnderTest> {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`node esbuild.mjs\` first (the fuzz test drives the bundled server).`);
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const server = new ServerUnderTest(child, connection);
    await server.within(
      connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
        initializationOptions: { settings: SETTINGS },
      }),
      10_000,
      'the initialize response',
    );
    await connection.sendNotification('initialized', {});
    await server.within(server.configurationPulled, 10_000, 'the server to pull its configuration');
    await server.barrier();
    return server;
  }

  get alive(): boolean {
    return this.exit === undefined;
  }

  describeExit(): string {
    return `server exited (code ${this.exit?.code}, signal ${this.exit?.signal}); stderr:\n${this.stderr}`;
  }

  async within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new HangError(`no answer within ${ms} ms waiting for ${what}`)), ms);
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A request the server does not know: its error reply comes after everything sent before it. */
  async barrier(): Promise<void> {
    await this.within(
      this.connection.sendRequest('lambdaEsmFuzz/barrier').then(
        () => undefined,
        () => undefined,
      ),
      STEP_TIMEOUT_MS,
      'a round trip',
    );
  }

  /** The one publication the last notification caused for the uri (waits for it, then checks there is no second one). */
  async published(uri: string): Promise<Diagnostic[]> {
    const queue = () => this.queues.get(uri) ?? [];
    if (queue().length === 0) {
      await this.within(
        new Promise<void>((resolve) => {
          this.waiters.set(uri, resolve);
          if (queue().length > 0 || !this.alive) resolve();
        }),
        STEP_TIMEOUT_MS,
        `diagnostics for ${uri}`,
      ).finally(() => this.waiters.delete(uri));
    }
    if (!this.alive) throw new Error(this.describeExit());
    await this.barrier();
    const published = queue();
    this.queues.delete(uri);
    assert.equal(published.length, 1, `one publishDiagnostics per notification for ${uri}, got ${published.length}`);
    const others = [...this.queues.keys()];
    assert.deepEqual(others, [], 'no diagnostics for other documents');
    return published[0]!;
  }

  async open(uri: string, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'terraform', version: 1, text } });
  }

  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Forgets every publication not read yet (after a failed check left some). */
  async drain(): Promise<void> {
    await this.barrier();
    this.queues.clear();
  }

  errorLogs(): LogEntry[] {
    return this.logs.filter((l) => l.type === 1);
  }

  async stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const exited = new Promise<void>((resolve) => (this.alive ? this.child.once('exit', () => resolve()) : resolve()));
    await this.within(this.connection.sendRequest('shutdown'), STEP_TIMEOUT_MS, 'the shutdown response');
    await this.connection.sendNotification('exit');
    await this.within(exited, STEP_TIMEOUT_MS, 'the server process to exit');
    this.connection.dispose();
    return this.exit!;
  }
}

class HangError extends Error {}

// ---- Inputs ----------------------------------------------------------------------------------------

const { mutation, editSpec, tweakSpec, applyMutation } = editGenerators({ strict: STRICT, corpus: CORPUS });

type Step =
  | { readonly kind: 'full'; readonly fromBase: boolean; readonly mutations: readonly Mutation[] }
  | { readonly kind: 'edit'; readonly changes: readonly EditSpec[] }
  | { readonly kind: 'tweak'; readonly tweaks: readonly TweakSpec[] };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('full' as const), fromBase: fc.boolean(), mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('edit' as const), changes: fc.array(editSpec, { minLength: 1, maxLength: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('tweak' as const), tweaks: fc.array(tweakSpec, { minLength: 1, maxLength: 3 }) }) },
);

/** `crlf`: the file as a Windows editor would hold it. */
const scenario = fc.record({ file: fc.nat(CORPUS.length - 1), crlf: fc.boolean(), steps: fc.array(step, { minLength: 1, maxLength: 8 }) });

// ---- Checks ----------------------------------------------------------------------------------------

interface Stats {
  runs: number;
  steps: number;
  fullChanges: number;
  incrementalChanges: number;
  tweaks: number;
  pastEndPositions: number;
  diagnostics: number;
  syntaxDiagnostics: number;
  emptyPublications: number;
  /** Positions between the two halves of a surrogate pair (legal in LSP, odd for a diagnostic). */
  rangesSplittingSurrogatePairs: number;
  rangesEndingBetweenCrLf: number;
  comparisons: number;
  /** Comparisons of texts without syntax errors: always strict. */
  comparisonsOfValidText: number;
  /** Comparisons skipped in relaxed mode: the run went through a text whose tree-sitter root is ERROR. */
  skippedAfterRootError: number;
  /** Broken texts whose diagnostics depend on the edit history (allowed in relaxed mode only). */
  historyDependentOnBrokenText: number;
  maxLength: number;
}

const stats: Stats = {
  runs: 0,
  steps: 0,
  fullChanges: 0,
  incrementalChanges: 0,
  tweaks: 0,
  pastEndPositions: 0,
  diagnostics: 0,
  syntaxDiagnostics: 0,
  emptyPublications: 0,
  rangesSplittingSurrogatePairs: 0,
  rangesEndingBetweenCrLf: 0,
  comparisons: 0,
  comparisonsOfValidText: 0,
  skippedAfterRootError: 0,
  historyDependentOnBrokenText: 0,
  maxLength: 0,
};

function checkDiagnostics(diagnostics: Diagnostic[], text: string, where: string): void {
  assert.ok(Array.isArray(diagnostics), `${where}: diagnostics is an array`);
  const lengths = lineLengths(text);
  const lineStarts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) lineStarts.push(m.index + m[0].length);
  stats.diagnostics += diagnostics.length;
  if (diagnostics.length === 0) stats.emptyPublications++;
  for (const d of diagnostics) {
    const show = `${where}: ${JSON.stringify(d.range)} ${String(d.code)} ${JSON.stringify(d.message)}`;
    assert.ok((typeof d.code === 'string' && d.code.length > 0) || typeof d.code === 'number', `${show}: has a code`);
    assert.ok(typeof d.message === 'string' && d.message.length > 0, `${show}: has a message`);
    if (d.code === 'hcl-syntax') stats.syntaxDiagnostics++;
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lengths.length, `${show}: line within the ${lengths.length} lines of the document`);
      const offset = lineStarts[p.line]! + p.character;
      // In relaxed mode a range may end between \r and \n (the server once did).
      const betweenCrLf = !STRICT && p.character === lengths[p.line]! + 1 && text[offset - 1] === '\r' && text[offset] === '\n';
      if (betweenCrLf) stats.rangesEndingBetweenCrLf++;
      else assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= lengths[p.line]!, `${show}: character within line ${p.line} (length ${lengths[p.line]})`);
      const before = text.charCodeAt(offset - 1);
      const after = text.charCodeAt(offset);
      if (p.character > 0 && before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) stats.rangesSplittingSurrogatePairs++;
    }
    const { start, end } = d.range;
    assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${show}: start before end`);
  }
}

function normalized(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => JSON.stringify({ range: d.range, severity: d.severity, code: d.code, message: d.message })).sort();
}

const hasSyntaxError = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.code === 'hcl-syntax');

/**
 * Diagnostics after incremental edits against those of a full parse of the same text: equal. (With
 * LSP_FUZZ_RELAXED=1, texts with syntax errors need only show a syntax error on both sides: tree-sitter's
 * incremental recovery from errors depends on the edit history, which the server corrects for by parsing
 * broken files afresh.)
 */
function compareWithFullParse(incremental: Diagnostic[], full: Diagnostic[], where: string): void {
  stats.comparisons++;
  if (!hasSyntaxError(full)) stats.comparisonsOfValidText++;
  const same = JSON.stringify(normalized(incremental)) === JSON.stringify(normalized(full));
  if (same) return;
  if (!STRICT && hasSyntaxError(full)) {
    stats.historyDependentOnBrokenText++;
    assert.ok(hasSyntaxError(incremental), `${where}: the full parse shows a syntax error, the incrementally edited document none`);
    return;
  }
  assert.deepEqual(normalized(incremental), normalized(full), `${where}: diagnostics after the edits equal those of a full parse of the same text`);
}

// ---- The test --------------------------------------------------------------------------------------

type Scenario = { readonly file: number; readonly crlf: boolean; readonly steps: readonly Step[] };

let runId = 0;

/** True when tree-sitter's root node for the text is ERROR (not config_file). */
function rootIsError(parser: Parser, text: string): boolean {
  const tree = parser.parse(text);
  const error = tree?.rootNode.type === 'ERROR';
  tree?.delete();
  return error;
}

/** Plays one scenario against the server, checking after every step. */
async function runScenario(s: ServerUnderTest, parser: Parser, { file, crlf, steps }: Scenario): Promise<void> {
  const id = ++runId;
  const uri = `file:///fuzz/run-${id}/main.tf`;
  const base = crlf ? CORPUS[file]!.text.replace(/\n/g, '\r\n') : CORPUS[file]!.text;
  let version = 1;
  /** The text as the editor holds it. */
  let mirror = base;
  const errorsBefore = s.errorLogs().length;
  stats.runs++;
  await s.open(uri, base);
  let diagnostics = await s.published(uri);
  checkDiagnostics(diagnostics, mirror, `open ${CORPUS[file]!.name}`);
  // In relaxed mode: once the text was one whose tree-sitter root is ERROR, the server once reported no syntax error
  // for it and its model is wrong; later incremental results build on it, so they are not compared.
  let sawRootError = !STRICT && rootIsError(parser, mirror);
  for (const [index, st] of steps.entries()) {
    stats.steps++;
    version++;
    let changes: TextDocumentContentChangeEvent[];
    if (st.kind === 'full') {
      stats.fullChanges++;
      mirror = st.mutations.reduce(applyMutation, st.fromBase ? base : mirror);
      changes = [{ text: mirror }];
    } else if (st.kind === 'tweak') {
      changes = [];
      for (const spec of st.tweaks) {
        const change = resolveTweak(mirror, spec);
        if (!change) continue;
        stats.tweaks++;
        changes.push(change);
        mirror = applyChange(mirror, change);
      }
    } else {
      changes = [];
      // Changes in one notification apply in order, each to the result of the previous one.
      for (const spec of st.changes) {
        stats.incrementalChanges++;
        if (spec.pastEnd > 0 || spec.endPastEnd > 0 || spec.beyondLastLine) stats.pastEndPositions++;
        const change = resolveEdit(mirror, spec);
        changes.push(change);
        mirror = applyChange(mirror, change);
      }
    }
    stats.maxLength = Math.max(stats.maxLength, mirror.length);
    await s.change(uri, version, changes);
    diagnostics = await s.published(uri);
    checkDiagnostics(diagnostics, mirror, `step ${index + 1} (${st.kind})`);
    assert.deepEqual(s.errorLogs().slice(errorsBefore), [], `step ${index + 1}: the server logged an error (an exception caught in a handler)`);
    // The same text opened afresh (in a folder of its own, so a module of its own) must give the same
    // diagnostics.
    const fresh = `file:///fuzz/run-${id}-step-${index + 1}/main.tf`;
    await s.open(fresh, mirror);
    const full = await s.published(fresh);
    checkDiagnostics(full, mirror, `step ${index + 1}, fresh open of the same text`);
    sawRootError ||= !STRICT && rootIsError(parser, mirror);
    if (sawRootError) stats.skippedAfterRootError++;
    else compareWithFullParse(diagnostics, full, `step ${index + 1}`);
    await s.close(fresh);
    await s.published(fresh);
  }
  await s.close(uri);
  await s.published(uri);
}

/** A scenario as printed by a failure (`file` by name), for LSP_FUZZ_REPLAY. */
function readScenario(file: string): Scenario {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Omit<Scenario, 'file'> & { file: string };
  const index = CORPUS.findIndex((c) => c.name === raw.file);
  assert.ok(index >= 0, `no corpus file ${raw.file}`);
  return { ...raw, file: index };
}

describe('language server under fuzzed edits', () => {
  let server: ServerUnderTest | undefined;
  let parser: Parser | undefined;
  /** Set when the server died or hung: later runs (and shrinking) would only see the aftermath. */
  let broken: string | undefined;

  before(async () => {
    parser = await createTestParser();
    server = await ServerUnderTest.start();
  });

  after(() => {
    if (server?.alive) server.child.kill();
    parser?.delete();
  });

  const replay = process.env['LSP_FUZZ_REPLAY'];
  if (replay) {
    it(`replays ${replay} on a fresh server`, async () => {
      await runScenario(server!, parser!, readScenario(replay));
    });
  } else {
    it(`keeps diagnostics within the document, incremental == full (${RUNS} runs, seed ${SEED})`, { timeout: 90_000 }, async () => {
      const s = server!;
      const property = fc.asyncProperty(scenario, async (input) => {
        if (broken) return; // Only the first failure is meaningful once the process is gone or stuck.
        try {
          await runScenario(s, parser!, input);
        } catch (error) {
          if (error instanceof HangError || !s.alive) broken = error instanceof Error ? error.message : String(error);
          throw error;
        }
      });
      const result = await fc.check(property, { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: TIME_BUDGET_MS, markInterruptAsFailure: false });
      console.log(`lsp fuzz: ${JSON.stringify({ ...stats, fcRuns: result.numRuns, interrupted: result.interrupted, serverErrorLogs: s.errorLogs().length })}`);
      if (result.failed) {
        const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
        const input = result.counterexample?.[0];
        const printed = JSON.stringify(input && { ...input, file: CORPUS[input.file]?.name });
        if (process.env['LSP_FUZZ_DUMP']) fs.writeFileSync(process.env['LSP_FUZZ_DUMP'], printed);
        assert.fail(
          `${broken ? `server broken: ${broken}\n` : ''}${error}\n` +
            `input (seed ${result.seed}, path ${result.counterexamplePath}; LSP_FUZZ_DUMP=<file> saves it, LSP_FUZZ_REPLAY=<file> replays it):\n${printed}`,
        );
      }
      assert.ok(s.alive, s.describeExit());
      assert.ok(result.numRuns >= Math.min(RUNS, 50), `only ${result.numRuns} runs within the time budget`);
      assert.ok(stats.incrementalChanges > stats.runs && stats.fullChanges > 0 && stats.tweaks > stats.runs, 'the runs exercised every kind of change');
      assert.ok(stats.comparisonsOfValidText >= Math.min(RUNS, 50), `only ${stats.comparisonsOfValidText} strict comparisons of valid text`);
      assert.deepEqual(s.errorLogs(), [], 'the server logged no error');
    });
  }

  // Minimal inputs of server bugs the fuzzer found, kept as regression tests.
  describe('fixed server bugs', () => {
    let known = 0;
    const text = { mapping: 'resource "aws_lambda_event_source_mapping" "m" {\n  function_name = "f"\n}\n' };

    async function open(contents: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
      const uri = `file:///fuzz/known-${++known}/main.tf`;
      await server!.open(uri, contents);
      return { uri, diagnostics: await server!.published(uri) };
    }

    async function change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<Diagnostic[]> {
      await server!.change(uri, version, changes);
      return server!.published(uri);
    }

    /** Diagnostics after the changes against a full parse of the text the editor holds after them. */
    async function expectSameAsFullParse(base: string, steps: TextDocumentContentChangeEvent[][]): Promise<void> {
      const { uri } = await open(base);
      let mirror = base;
      let diagnostics: Diagnostic[] = [];
      for (const [i, changes] of steps.entries()) {
        diagnostics = await change(uri, i + 2, changes);
        for (const c of changes) mirror = applyChange(mirror, c);
      }
      const full = await open(mirror);
      assert.deepEqual(normalized(diagnostics), normalized(full.diagnostics));
    }

    const at = (line: number, character: number) => ({ line, character });

    afterEach(async () => {
      if (server?.alive) await server.drain();
    });

    it('a character past the end of a line means the end of that line', async () => {
      // Clearing the comment line with an end past its end must keep the line break.
      await expectSameAsFullParse(`# comment\n${text.mapping}`, [[{ range: { start: at(0, 0), end: at(0, 20) }, text: '' }]]);
    });

    it('a lone \\r is a line break', async () => {
      // Classic Mac line endings: the syntax error is on line 2 for the editor, on line 0 for the server.
      const contents = 'resource "aws_lambda_event_source_mapping" "m" {\r  function_name = "f"\r  batch_size = 1 2\r}\r';
      const { diagnostics } = await open(contents);
      assert.ok(diagnostics.length > 0);
      checkDiagnostics(diagnostics, contents, 'lone \\r');
    });

    it('in a CRLF file a range ends before the \\r', async () => {
      const contents = 'resource "x" "y" {\r\n  a = 1 2\r\n}\r\n';
      const { diagnostics } = await open(contents);
      assert.equal(diagnostics.length, 1);
      const lengths = lineLengths(contents);
      assert.ok(diagnostics[0]!.range.end.character <= lengths[diagnostics[0]!.range.end.line]!, `${JSON.stringify(diagnostics[0]!.range)} on a line of ${lengths[1]} characters`);
    });

    it('an unclosed bracket at the end of the file is a syntax error', async () => {
      const before = await open('resource "aws_lambda_event_source_mapping" "m" {\n  function_name = "f"\n');
      assert.ok(before.diagnostics.length > 0, 'an unclosed block is reported');
      const { diagnostics } = await open('resource "aws_lambda_event_source_mapping" "m" {\n  function_name = "f"\n  queues = [');
      assert.ok(hasSyntaxError(diagnostics), `got ${JSON.stringify(diagnostics)}`);
    });

    it('after a root ERROR, a keystroke inside a block gives what a full parse gives', async () => {
      const base = 'F\ne"_source_mapping" "m" {\nlocals {\n  filter { pattern = "{}" }\n  filter { pattern = "{}" }\n[';
      await expectSameAsFullParse(base, [[{ range: { start: at(0, 0), end: at(0, 0) }, text: '' }], [{ range: { start: at(3, 10), end: at(3, 10) }, text: '  filter { pattern = "{}" }\n' }]]);
    });

    it('a block the edit did not touch keeps the syntax error a full parse gives', async () => {
      const base = 'e""=6r {r= < E"\ufeff\n}\n';
      await expectSameAsFullParse(base, [[{ range: { start: at(0, 0), end: at(0, 0) }, text: '' }], [{ range: { start: at(0, 0), end: at(0, 0) }, text: 'jsonencode(' }]]);
    });

    it('broken text gives the same diagnostics whatever the edit history', async () => {
      await expectSameAsFullParse('  batch_size = }\n#  ) ', [[{ range: { start: at(1, 0), end: at(1, 0) }, text: '10\n' }]]);
    });
  });

  it('shuts down and exits cleanly', async () => {
    const s = server!;
    assert.ok(s.alive, s.describeExit());
    const exit = await s.stop();
    assert.deepEqual(exit, { code: 0, signal: null });
  });
});
