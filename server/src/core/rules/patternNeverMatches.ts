// A condition of a filter pattern that no record of this source can satisfy, because the field it
// names has a fixed type or a fixed set of values (SQS sends `ApproximateReceiveCount` as a string,
// DynamoDB's `eventName` is INSERT, MODIFY or REMOVE), or because every record has the field it wants
// absent. AWS accepts such patterns (what it rejects, such as `[]` or a numeric range whose bottom is
// above its top, is `filter-pattern`'s), and drops the records they were meant to keep.

import { own } from '../facts/own';
import { compileMatchList } from '../patterns/compileMatchList';
import { expandBranches } from '../patterns/compilePattern';
import type { Matcher, MatchList, PatternObject } from '../patterns/patternAst';
import { shapesOf, type FieldType, type RecordShape } from '../patterns/recordFields';
import { OR_COMBINATION_LIMIT } from '../patterns/validatePattern';
import { patternsOfMapping } from './patternsOfMapping';
import type { Rule } from './rule';

export const patternNeverMatches: Rule = {
  id: 'pattern-never-matches',
  category: 'filter',
  defaultSeverity: 'warning',
  description: 'A filter condition no record of this source can satisfy: a value of the wrong type or outside a fixed set, or `exists: false` on a field every record has.',
  check({ mapping, source, text, report }) {
    const shapes = shapesOf(source.kinds);
    if (!shapes) return;
    const watched = watchedPaths(shapes);
    for (const { ast } of patternsOfMapping(mapping, text)) {
      // Most patterns test only payload fields, which have no fixed type: nothing to expand then.
      if (ast.combinations > OR_COMBINATION_LIMIT || !touches(ast.root, watched)) continue;
      // The branches hold the conditions in effect (a later duplicate replaces an earlier one).
      const branches = expandBranches(ast.root);
      const seen = new Set<MatchList>();
      for (const branch of branches) {
        for (const c of branch) {
          if (seen.has(c.source)) continue;
          seen.add(c.source);
          // Certain only when it fails for every kind the source may be.
          const reasons = shapes.map((shape) => whyNever(c.name, c.source, shape));
          if (reasons.some((r) => r === undefined)) continue;
          const everywhere = branches.every((b) => b.some((other) => other.source === c.source));
          const scope = everywhere ? 'this pattern never matches' : 'the $or alternatives with it never match';
          const { reason, hint } = reasons[0]!;
          report({ range: c.keyRange, message: `${reason}, so ${scope} (${shapes[0]!.dropped}).${hint ? ` ${hint}` : ''}` });
        }
      }
    }
  },
};

const WATCHED = new WeakMap<readonly RecordShape[], ReadonlySet<string>>();

/** The paths whose values the shapes fix, built once per set of shapes (`shapesOf` keeps them). */
function watchedPaths(shapes: readonly RecordShape[]): ReadonlySet<string> {
  let paths = WATCHED.get(shapes);
  if (!paths) {
    paths = new Set(shapes.flatMap((s) => [...s.always, ...Object.keys(s.typed)]));
    WATCHED.set(shapes, paths);
  }
  return paths;
}

/** Whether the pattern tests any of the dotted paths (in any `$or` branch). */
function touches(object: PatternObject, paths: ReadonlySet<string>, prefix = ''): boolean {
  // Loops, not callbacks: this runs on every pattern of every mapping with a known source.
  for (const member of object.members) {
    if (member.kind === 'or') {
      for (const branch of member.branches) if (touches(branch, paths, prefix)) return true;
      continue;
    }
    const path = prefix ? `${prefix}.${member.key}` : member.key;
    if (member.value.kind === 'object' ? touches(member.value, paths, path) : paths.has(path)) return true;
  }
  return false;
}

/** Why `list` can never hold at `path` in a record of `shape`; undefined when it may. */
function whyNever(path: string, list: MatchList, shape: RecordShape): { reason: string; hint?: string } | undefined {
  const always = shape.always.includes(path);
  const absence = list.matchers.some((m) => m.kind === 'exists' && !m.value);
  if (absence && !always) return undefined;
  const positive = list.matchers.filter((m) => !(m.kind === 'exists' && !m.value));
  if (positive.length === 0) return always ? { reason: `Every ${shape.label} record has "${path}": "exists": false never holds` } : undefined;
  const type = own(shape.typed, path);
  if (type === undefined) return undefined;
  if (typeof type === 'object') {
    // A closed set: try every value it can take with the engine's own test.
    const test = compileMatchList(list).test;
    if (type.oneOf.some((v) => test(v))) return undefined;
    const values = type.oneOf.map((v) => `"${v}"`).join(', ');
    return { reason: `"${path}" is always one of ${values} in ${shape.label} records and this list matches none of them`, hint: 'Values are case-sensitive.' };
  }
  if (positive.some((m) => canMatch(m, type))) return undefined;
  const numbers = positive.some((m) => m.kind === 'numeric' || (m.kind === 'exact' && typeof m.value === 'number'));
  const reason = `${shape.label} records hold "${path}" as a ${type} and nothing in this list matches a ${type}`;
  // The usual case: a number-like attribute SQS sends as text ("ApproximateReceiveCount": "1").
  return type === 'string' && numbers ? { reason, hint: 'Match the digits as strings, e.g. ["1"], or "prefix".' } : { reason };
}

/** Whether one matcher can match some leaf of the type (engine semantics, filtering.md §1.3). */
function canMatch(m: Matcher, type: Exclude<FieldType, object>): boolean {
  switch (m.kind) {
    case 'exists':
      return m.value;
    // A present value of any type gets through some exclusion (a number passes a string exclusion).
    case 'anything-but':
      return true;
    case 'exact':
      return typeof m.value === type;
    case 'numeric':
      return type === 'number';
    default:
      // prefix, suffix, equals-ignore-case, wildcard, cidr: strings only.
      return type === 'string';
  }
}
