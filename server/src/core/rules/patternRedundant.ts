// A filter that lets through nothing another filter of the mapping does not already let through: the
// same pattern twice, or one that only narrows another. It changes nothing but counts against the quota
// of 5 filters per mapping, and usually means one of the two was meant to say something else.

import type { Matcher, PatternObject } from '../patterns/patternAst';
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
    const patterns = accepted.map((p) => ({ ...p, fields: fieldsOf(p.ast.root) }));
    patterns.forEach((a, i) => {
      if (!a.fields) return;
      const cover = patterns.findIndex((b, j) => j !== i && b.fields && covers(b.fields, a.fields!) && (!covers(a.fields!, b.fields) || j < i));
      if (cover < 0) return;
      const same = covers(a.fields, patterns[cover]!.fields!);
      const range = a.filter.attributes.get('pattern')!.value.range;
      report({
        range,
        message: same
          ? `This filter is the same as filter ${cover + 1} of this mapping; it lets nothing more through. Remove it (it still counts against the quota of 5 filters).`
          : `Filter ${cover + 1} of this mapping already lets through every record this one matches, so this filter changes nothing. Remove it, or make filter ${cover + 1} narrower if that was the intent.`,
        unnecessary: true,
      });
    });
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

function signature(m: Matcher): string {
  return JSON.stringify(m, (key, value: unknown) => (key === 'range' || key === 'opRange' || key === 'parsed' || key === 'block' || key === 'wildcards' ? undefined : value));
}
