// "Fix all" with a safety net: the fixed text is parsed again, and fixes that would leave a syntax error
// the text did not have are dropped rather than written. The builders should never produce such text;
// this guard keeps a builder's bug from breaking a user's file (the CLI writes without asking). Pure: the
// caller passes the parse, so the CLI and the editor use the same front ends as for checking.

import type { Fix, Problem, TextEdit } from '../model/problem';
import { applyEdits, fixAllFixes } from './fixAll';

export interface GuardedFixAll {
  /** The edits of the fixes kept (empty when none is left). */
  readonly edits: TextEdit[];
  /** The text after those edits. */
  readonly text: string;
  /** Fixes left out because the text would not parse with them. */
  readonly dropped: Fix[];
}

/**
 * The fixes "fix all" would apply to `text`, without those that add syntax errors. `syntaxErrors` counts
 * the syntax errors of a text in the file's syntax. One parse when the fixed text has none; two when it
 * has no more than the original; else each fix is tried on top of those kept so far, in order.
 */
export function guardedFixAll(text: string, problems: readonly Problem[], syntaxErrors: (text: string) => number): GuardedFixAll {
  const fixes = fixAllFixes(problems);
  if (fixes.length === 0) return { edits: [], text, dropped: [] };
  const all = fixes.flatMap((f) => f.edits);
  const fixed = applyEdits(text, all);
  // The original is parsed only when the fixed text has errors (most have none): one parse per file.
  const errors = syntaxErrors(fixed);
  const allowed = errors === 0 ? 0 : syntaxErrors(text);
  if (errors <= allowed) return { edits: all, text: fixed, dropped: [] };
  let kept: TextEdit[] = [];
  let keptText = text;
  const dropped: Fix[] = [];
  for (const fix of fixes) {
    const edits = [...kept, ...fix.edits];
    const candidate = applyEdits(text, edits);
    if (syntaxErrors(candidate) <= allowed) {
      kept = edits;
      keptText = candidate;
    } else {
      dropped.push(fix);
    }
  }
  return { edits: kept, text: keptText, dropped };
}
