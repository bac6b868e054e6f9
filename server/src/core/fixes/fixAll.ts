// "Fix all": every preferred fix whose edits do not touch an edit already taken, in problem order.
// The editor's source action, the CLI's `--fix` and the tests use this one choice.

import type { Fix, Problem, TextEdit } from '../model/problem';

export function fixAllEdits(problems: readonly Problem[]): TextEdit[] {
  return fixAllFixes(problems).flatMap((f) => f.edits);
}

/** The fixes "fix all" takes, in problem order (`fixAllEdits` is their edits). */
export function fixAllFixes(problems: readonly Problem[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: TextEdit[] = [];
  for (const problem of problems) {
    const fix = problem.fixes?.find((f) => f.preferred);
    if (!fix || fix.edits.some((e) => taken.some((t) => conflict(e, t)))) continue;
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return chosen;
}

/**
 * Edits conflict when they overlap, or insert at the same place (their order would be a guess).
 * Removing two neighbouring lines touches but does not conflict.
 */
function conflict(a: TextEdit, b: TextEdit): boolean {
  if (a.range.start < b.range.end && b.range.start < a.range.end) return true;
  return a.range.start === b.range.start && (a.range.start === a.range.end || b.range.start === b.range.end);
}

/** The text after non-overlapping edits in file offsets. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end)) {
    out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  }
  return out;
}
