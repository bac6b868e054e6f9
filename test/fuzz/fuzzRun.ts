// The long fuzz run's loop: one random operation per step (edit, request, open, close, settings change,
// protocol abuse) against the fuzzed server, each followed by its checks; a crash or hang is recorded
// and both servers are started afresh. See lspFuzz.ts for what is checked.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyChange } from '../support/fuzzEdits';
import { compareModule, languageOf, moduleOf, type Doc } from './compareModule';
import { actionProblems, applyTextEdits, changesOf, diagnosticProblems, lensProblems, type Action } from './fuzzChecks';
import { loadCorpus, randomCodeActionParams, randomSettings } from './fuzzInputs';
import { buildReport, FailureLog, newCounters, type FailureContext, type FailureKind, type Report } from './fuzzReport';
import { FuzzServer, HangError } from './fuzzServer';
import { EDIT_WEIGHTS, HostileEdits } from './hostileEdits';
import type { FuzzOptions } from './lspFuzz';
import { Random } from './random';
import { firstDivergence, recordingOf } from './replay';

/** A document past this size is closed: the run is about many edits, not one huge file. */
const MAX_DOCUMENT = 600_000;
const MAX_HISTORY_CHARS = 4_000_000;
/** Failed comparisons whose document history is replayed to find the first edit that diverges. */
const MINIMIZATIONS = 5;

export class FuzzRun {
  private readonly random: Random;
  private readonly corpus = loadCorpus();
  private readonly edits: HostileEdits;
  private readonly counters = newCounters();
  private readonly docs = new Map<string, Doc>();
  private server!: FuzzServer;
  private reference!: FuzzServer;
  private settings: Record<string, unknown> = { debounceMs: 0, workspaceDiagnostics: false, rules: {} };
  private step = 0;
  private folders = 0;
  private editsSinceComparison = 0;
  private minimizations = 0;
  private peakKb = { server: 0, reference: 0, failed: 0 };
  readonly reportFile: string;

  constructor(
    private readonly options: FuzzOptions,
    private readonly failures: FailureLog,
  ) {
    this.random = new Random(options.seed);
    this.edits = new HostileEdits(this.corpus, this.random);
    this.reportFile = path.join(options.out, `report-seed-${options.seed}.json`);
  }

  async run(): Promise<Report> {
    const started = Date.now();
    let lastPrint = started;
    await this.startServers();
    console.log(`[fuzz] seed ${this.options.seed}: ${this.options.edits} edits over ${this.corpus.length} fixtures, fresh comparison every ${this.options.compareEvery} edits`);
    // Ctrl-C (or the time limit) ends the run early, with the report of what was done.
    let stopped: string | undefined;
    process.once('SIGINT', () => (stopped = 'interrupted'));
    const deadline = this.options.minutes ? started + this.options.minutes * 60_000 : Infinity;
    while (this.counters.edits < this.options.edits && !stopped) {
      if (Date.now() > deadline) stopped = `time limit of ${this.options.minutes} minutes`;
      this.step++;
      const t0 = performance.now();
      const op = await this.oneStep();
      const ms = performance.now() - t0;
      if (ms > this.counters.maxStepMs) Object.assign(this.counters, { maxStepMs: ms, maxStepOp: `step ${this.step}, ${op}` });
      if (ms > 1000) this.counters.stepsOver1s++;
      if (Date.now() - lastPrint > 10_000) {
        lastPrint = Date.now();
        const s = (Date.now() - started) / 1000;
        console.log(
          `[fuzz] ${this.counters.edits}/${this.options.edits} edits, step ${this.step}, ${s.toFixed(0)} s (${(this.counters.edits / s).toFixed(0)} edits/s), ` +
            `${this.docs.size} open, server RSS ${(this.server.rssKb() / 1024).toFixed(0)} MB, failures ${this.failures.total}`,
        );
      }
    }
    // Ctrl-C reaches the servers too (one process group): then there is nothing left to close.
    if (stopped !== 'interrupted') for (const doc of [...this.docs.values()]) await this.guard('close at the end', () => this.close(doc));
    this.stopServers();
    const report = buildReport({ seed: this.options.seed, editsAsked: this.options.edits, stopped, seconds: (Date.now() - started) / 1000, counters: this.counters, failures: this.failures, peakKb: this.peakKb });
    fs.mkdirSync(this.options.out, { recursive: true });
    fs.writeFileSync(this.reportFile, JSON.stringify(report, null, 1));
    return report;
  }

  private async oneStep(): Promise<string> {
    const r = this.random;
    const docs = [...this.docs.values()];
    if (docs.length === 0) return this.guard('open', () => this.open());
    const op = r.weighted({
      edit: 80,
      fix: 3,
      request: 10,
      open: docs.length < this.options.maxDocs ? 4 : 0,
      close: 3,
      settings: 0.7,
      protocol: 0.3,
    });
    const doc = r.pick(docs);
    switch (op) {
      case 'edit':
        return this.guard(`edit ${doc.uri}`, () => this.edit(doc));
      case 'fix':
        return this.guard(`fix ${doc.uri}`, () => this.fix(doc));
      case 'request':
        return this.guard(`request ${doc.uri}`, () => this.request(doc));
      case 'open':
        return this.guard('open', () => this.open());
      case 'close':
        return this.guard(`close ${doc.uri}`, () => this.close(doc));
      case 'settings':
        return this.guard('settings', () => this.changeSettings());
      case 'protocol':
        return this.guard(`protocol ${doc.uri}`, () => this.abuseProtocol(doc));
    }
  }

  /** Runs one operation; a crash or hang of either server is recorded, then both start afresh. */
  private async guard(op: string, work: () => Promise<unknown>): Promise<string> {
    try {
      await work();
    } catch (error) {
      const dead = !this.server.alive || !this.reference.alive;
      const kind: FailureKind = error instanceof HangError ? 'hang' : 'crash';
      if (!(error instanceof HangError) && !dead) throw error; // A bug of the harness: stop.
      this.failures.record(kind, error instanceof Error ? error.message : String(error), { ...this.lastContext, step: this.step, op });
      await this.restart();
    }
    return op;
  }

  /** What the last notification was, for a crash or hang report. */
  private lastContext: FailureContext = { step: 0, op: '' };

  private async startServers(): Promise<void> {
    this.server = await FuzzServer.start(this.settings, this.options.stepTimeoutMs);
    this.reference = await FuzzServer.start(this.settings, this.options.stepTimeoutMs, 'reference server');
  }

  /** `failed`: the servers are killed after a crash or hang, whose memory is counted apart. */
  private stopServers(failed = false): void {
    const key = failed ? 'failed' : 'server';
    this.peakKb[key] = Math.max(this.peakKb[key], this.server.peakRssKb());
    this.peakKb.reference = Math.max(this.peakKb.reference, this.reference.peakRssKb());
    this.server.kill();
    this.reference.kill();
  }

  private async restart(): Promise<void> {
    this.counters.restarts++;
    this.stopServers(true);
    this.docs.clear();
    await this.startServers();
  }

  // ---- Operations ------------------------------------------------------------------------------

  private async open(): Promise<void> {
    const r = this.random;
    const file = r.pick(this.corpus);
    const name = path.posix.basename(file.name);
    const folders = [...new Set([...this.docs.values()].map((d) => d.folder))];
    let folder = folders.length > 0 && r.chance(0.6) ? r.pick(folders) : `file:///fuzz/f${++this.folders}/`;
    if (this.docs.has(folder + name)) folder = `file:///fuzz/f${++this.folders}/`;
    const text = r.chance(0.2) ? file.text.replace(/\r?\n/g, '\r\n') : file.text;
    const doc: Doc = { uri: folder + name, folder, name, text, version: 1, openText: text, history: [], historyChars: 0 };
    this.docs.set(doc.uri, doc);
    this.counters.opens++;
    this.lastContext = { step: this.step, op: `open ${file.name}`, uri: doc.uri, textAfter: text };
    this.server.notify('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId: languageOf(name), version: 1, text } });
    const published = await this.settle(`open ${file.name}`, doc.uri);
    if (!published.has(doc.uri) && !this.erred) this.failures.record('missing-diagnostics', `no diagnostics published for ${doc.uri} after it was opened`, this.lastContext);
    if (this.erred || !published.has(doc.uri)) await this.discard(doc);
  }

  private async close(doc: Doc): Promise<void> {
    await this.compare(doc, 'end of life');
    this.docs.delete(doc.uri);
    this.counters.closes++;
    this.lastContext = { step: this.step, op: 'close', uri: doc.uri, textBefore: doc.text };
    this.server.notify('textDocument/didClose', { textDocument: { uri: doc.uri } });
    await this.settle('close', undefined);
    const left = this.server.latest.get(doc.uri) ?? [];
    if (left.length > 0) this.failures.record('stray-diagnostics', `${left.length} diagnostics left on ${doc.uri} after it was closed`, this.lastContext);
    this.server.latest.delete(doc.uri);
  }

  private async edit(doc: Doc): Promise<void> {
    if (doc.text.length > MAX_DOCUMENT) return this.close(doc);
    const kind = this.random.weighted(EDIT_WEIGHTS);
    const edit = this.edits.make(kind, doc.text);
    this.counters.editsByKind[edit.kind] = (this.counters.editsByKind[edit.kind] ?? 0) + edit.notifications.length;
    for (const changes of edit.notifications) if (!(await this.change(doc, changes, edit.kind))) break;
  }

  /** Sends one didChange, mirrors it, and checks the answer. False when the document was started afresh. */
  private async change(doc: Doc, changes: TextDocumentContentChangeEvent[], op: string): Promise<boolean> {
    const before = doc.text;
    for (const change of changes) doc.text = applyChange(doc.text, change);
    doc.version++;
    this.counters.edits++;
    this.counters.notifications++;
    this.counters.maxDocumentLength = Math.max(this.counters.maxDocumentLength, doc.text.length);
    this.record(doc, changes);
    this.lastContext = { step: this.step, op, uri: doc.uri, textBefore: before, changes, textAfter: doc.text };
    this.server.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version: doc.version }, contentChanges: changes });
    const published = await this.settle(op, doc.uri);
    if (!published.has(doc.uri) && !this.erred) this.failures.record('missing-diagnostics', `no diagnostics published for ${doc.uri} after a change`, this.lastContext);
    if (this.server.latest.get(doc.uri)?.some((d) => d.code === 'hcl-syntax')) this.counters.editsLeavingSyntaxErrors++;
    if (this.erred || !published.has(doc.uri)) {
      // Every later edit of this text would fail the same way: recorded once, the document goes.
      await this.discard(doc);
      return false;
    }
    if (++this.editsSinceComparison >= this.options.compareEvery) return this.compare(doc, `every ${this.options.compareEvery} edits`);
    return true;
  }

  private record(doc: Doc, changes: TextDocumentContentChangeEvent[]): void {
    if (!doc.history) return;
    doc.historyChars += changes.reduce((n, c) => n + c.text.length, 0);
    if (doc.historyChars > MAX_HISTORY_CHARS) doc.history = undefined;
    else doc.history.push(changes);
  }

  /** Asks for a quick fix or fix-all and applies it as the editor would, in one didChange. */
  private async fix(picked: Doc): Promise<void> {
    // Most edited texts have a syntax error and no fix: ask the documents in turn for every action they
    // offer over the whole text, and apply one of the first document that has some.
    const candidates = [...this.docs.values()].filter((d) => (this.server.latest.get(d.uri) ?? []).some((x) => x.code !== 'hcl-syntax'));
    let found: { doc: Doc; withEdits: Action[] } | undefined;
    for (let k = candidates.length; k > 0 && !found; k--) {
      const doc = candidates.splice(this.random.int(candidates.length), 1)[0]!;
      const all = this.server.latest.get(doc.uri) ?? [];
      const lines = doc.text.split(/\r\n|\r|\n/);
      const whole = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1]!.length } };
      const params = { textDocument: { uri: doc.uri }, range: whole, context: { diagnostics: all } };
      const actions = await this.timed(`code actions for ${doc.uri}`, () => this.server.request<Action[] | null>('textDocument/codeAction', params, `code actions for ${doc.uri}`));
      this.count('code action');
      const problems = actionProblems(actions, doc.uri, doc.text);
      this.checkAnswer(problems, doc, 'code action', params, actions);
      const withEdits = (actions ?? []).filter((a) => a.edit?.changes?.[doc.uri]?.length);
      if (withEdits.length > 0 && problems.length === 0) found = { doc, withEdits };
    }
    if (!found) return this.edit(picked);
    const { doc, withEdits } = found;
    const diagnostics = this.server.latest.get(doc.uri) ?? [];
    const action = this.random.pick(withEdits);
    const edits = action.edit!.changes![doc.uri]!;
    const mirror = TextDocument.create(doc.uri, 'terraform', 0, doc.text);
    const expected = applyTextEdits(doc.text, edits, (p) => mirror.offsetAt(p));
    const changes = changesOf(edits);
    const hadSyntaxError = diagnostics.some((d) => d.code === 'hcl-syntax');
    this.counters.fixesApplied++;
    this.counters.editsByKind['fix'] = (this.counters.editsByKind['fix'] ?? 0) + 1;
    const before = doc.text;
    if (!(await this.change(doc, changes, `apply "${action.title}"`))) return;
    if (doc.text !== expected) throw new Error(`harness: applying "${action.title}" edit by edit gave another text than applying the workspace edit`);
    const after = this.server.latest.get(doc.uri) ?? [];
    if (!hadSyntaxError && after.some((d) => d.code === 'hcl-syntax')) {
      this.failures.record('fix-breaks-syntax', `"${action.title}" turned a file without syntax errors into one with: ${after.find((d) => d.code === 'hcl-syntax')!.message}`, {
        step: this.step,
        op: 'fix',
        uri: doc.uri,
        textBefore: before,
        changes,
        textAfter: doc.text,
      });
    }
  }

  private async request(doc: Doc): Promise<void> {
    const r = this.random;
    if (r.chance(0.4)) {
      const params = { textDocument: { uri: doc.uri } };
      const lenses = await this.timed(`code lenses for ${doc.uri}`, () => this.server.request<unknown>('textDocument/codeLens', params, `code lenses for ${doc.uri}`));
      this.count('code lens');
      this.checkAnswer(lensProblems(lenses, doc.text), doc, 'code lens', params, lenses);
      return;
    }
    const params = randomCodeActionParams(r, doc.uri, doc.text, this.server.latest.get(doc.uri) ?? []);
    const actions = await this.timed(`code actions for ${doc.uri}`, () => this.server.request<unknown>('textDocument/codeAction', params, `code actions for ${doc.uri}`));
    this.count(params.context.only?.[0] === 'source.fixAll' ? 'fix-all' : 'code action');
    this.checkAnswer(actionProblems(actions, doc.uri, doc.text), doc, 'code action', params, actions);
  }

  /** A request the editor waits for: slower than --slow is a failure. */
  private async timed<T>(what: string, request: () => Promise<T>): Promise<T> {
    const sent = performance.now();
    const answer = await request();
    const ms = performance.now() - sent;
    this.counters.maxRequestMs = Math.max(this.counters.maxRequestMs, ms);
    if (ms > this.options.slowMs) this.failures.record('slow', `the server took ${ms.toFixed(0)} ms to answer ${what} (more than ${this.options.slowMs} ms)`, { ...this.lastContext, step: this.step, op: what });
    return answer;
  }

  private count(kind: string): void {
    this.counters.requests++;
    this.counters.requestsByKind[kind] = (this.counters.requestsByKind[kind] ?? 0) + 1;
  }

  private checkAnswer(problems: string[], doc: Doc, what: string, params: unknown, answer: unknown): void {
    for (const problem of problems) {
      this.failures.record('range', `${what}: ${problem}`, { step: this.step, op: what, uri: doc.uri, textBefore: doc.text, details: { params, answer } });
    }
    for (const error of this.server.takeErrors()) this.failures.record('error-log', error, { step: this.step, op: what, uri: doc.uri, textBefore: doc.text, details: { params } });
  }

  private async changeSettings(): Promise<void> {
    this.settings = randomSettings(this.random);
    this.counters.settingsChanges++;
    this.lastContext = { step: this.step, op: 'settings', details: { settings: this.settings } };
    for (const s of [this.server, this.reference]) {
      s.settings = this.settings;
      const pulled = s.nextConfigurationPull();
      s.notify('workspace/didChangeConfiguration', { settings: { lambdaEsm: this.settings } });
      await s.within(pulled, 'the server to pull the changed settings');
    }
    await this.reference.barrier('the reference server to apply the settings');
    this.reference.takePublications();
    await this.settle('settings', undefined);
  }

  /**
   * What an editor should not send but a buggy one might: a change to a document that is not open, a
   * close of one never opened, a range with a negative or fractional line. A full replacement follows the
   * bad range: it must restore the truth.
   */
  private async abuseProtocol(doc: Doc): Promise<void> {
    const r = this.random;
    this.counters.protocolAbuses++;
    const ghost = `file:///fuzz/ghost${this.step}/main.tf`;
    const abuse = r.pick(['change-unknown', 'close-unknown', 'bad-range'] as const);
    this.lastContext = { step: this.step, op: `protocol: ${abuse}`, uri: abuse === 'bad-range' ? doc.uri : ghost, textBefore: doc.text };
    if (abuse === 'change-unknown') {
      this.server.notify('textDocument/didChange', { textDocument: { uri: ghost, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
      // The server logs that it ignored the change (as it should); any other error is a failure.
      await this.server.barrier('the change to a file that is not open');
      for (const error of this.server.takeErrors()) if (!error.includes(`ignored a change to ${ghost}`)) this.failures.record('error-log', error, this.lastContext);
    }
    if (abuse === 'close-unknown') this.server.notify('textDocument/didClose', { textDocument: { uri: ghost } });
    if (abuse === 'bad-range') {
      const line = r.pick([-1, -2, -1000, 0.5, 1.5, 2 ** 31, Number.MAX_SAFE_INTEGER]);
      const changes = [{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: 'x' }];
      this.lastContext = { ...this.lastContext, changes };
      this.server.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version: ++doc.version }, contentChanges: changes });
      // The server may log the bad range; that is not a failure.
      await this.server.barrier('the bad range');
      this.server.takeErrors();
      this.server.takePublications();
      doc.history = undefined;
      await this.change(doc, [{ text: doc.text }], 'full replacement after a bad range');
      await this.compare(doc, 'after a bad range and a full replacement');
      return;
    }
    await this.settle(`protocol: ${abuse}`, undefined);
  }

  // ---- Checks ------------------------------------------------------------------------------------

  /** Closes a document without comparing it (after a failure its state says nothing more). */
  private async discard(doc: Doc): Promise<void> {
    this.docs.delete(doc.uri);
    this.server.notify('textDocument/didClose', { textDocument: { uri: doc.uri } });
    await this.server.barrier('closing a document after a failure');
    this.server.takeErrors();
    this.server.takePublications();
    this.server.latest.delete(doc.uri);
  }

  /** Whether the last settle found an error in the server's log. */
  private erred = false;

  /** One round trip, then the checks of every publication since; returns the uris published. */
  private async settle(op: string, expect: string | undefined): Promise<Set<string>> {
    const sent = performance.now();
    await this.server.barrier(`the server to handle ${op}${expect ? ` on ${expect}` : ''}`);
    const ms = performance.now() - sent;
    this.counters.maxNotificationMs = Math.max(this.counters.maxNotificationMs, ms);
    if (ms > this.options.slowMs) this.failures.record('slow', `the server took ${ms.toFixed(0)} ms to handle ${op} (more than ${this.options.slowMs} ms)`, this.lastContext);
    const published = new Set<string>();
    const errors = this.server.takeErrors();
    this.erred = errors.length > 0;
    for (const error of errors) this.failures.record('error-log', error, this.lastContext);
    for (const { uri, diagnostics } of this.server.takePublications()) {
      published.add(uri);
      const doc = this.docs.get(uri);
      if (!doc) {
        if (diagnostics.length > 0) this.failures.record('stray-diagnostics', `${diagnostics.length} diagnostics published for ${uri}, which is not open`, { ...this.lastContext, details: { diagnostics } });
        continue;
      }
      const problems = diagnosticProblems(diagnostics, doc.text);
      for (const problem of problems) this.failures.record('range', problem, { ...this.lastContext, uri, textAfter: doc.text });
    }
    return published;
  }

  /** Compares the module of `doc` with a fresh analysis; on a difference, starts the module afresh. */
  private async compare(doc: Doc, why: string): Promise<boolean> {
    this.editsSinceComparison = 0;
    const module = moduleOf(doc, this.docs.values());
    const sent = performance.now();
    const comparison = await compareModule(this.server, this.reference, module, doc);
    this.counters.maxComparisonMs = Math.max(this.counters.maxComparisonMs, performance.now() - sent);
    this.counters.comparisons++;
    this.counters.documentsCompared += module.length;
    for (const error of comparison.referenceErrors) this.failures.record('error-log', `reference server, fresh open: ${error}`, { step: this.step, op: 'fresh open', uri: doc.uri, textAfter: doc.text });
    if (comparison.differences.length === 0) return true;
    if (comparison.referenceErrors.length > 0) return this.restartModule(module);
    const recording = recordingOf(doc, module, this.settings);
    let divergence: unknown = 'not replayed';
    if (this.minimizations < MINIMIZATIONS && doc.history) {
      this.minimizations++;
      divergence = await firstDivergence(recording, this.options.stepTimeoutMs).then(
        (found) => found ?? 'not reproduced by replaying this document alone',
        (error: unknown) => `the replay failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const first = comparison.differences[0]!;
    this.failures.record('incremental-vs-fresh', `${first.what} of ${first.name} after the edits differ from a fresh analysis of the same text (${why})`, {
      step: this.step,
      op: `compare (${why})`,
      uri: doc.uri,
      textAfter: doc.text,
      details: { differences: comparison.differences, firstDivergence: divergence, recording },
    });
    return this.restartModule(module);
  }

  /** Starts the module afresh, so the next comparisons find new differences rather than this one again. */
  private async restartModule(module: readonly Doc[]): Promise<false> {
    for (const d of module) {
      this.server.notify('textDocument/didClose', { textDocument: { uri: d.uri } });
      this.server.notify('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: languageOf(d.name), version: 1, text: d.text } });
      Object.assign(d, { version: 1, openText: d.text, history: [], historyChars: 0 });
    }
    await this.settle('reopening the module', undefined);
    return false;
  }
}
