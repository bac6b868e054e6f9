// A filter that lets through nothing another filter of the mapping does not already let through: the
// same pattern twice, or one that only narrows another. It changes nothing but counts against the quota
// of 5 filters per mapping, and usually means one of the two was meant to say something else.

import type { Matcher, NumericBound, PatternObject } from '../patterns/patternAst';
import { patternsOfMapping } from './patternsOfMapping';
import type { Rule } from './rule';

export const patternRedundant: Rule = {
  id: 'pattern-redundant',
  category: 'filter',
  defaultSeverity: 'information',
  description: 'A filter that another filter of the mapping already covers.',
  check({ mapping, text, report }) {
    const accepted = patternsOfMapping(mapping, text);
    if (accepted.length < 2) return;
    const fields = accepted.map((p) => fieldsOf(p.ast.root));
    for (let i = 0; i < fields.length; i++) {
      const a = fields[i];
      if (!a) continue;
      const cover = fields.findIndex((b, j) => j !== i && b !== undefined && covers(b, a) && (!covers(a, b) || j < i));
      if (cover < 0) continue;
      const same = covers(a, fields[cover]!);
      const range = accepted[i]!.filter.attributes.get('pattern')!.value.range;
      report({
        range,
        message: same
          ? `This filter is the same as filter ${cover + 1} of this mapping; it lets nothing more through. Remove it (it still counts against the quota of 5 filters).`
          : `Filter ${cover + 1} of this mapping already lets through every record this one matches, so this filter changes nothing. Remove it, or make filter ${cover + 1} narrower if that was the intent.`,
        unnecessary: true,
      });
    }
  },
};

/**
 * The pattern as dotted field paths, each with its set of matchers (written without positions); undefined
 * for patterns with `$or`, which this rule leaves alone.
 */
function fieldsOf(root: PatternObject, prefix = '', out = new Map<string, Set<string>>()): Map<string, Set<string>> | undefined {
  for (const member of root.members) {
    if (member.kind === 'or') return undefined;
    const path = prefix ? `${prefix}.${member.key}` : member.key;
    if (member.value.kind === 'object') {
      if (!fieldsOf(member.value, path, out)) return undefined;
    } else {
      // A later duplicate key replaces the earlier one, as AWS reads it.
      out.set(path, new Set(member.value.matchers.map(signature)));
    }
  }
  return out;
}

/** `b` covers `a` when every field `b` tests is tested by `a` with alternatives `b` also accepts. */
function covers(b: ReadonlyMap<string, ReadonlySet<string>>, a: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  for (const [path, accepted] of b) {
    const narrower = a.get(path);
    if (!narrower) return false;
    for (const m of narrower) if (!accepted.has(m)) return false;
  }
  return true;
}

/**
 * What a matcher tests, without where it is written: equal for two matchers exactly when their fields
 * other than ranges and derived data (a parsed wildcard or CIDR) are equal as JSON. Built by hand: a
 * JSON.stringify with a replacer per matcher was the costliest step of this rule.
 */
function signature(m: Matcher): string {
  switch (m.kind) {
    case 'numeric':
      return `numeric ${bound(m.lower)} ${bound(m.upper)}`;
    case 'anything-but':
      return `anything-but ${m.form} ${m.numbers} ${JSON.stringify(m.values)}`;
    default:
      return `${m.kind} ${JSON.stringify(m.value)}`;
  }
}

function bound(b: NumericBound | undefined): string {
  return b ? `${JSON.stringify(b.value)}${b.inclusive ? '=' : ''}` : '-';
}
