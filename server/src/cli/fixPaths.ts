// `lambda-esm check --fix`: applies "fix all" to every file and checks again, until nothing changes.
// A fix can reveal a finding the previous one hid (a queue URL made an ARN shows that the queue is FIFO),
// so it runs in passes, as linters' `--fix` do; ten passes bound a fix that would undo another.

import * as fs from 'node:fs';
import type { Parser } from 'web-tree-sitter';
import { applyEdits, fixAllEdits } from '../core/fixes/fixAll';
import { checkPaths, type FileResult } from './checkPaths';

const MAX_PASSES = 10;

/** The results after fixing, as `checkPaths` gives them for the fixed files. */
export function fixPaths(paths: readonly string[], parser: Parser, now = new Date()): FileResult[] {
  let results = checkPaths(paths, parser, now);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const result of results) {
      const edits = fixAllEdits(result.problems);
      if (edits.length === 0) continue;
      fs.writeFileSync(result.file, applyEdits(result.text, edits));
      changed = true;
    }
    if (!changed) break;
    results = checkPaths(paths, parser, now);
  }
  return results;
}
