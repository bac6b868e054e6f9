// A long, seeded fuzz run of the bundled language server, started by hand (not in CI):
//
//   npm run fuzz -- --edits 100000 [--seed 42] [--compare-every 50] [--max-docs 6] [--step-timeout 30000] [--slow 5000] [--minutes 0]
//   (Ctrl-C or --minutes ends the run early, with its report)
//   npm run fuzz -- --replay test-output/fuzz/<failure>.json     (replays a recorded document history)
//
// It opens real fixtures (Terraform, Terraform JSON, CDKTF stacks) in a few module folders, edits them
// (realistic and hostile edits, see hostileEdits.ts), closes them, changes settings, asks for code lenses,
// code actions and fix-all and applies fixes. After every notification the server must answer a round
// trip; every range it returns must lie inside the document as the fuzzer holds it; it must log no error.
// Every K edits, and when a document is closed, the diagnostics of its whole module (and its code lenses
// and fix-all) must equal those of a fresh open of the same texts in a second server. Failures are written
// with their reproduction under test-output/fuzz/; the final report gives counts, time and peak RSS.

import * as path from 'node:path';
import { FuzzRun } from './fuzzRun';
import { FailureLog, printReport } from './fuzzReport';
import { replayFile } from './replay';
import { REPO } from '../support/paths';

export interface FuzzOptions {
  readonly edits: number;
  readonly seed: number;
  readonly compareEvery: number;
  readonly maxDocs: number;
  readonly stepTimeoutMs: number;
  /** A notification the server takes longer than this to handle is a failure ("never hang the editor"). */
  readonly slowMs: number;
  /** Stop after this many minutes (0: no limit), with the report of what was done. */
  readonly minutes: number;
  readonly out: string;
  readonly replay: string | undefined;
}

function parseOptions(argv: readonly string[]): FuzzOptions {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const int = (name: string, fallback: number, min: number): number => {
    const raw = value(name);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min}`);
    return n;
  };
  const known = new Set(['--edits', '--seed', '--compare-every', '--max-docs', '--step-timeout', '--slow', '--minutes', '--out', '--replay']);
  for (const a of argv) if (a.startsWith('--') && !known.has(a)) throw new Error(`unknown option ${a} (known: ${[...known].join(' ')})`);
  return {
    edits: int('--edits', 10_000, 1),
    seed: int('--seed', Math.floor(Math.random() * 2 ** 31), 0),
    compareEvery: int('--compare-every', 50, 1),
    maxDocs: int('--max-docs', 6, 1),
    stepTimeoutMs: int('--step-timeout', 30_000, 100),
    slowMs: int('--slow', 5_000, 1),
    minutes: int('--minutes', 0, 0),
    out: path.resolve(value('--out') ?? path.join(REPO, 'test-output', 'fuzz')),
    replay: value('--replay'),
  };
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.replay) return replayFile(options.replay, options.stepTimeoutMs);
  const failures = new FailureLog(options.out, options.seed);
  const run = new FuzzRun(options, failures);
  const report = await run.run();
  printReport(report);
  console.log(`\nreport: ${run.reportFile}\nrerun:  npm run fuzz -- --edits ${options.edits} --seed ${options.seed}`);
  return report.failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(2);
  },
);
