// The fast path for a keystroke in a stack file: when the edit falls inside one expression statement
// (`new LambdaEventSourceMapping(…);`), parse that statement's text alone and read it in the scope it
// had, keeping every other unit and moving the ones after it. TypeScript's incremental parser would
// also re-parse little, but it first walks every node after the edit to move it; this does not.
// The file's syntax tree falls behind and catches up (with all pending edits) when an edit does not fit.

import ts = require('typescript');
import type { OffsetEdit } from '../hcl/extractHcl';
import { readUnit, type Unit } from './collectUnits';
import { mutatedNames } from './mutatedNames';
import { createTsSourceFile, modelOf, parseErrorsOf, type CdktfParse, type PendingEdit } from './cdktfParse';

/** The new parse, or undefined when the edit does not fit the fast path. */
export function reparseUnit(previous: CdktfParse, text: string, edit: OffsetEdit): CdktfParse | undefined {
  const i = unitContaining(previous, edit);
  const unit = i === undefined ? undefined : previous.units[i];
  // Only statements that declare nothing: no other unit's reading depends on them.
  if (i === undefined || !unit || !ts.isExpressionStatement(unit.node)) return undefined;
  const delta = edit.newEnd - edit.oldEnd;
  const start = previous.starts[i]!;
  const end = previous.ends[i]! + delta;
  const piece = text.slice(start, end);
  // A statement that ends with `;` ends there whatever follows, and one without `await` or `yield`
  // parses the same outside its function as inside it.
  if (!piece.endsWith(';') || /\b(await|yield)\b/.test(piece)) return undefined;
  const lone = createTsSourceFile(previous.fileName, piece);
  const statement = lone.statements[0];
  if (lone.statements.length !== 1 || !statement || !ts.isExpressionStatement(statement) || statement.getStart(lone) !== 0 || statement.end !== piece.length) return undefined;
  if (parseErrorsOf(lone).length > 0) return undefined;
  // A statement that changes a `const` literal (`access.push(…)`), before or after the edit, changes what
  // other units read from it: the scopes must be declared again.
  if (mutatedNames([statement]).size > 0 || mutatedNames([unit.node]).size > 0) return undefined;
  const replaced: Unit = { node: statement, scope: unit.scope, result: readUnit(statement, lone, unit.scope, []) };
  const units = previous.units.slice();
  units[i] = replaced;
  const starts = previous.starts.slice();
  const ends = previous.ends.slice();
  ends[i] = end;
  for (let j = i + 1; j < starts.length; j++) {
    starts[j]! += delta;
    ends[j]! += delta;
  }
  const pending = withPending(previous.pending, { start, oldEnd: previous.ends[i]!, text: piece });
  return { ...previous, text, model: modelOf(units, starts), pending, units, starts, ends, replacedBlock: replacedBlock(previous.units, i, replaced) };
}

/** The index of the one block unit `i` creates, when it creates one before and after the edit. */
function replacedBlock(units: readonly Unit[], i: number, replaced: Unit): number | undefined {
  if (units[i]!.result.blocks.length !== 1 || replaced.result.blocks.length !== 1) return undefined;
  let index = 0;
  for (let j = 0; j < i; j++) index += units[j]!.result.blocks.length;
  return index;
}

/** Typing in one statement keeps one pending edit: the statement's text as it is now. */
function withPending(pending: readonly PendingEdit[], edit: PendingEdit): PendingEdit[] {
  const last = pending[pending.length - 1];
  if (last && last.start === edit.start && last.start + last.text.length === edit.oldEnd) return [...pending.slice(0, -1), { ...last, text: edit.text }];
  return [...pending, edit];
}

/** The unit that strictly contains the edit (its first and last characters untouched), by bisection. */
function unitContaining(parse: CdktfParse, edit: OffsetEdit): number | undefined {
  let low = 0;
  let high = parse.units.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = parse.starts[mid]!;
    const end = parse.ends[mid]!;
    if (edit.start <= start) high = mid - 1;
    else if (edit.start >= end) low = mid + 1;
    else return edit.oldEnd < end ? mid : undefined;
  }
  return undefined;
}
