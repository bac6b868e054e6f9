// The long fuzz run's bookkeeping: counters, failures (each written with its reproduction to the output
// folder: seed, step, the text before and after, the change), and the final report.

import * as fs from 'node:fs';
import * as path from 'node:path';

export type FailureKind =
  | 'crash'
  | 'hang'
  | 'error-log'
  | 'range'
  | 'missing-diagnostics'
  | 'stray-diagnostics'
  | 'incremental-vs-fresh'
  | 'bad-answer'
  | 'fix-breaks-syntax'
  | 'slow';

/** Where a failure happened, and what it takes to reproduce it. */
export interface FailureContext {
  readonly step: number;
  readonly op: string;
  readonly uri?: string;
  readonly textBefore?: string;
  readonly changes?: unknown;
  readonly textAfter?: string;
  /** Anything else that helps: answers compared, the module's other files, the document's history. */
  readonly details?: Record<string, unknown>;
}

export interface Counters {
  edits: number;
  editsByKind: Record<string, number>;
  notifications: number;
  /** Edits after which the document had a syntax error: how much of the run exercised the rules. */
  editsLeavingSyntaxErrors: number;
  opens: number;
  closes: number;
  requests: number;
  requestsByKind: Record<string, number>;
  fixesApplied: number;
  settingsChanges: number;
  protocolAbuses: number;
  comparisons: number;
  documentsCompared: number;
  restarts: number;
  maxDocumentLength: number;
  maxStepMs: number;
  /** The longest the server took to handle one notification, to answer one request, and one fresh comparison. */
  maxNotificationMs: number;
  maxRequestMs: number;
  maxComparisonMs: number;
  maxStepOp: string;
  stepsOver1s: number;
}

export function newCounters(): Counters {
  return {
    edits: 0,
    editsByKind: {},
    notifications: 0,
    editsLeavingSyntaxErrors: 0,
    opens: 0,
    closes: 0,
    requests: 0,
    requestsByKind: {},
    fixesApplied: 0,
    settingsChanges: 0,
    protocolAbuses: 0,
    comparisons: 0,
    documentsCompared: 0,
    restarts: 0,
    maxDocumentLength: 0,
    maxStepMs: 0,
    maxNotificationMs: 0,
    maxRequestMs: 0,
    maxComparisonMs: 0,
    maxStepOp: '',
    stepsOver1s: 0,
  };
}

/** Files written per kind of failure with the same message shape, and in all: the rest are counted only. */
const FILES_PER_SIGNATURE = 3;
const FILES_IN_ALL = 60;

export class FailureLog {
  readonly byKind: Partial<Record<FailureKind, number>> = {};
  readonly bySignature = new Map<string, { count: number; first: { step: number; message: string; file?: string } }>();
  private files = 0;

  constructor(
    private readonly dir: string,
    private readonly seed: number,
  ) {}

  get total(): number {
    return Object.values(this.byKind).reduce((n, c) => n + (c ?? 0), 0);
  }

  record(kind: FailureKind, message: string, context: FailureContext): void {
    this.byKind[kind] = (this.byKind[kind] ?? 0) + 1;
    const signature = `${kind}: ${signatureOf(message)}`;
    const seen = this.bySignature.get(signature);
    if (seen) {
      seen.count++;
      if (seen.count > FILES_PER_SIGNATURE || this.files >= FILES_IN_ALL) return;
    }
    const file = this.files < FILES_IN_ALL ? this.write(kind, message, context) : undefined;
    if (!seen) this.bySignature.set(signature, { count: 1, first: { step: context.step, message, ...(file ? { file } : {}) } });
    console.log(`[fuzz] FAILURE at step ${context.step} (${context.op}${context.uri ? ` on ${context.uri}` : ''}): ${kind}: ${message.split('\n').slice(0, 6).join('\n  ')}${file ? `\n  reproduction: ${file}` : ''}`);
  }

  private write(kind: FailureKind, message: string, context: FailureContext): string {
    fs.mkdirSync(this.dir, { recursive: true });
    const base = path.join(this.dir, `seed-${this.seed}-step-${context.step}-${kind}`);
    const ext = context.uri ? /(\.tf\.json|\.tf|\.ts)$/.exec(context.uri)?.[1] ?? '.txt' : '.txt';
    fs.writeFileSync(`${base}.json`, JSON.stringify({ seed: this.seed, kind, message, ...context }, null, 1));
    if (context.textBefore !== undefined) fs.writeFileSync(`${base}.before${ext}`, context.textBefore);
    if (context.textAfter !== undefined) fs.writeFileSync(`${base}.after${ext}`, context.textAfter);
    this.files++;
    return `${base}.json`;
  }
}

/**
 * What occurrences of one bug have in common: the first line without uris, quoted text and numbers, and
 * for a logged exception the function that threw.
 */
function signatureOf(message: string): string {
  const [first, ...rest] = message.split('\n');
  const line = first!
    .replace(/file:\/\/\/\S+/g, '<uri>')
    .replace(/\{\S*\}/g, '{…}')
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/\d+/g, 'N');
  const frame = rest.map((l) => /^\s+at (\S+)/.exec(l)?.[1]).find((f) => f !== undefined);
  return `${line.slice(0, 160)}${frame ? ` (at ${frame})` : ''}`;
}

export interface Report {
  readonly seed: number;
  readonly editsAsked: number;
  /** Why the run stopped before the edits asked for. */
  readonly stopped?: string;
  readonly seconds: number;
  readonly editsPerSecond: number;
  readonly counters: Counters;
  readonly failures: number;
  readonly failuresByKind: Partial<Record<FailureKind, number>>;
  readonly distinctFailures: { signature: string; count: number; firstStep: number; file?: string }[];
  /** `killedAfterFailure`: servers killed after a crash or hang (a hang may be a loop that allocates). */
  readonly peakRssMb: { server: number; reference: number; killedAfterFailure: number };
}

export function buildReport(run: {
  seed: number;
  editsAsked: number;
  stopped: string | undefined;
  seconds: number;
  counters: Counters;
  failures: FailureLog;
  peakKb: { server: number; reference: number; failed: number };
}): Report {
  return {
    seed: run.seed,
    editsAsked: run.editsAsked,
    ...(run.stopped ? { stopped: run.stopped } : {}),
    seconds: run.seconds,
    editsPerSecond: run.counters.edits / run.seconds,
    counters: run.counters,
    failures: run.failures.total,
    failuresByKind: run.failures.byKind,
    distinctFailures: [...run.failures.bySignature].map(([signature, f]) => ({ signature, count: f.count, firstStep: f.first.step, ...(f.first.file ? { file: f.first.file } : {}) })),
    peakRssMb: { server: run.peakKb.server / 1024, reference: run.peakKb.reference / 1024, killedAfterFailure: run.peakKb.failed / 1024 },
  };
}

export function printReport(report: Report): void {
  const c = report.counters;
  const kinds = (r: Record<string, number>) =>
    Object.entries(r)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  console.log(`
LSP fuzz run, seed ${report.seed}: ${c.edits} edits in ${report.seconds.toFixed(0)} s (${report.editsPerSecond.toFixed(1)} edits/s)${report.stopped ? `, stopped early (${report.stopped}) of ${report.editsAsked} asked` : ''}
  edits:      ${kinds(c.editsByKind)}
              (${c.notifications} didChange notifications, ${c.fixesApplied} fixes applied; ${((100 * c.editsLeavingSyntaxErrors) / Math.max(1, c.edits)).toFixed(0)}% of edits left a syntax error)
  opens ${c.opens}, closes ${c.closes}, settings changes ${c.settingsChanges}, protocol abuses ${c.protocolAbuses}
  requests:   ${c.requests} (${kinds(c.requestsByKind)})
  compared with a fresh analysis: ${c.comparisons} times, ${c.documentsCompared} documents
  longest document ${c.maxDocumentLength} characters; slowest step ${c.maxStepMs.toFixed(0)} ms (${c.maxStepOp}); ${c.stepsOver1s} steps over 1 s
  slowest answer to one notification ${c.maxNotificationMs.toFixed(0)} ms, to one request ${c.maxRequestMs.toFixed(0)} ms; slowest fresh comparison ${c.maxComparisonMs.toFixed(0)} ms
  server restarts after a crash or hang: ${c.restarts}
  peak RSS (VmHWM): server ${report.peakRssMb.server.toFixed(0)} MB, reference server ${report.peakRssMb.reference.toFixed(0)} MB${report.peakRssMb.killedAfterFailure ? `, servers killed after a crash or hang ${report.peakRssMb.killedAfterFailure.toFixed(0)} MB` : ''}
  failures: ${report.failures}${report.failures ? ` (${kinds(report.failuresByKind as Record<string, number>)})` : ''}`);
  for (const f of report.distinctFailures) console.log(`    ${f.count}× ${f.signature}\n       first at step ${f.firstStep}${f.file ? `: ${f.file}` : ''}`);
}
