// A filter pattern whose top-level key cannot be a field of the records this source sends: `detail`
// from EventBridge habits, the `kinesis` wrapper, `body` on a stream, `data` on a queue. AWS accepts the
// pattern, but it matches no record, so Lambda drops every record it was meant to keep.

import type { PatternObject } from '../patterns/patternAst';
import { needsValue } from '../patterns/needsValue';
import { shapesOf, type RecordShape } from '../patterns/recordFields';
import { patternsOfMapping } from './patternsOfMapping';
import type { Finding, Rule } from './rule';

export const patternWrapper: Rule = {
  id: 'pattern-wrapper',
  category: 'filter',
  defaultSeverity: 'warning',
  description: 'A filter pattern whose top-level key is not a field of this source\'s records, so it matches nothing.',
  check({ mapping, source, text, report }) {
    const shapes = shapesOf(source.kinds);
    if (!shapes) return;
    for (const { ast } of patternsOfMapping(mapping, text)) checkObject(ast.root, false, shapes, report);
  },
};

/** The top-level fields, also those inside top-level `$or` branches (they are top-level too). */
function checkObject(object: PatternObject, inOr: boolean, shapes: readonly RecordShape[], report: (f: Finding) => void): void {
  for (const member of object.members) {
    if (member.kind === 'or') {
      for (const branch of member.branches) checkObject(branch, true, shapes, report);
      continue;
    }
    // `"kinesis.data"` is the path kinesis → data: its first atom is what the record must have.
    const dot = member.key.indexOf('.');
    const top = dot < 0 ? member.key : member.key.slice(0, dot);
    if (shapes.some((s) => s.topKeys.includes(top))) continue;
    // Satisfied by absence (`exists: false`), the key matches every record: pointless but not harmful.
    if (!needsValue(member.value)) continue;
    const what = inOr ? 'this $or alternative matches no record' : 'this pattern matches no record';
    const label = [...new Set(shapes.map((s) => s.label))].join(' or ');
    const shape = shapes[0]!;
    report({
      range: member.keyRange,
      message: `"${top}" is not a field of ${label} records, so ${what}; records no filter matches are dropped (${shape.dropped}). ${advice(top, shapes)}`,
    });
  }
}

/** The likely intended key, when every possible kind agrees on it. */
function advice(top: string, shapes: readonly RecordShape[]): string {
  const shape = shapes[0]!;
  const sameFamily = shapes.every((s) => s.payloadKey === shape.payloadKey);
  const cased = shape.topKeys.find((k) => k.toLowerCase() === top.toLowerCase());
  if (cased && shapes.every((s) => s.topKeys.includes(cased))) return `Keys are case-sensitive: write "${cased}".`;
  if (!sameFamily) return 'Name a field of the record, such as its payload.';
  if (top === 'kinesis' && shape.payloadKey === 'data') {
    return 'Patterns address the fields of the Kinesis record at the top: write {"data": …}, not {"kinesis": {"data": …}}.';
  }
  const habit = top === 'detail' ? '"detail" is where EventBridge events carry their content; ' : '';
  return `${habit}${shape.label} patterns filter on "${shape.payloadKey}", e.g. ${shape.example}.`;
}
