// `lambda-esm check --fix`: applies "fix all" to every file and checks again, until nothing changes.
// A fix can reveal a finding the previous one hid (a queue URL made an ARN shows that the queue is FIFO),
// so it runs in passes, as linters' `--fix` do; ten passes bound a fix that would undo another.
// A file is never lost or half written: fixes that would break its syntax are left out, and it is
// replaced atomically, only while it still holds the text that was checked (see writeFileAtomic).
// A file that could not be written, or changed meanwhile, is left alone for the rest of the run.

import type { Parser } from 'web-tree-sitter';
import { guardedFixAll } from '../core/fixes/guardedFixAll';
import { syntaxErrorCount } from '../syntaxErrorCount';
import { checkPaths, type FileResult } from './checkPaths';
import { writeFileAtomic, type WriteOptions } from './writeFileAtomic';

const MAX_PASSES = 10;

/** Something the user must know about one file: it was not written, or a fix was left out. */
export interface FixNote {
  readonly file: string;
  /** `unwritable`: an I/O error; `changed`: edited during the run; `dropped`: a fix would break the syntax. */
  readonly kind: 'unwritable' | 'changed' | 'dropped';
  /** One line, without the file name. */
  readonly message: string;
}

export interface FixOutcome {
  /** The results after fixing, as `checkPaths` gives them for the files as they are now on disk. */
  readonly results: FileResult[];
  readonly notes: FixNote[];
}

export interface FixOptions extends WriteOptions {
  readonly now?: Date;
}

export function fixPaths(paths: readonly string[], parser: Parser, options: FixOptions = {}): FixOutcome {
  const now = options.now ?? new Date();
  const notes: FixNote[] = [];
  const noted = new Set<string>();
  const note = (file: string, kind: FixNote['kind'], message: string): void => {
    const key = `${file}\0${message}`;
    if (noted.has(key)) return;
    noted.add(key);
    notes.push({ file, kind, message });
  };
  const leftAlone = new Set<string>();
  let results = checkPaths(paths, parser, now);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let written = false;
    // A file edited meanwhile is reported as it is now, so the results are read again.
    let stale = false;
    for (const result of results) {
      if (leftAlone.has(result.file)) continue;
      const fixed = guardedFixAll(result.text, result.problems, (text) => syntaxErrorCount(result.file, text, parser));
      for (const fix of fixed.dropped) note(result.file, 'dropped', `left out the fix "${fix.title}": the file would not parse with it (a bug: please report it)`);
      // Edits that give back the same text would make every pass write again.
      if (fixed.edits.length === 0 || fixed.text === result.text) continue;
      const outcome = writeFileAtomic(result.file, result.text, fixed.text, options);
      if (outcome.kind === 'written') {
        written = true;
        continue;
      }
      leftAlone.add(result.file);
      stale ||= outcome.kind === 'changed';
      if (outcome.kind === 'changed') note(result.file, 'changed', 'not fixed: the file changed while it was being checked; run again to fix it');
      else note(result.file, 'unwritable', `not fixed: cannot write it: ${outcome.reason}`);
    }
    if (written || stale) results = checkPaths(paths, parser, now);
    if (!written) break;
  }
  return { results, notes };
}
