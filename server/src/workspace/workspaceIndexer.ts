// Reads and checks the workspace's files in slices of a few milliseconds, yielding to the message loop
// between slices, so that an editor's requests are answered while a large workspace is indexed. Modules
// with open files go first (also ones opened meanwhile); each module is published once all its files are
// read, since findings in one file depend on its neighbours. A new run (settings changed) cancels the last.

import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { moduleKeyOf } from './terraformModule';

/** How long a slice may run before the indexer lets waiting messages in. */
const SLICE_MS = 5;
/** Progress goes to the editor at most this often. */
const REPORT_MS = 200;

export interface IndexerHost {
  /** The workspace's files (URIs) that should be read from disk. */
  findFiles(): string[];
  /** Reads a file that is neither open nor held yet, and builds its document. */
  load(uri: string): void;
  isOpen(uri: string): boolean;
  has(uri: string): boolean;
  /** The files a module holds now, in the order they are to be published. */
  filesOf(moduleKey: string): string[];
  /** The keys of the modules held now. */
  moduleKeys(): string[];
  /** Called before a module's files are published one by one (the server notes the index they saw). */
  publishingModule(moduleKey: string): void;
  publish(uri: string): void;
  /** Progress in the editor, when it shows any (`window.workDoneProgress`). */
  progress(): Promise<Progress>;
  logError(message: string): void;
}

export interface Progress {
  begin(title: string, percentage?: number, message?: string): void;
  report(percentage: number, message?: string): void;
  done(): void;
}

export class WorkspaceIndexer {
  /** Each run's number: a run stops as soon as a newer one starts. */
  private generation = 0;
  /** Modules to do first: those of files opened during the run. */
  private readonly urgent: string[] = [];
  private running: Promise<void> | undefined;

  constructor(private readonly host: IndexerHost) {}

  /**
   * Starts a run that reads the workspace's files (when `read`) that are not held yet, then publishes every
   * module held; the run before it, if any, stops at its next slice.
   */
  start(read: boolean): Promise<void> {
    const generation = ++this.generation;
    const run = this.run(generation, read).catch((error: unknown) => this.host.logError(`workspace check failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    const tracked = run.finally(() => {
      if (this.running === tracked) this.running = undefined;
    });
    this.running = tracked;
    return tracked;
  }

  /** Stops the current run, if any, at its next slice. */
  cancel(): void {
    this.generation++;
    this.running = undefined;
  }

  /** Moves the module of a file just opened to the front of the current run. */
  prioritize(uri: string): void {
    if (this.running) this.urgent.push(moduleKeyOf(uri));
  }

  private async run(generation: number, read: boolean): Promise<void> {
    const progress = await this.host.progress().catch(() => undefined);
    if (generation !== this.generation) return progress?.done();
    progress?.begin('Lambda ESM Lens: checking the workspace', 0, 'finding files');
    try {
      await yieldToLoop();
      if (generation !== this.generation) return;
      const files = read ? this.host.findFiles() : [];
      const work = this.plan(files);
      const modules = work.size;
      const done = { modules: 0, read: 0 };
      const step = this.steps(work, done);
      let slice = performance.now();
      // The first slice boundary reports at once (so a run longer than one slice always shows where it is),
      // later ones at most every REPORT_MS.
      let reported = -Infinity;
      for (let next = step.next(); !next.done; next = step.next()) {
        if (performance.now() - slice < SLICE_MS) continue;
        if (performance.now() - reported >= REPORT_MS) {
          reported = performance.now();
          const percentage = Math.floor(((done.read + done.modules) / Math.max(1, files.length + modules)) * 100);
          progress?.report(percentage, read ? `${done.read}/${files.length} files read` : `${done.modules}/${modules} folders checked`);
        }
        await yieldToLoop();
        if (generation !== this.generation) return;
        slice = performance.now();
      }
    } finally {
      progress?.done();
    }
  }

  /** The files to read per module, modules with open files first, then every other module held. */
  private plan(files: readonly string[]): Map<string, string[]> {
    const work = new Map<string, string[]>();
    const add = (key: string) => {
      let list = work.get(key);
      if (!list) work.set(key, (list = []));
      return list;
    };
    for (const file of files) add(moduleKeyOf(file)).push(file);
    for (const key of this.host.moduleKeys()) add(key);
    const first = new Map<string, string[]>();
    for (const [key, list] of work) if (list.some((f) => this.host.isOpen(f)) || this.host.filesOf(key).some((f) => this.host.isOpen(f))) first.set(key, list);
    for (const [key, list] of work) if (!first.has(key)) first.set(key, list);
    return first;
  }

  /** One unit of work per step (a file read or a file published): the caller decides when to yield. */
  private *steps(work: Map<string, string[]>, done: { modules: number; read: number }): Generator<void, void, void> {
    this.urgent.length = 0;
    while (work.size > 0) {
      let key: string | undefined;
      while (this.urgent.length > 0 && key === undefined) {
        const candidate = this.urgent.shift()!;
        if (work.has(candidate)) key = candidate;
      }
      key ??= work.keys().next().value!;
      const files = work.get(key)!;
      work.delete(key);
      for (const file of files) {
        // An open file holds the editor's text, and a file already held is up to date (the watcher or a
        // close put it there): neither is read again.
        if (this.host.isOpen(file) || this.host.has(file)) continue;
        this.isolated(`reading ${file}`, () => this.host.load(file));
        done.read++;
        yield;
      }
      this.isolated(`indexing ${key}`, () => this.host.publishingModule(key));
      for (const uri of this.host.filesOf(key)) {
        this.isolated(`publishing ${uri}`, () => this.host.publish(uri));
        yield;
      }
      done.modules++;
    }
  }

  /** Runs one unit of work; if it throws, the error is logged and the run goes on with the next file. */
  private isolated(what: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      this.host.logError(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
}
