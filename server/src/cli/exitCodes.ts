// The exit codes of `lambda-esm`, in one place so that `--help`, the README and the code agree.

import type { FileResult } from './checkPaths';

export const EXIT = {
  /** Checked: no error found (check), or every record tested (test-pattern). */
  ok: 0,
  /** check: an error was found. test-pattern: some records could not be read (broken JSON lines). */
  findings: 1,
  /** Bad usage, a path that does not exist, invalid settings, or an invalid pattern (test-pattern). */
  usage: 2,
  /** A bug: checking a file failed. The other files are still checked. */
  internal: 3,
  /** A file or folder could not be read (permissions, a broken link, a named pipe…), or with --fix written. The others are still checked. */
  unreadable: 4,
} as const;

/** What `--help` says about them. */
export const EXIT_CODES_HELP = `Exit codes: 0 no errors found, 1 errors found, 2 bad usage, 3 internal error (a bug: please report it),
4 a file or folder could not be read, or with --fix written (the others are still checked). When several
apply: 4, then 3, then 1.`;

/** The exit code of `check`: the least complete outcome wins, since the others say less about the run. */
export function checkExitCode(results: readonly FileResult[]): number {
  if (results.some((r) => r.failure?.kind === 'unreadable')) return EXIT.unreadable;
  if (results.some((r) => r.failure?.kind === 'internal')) return EXIT.internal;
  return results.some((r) => r.problems.some((p) => p.severity === 'error')) ? EXIT.findings : EXIT.ok;
}
