// Where aws/event-ruler, the engine AWS runs, is known to answer differently from the documented
// semantics this project follows (docs/patterns.md): IP addresses compared as hex text, a `"` inside a
// prefix or suffix, letters outside the Basic Multilingual Plane when ignoring case. An explanation that
// rests on such a value says so, since AWS may then deliver or drop the record the other way.

import type { BranchCondition } from './branchCondition';
import type { DecodedRecord } from './decodeRecord';
import { collectCandidates } from './matchExact';
import { parseIp } from './cidr';
import type { Matcher } from './patternAst';

const ASTRAL = /[\uD800-\uDBFF]/;

/** A sentence for the first condition of the branches whose value is one where AWS's engine may differ. */
export function engineDifference(branches: readonly (readonly BranchCondition[])[], decoded: DecodedRecord): string | undefined {
  for (const branch of branches) {
    for (const c of branch) {
      if (!c.source.matchers.some(mayDiffer)) continue;
      const values = collectCandidates(decoded.view, c.atoms).map((f) => f.value);
      for (const m of c.source.matchers) {
        const why = differs(m, values);
        if (why) return `AWS's engine may answer differently for \`${c.name}\`: ${why}.`;
      }
    }
  }
  return undefined;
}

/** Whether a matcher can meet such a value at all (cheap, before the record is searched). */
function mayDiffer(m: Matcher): boolean {
  return m.kind === 'cidr' || m.kind === 'prefix' || m.kind === 'suffix' || m.kind === 'anything-but' || m.kind.endsWith('ignore-case');
}

function differs(m: Matcher, values: readonly unknown[]): string | undefined {
  if (m.kind === 'cidr') {
    // Its ranges run over hex digits, which a number's digits or another family's address can fall in.
    const other = values.some((v) => typeof v === 'number' || (typeof v === 'string' && (parseIp(v)?.length ?? m.block.size) !== m.block.size));
    return other ? 'it compares IP addresses as hex text, so a cidr block can hold a number or an address of the other IP version' : undefined;
  }
  const strings = values.filter((v): v is string => typeof v === 'string');
  if (strings.length === 0) return undefined;
  switch (m.kind) {
    case 'prefix':
    case 'suffix':
      return m.value.includes('"') ? `it matches the quoted text of a value, so a \`"\` in a ${m.kind} can match the quote around it` : undefined;
    case 'anything-but':
      if ((m.form === 'prefix' || m.form === 'suffix') && m.values.some((v) => typeof v === 'string' && v.includes('"'))) {
        return `it matches the quoted text of a value, so a \`"\` in an anything-but ${m.form} can match the quote around it`;
      }
      if (m.form === 'equals-ignore-case' && (m.values.some((v) => typeof v === 'string' && ASTRAL.test(v)) || strings.some((s) => ASTRAL.test(s)))) return ASTRAL_CASE;
      return undefined;
    case 'equals-ignore-case':
    case 'prefix-ignore-case':
    case 'suffix-ignore-case':
      return ASTRAL.test(m.value) || strings.some((s) => ASTRAL.test(s)) ? ASTRAL_CASE : undefined;
    default:
      return undefined;
  }
}

const ASTRAL_CASE = 'it mishandles characters outside the Basic Multilingual Plane (such as 𐐀 and 𐐨) when ignoring case, even spelled the same';
