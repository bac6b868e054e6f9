// DynamoDB stream records carry attribute values typed (`{"S": "shipped"}`, `{"N": "42"}`), so a pattern
// on `dynamodb.NewImage`/`OldImage`/`Keys` must name the type key, and numbers arrive as strings:
// `numeric` and number literals never match an `N`. AWS accepts both mistakes; the records are skipped.

import { expandBranches } from '../patterns/compilePattern';
import type { MatchList } from '../patterns/patternAst';
import { DYNAMODB_IMAGES, DYNAMODB_TYPE_KEYS } from '../patterns/recordFields';
import { OR_COMBINATION_LIMIT } from '../patterns/validatePattern';
import type { SourceRange } from '../model/sourceRange';
import { patternsOfMapping } from './patternsOfMapping';
import { every, type Finding, type Rule } from './rule';

export const patternDynamodbTypes: Rule = {
  id: 'pattern-dynamodb-types',
  category: 'filter',
  defaultSeverity: 'warning',
  description: 'A DynamoDB filter on an attribute without its type key ({"S": …}), or `numeric` on an `N` value (a string).',
  check({ mapping, source, text, report }) {
    if (!every(source, (kind) => kind === 'dynamodb')) return;
    for (const { ast } of patternsOfMapping(mapping, text)) {
      if (ast.combinations > OR_COMBINATION_LIMIT) continue;
      // A condition appears in every `$or` branch it belongs to; check each once.
      const seen = new Set<MatchList>();
      for (const branch of expandBranches(ast.root)) {
        for (const c of branch) {
          if (seen.has(c.source)) continue;
          seen.add(c.source);
          if (c.atoms[0] === 'dynamodb' && DYNAMODB_IMAGES.includes(c.atoms[1] ?? '')) checkAttribute(c.atoms, 2, c.source, c.keyRange, report);
        }
      }
    }
  },
};

/** `atoms[at]` is an attribute name; what follows must be its type key (and, under `M`, the same again). */
function checkAttribute(atoms: readonly string[], at: number, list: MatchList, keyRange: SourceRange, report: (f: Finding) => void): void {
  const name = atoms[at]!;
  const type = atoms[at + 1];
  if (type === undefined) {
    const absentOnly = list.matchers.every((m) => m.kind === 'exists' && !m.value);
    report({
      range: keyRange,
      message: absentOnly
        ? `DynamoDB sends "${name}" as a typed object ({"S": …}), and "exists": false on an object also matches records that have it. Name the type: "${name}": {"S": [{"exists": false}]}.`
        : `DynamoDB sends "${name}" as a typed value such as {"S": "shipped"} or {"N": "42"}, so this list never matches it. Name the type key: "${name}": {"S": [...]}.`,
    });
    return;
  }
  if (!DYNAMODB_TYPE_KEYS.includes(type)) {
    report({
      range: keyRange,
      message: `DynamoDB sends "${name}" as a typed value: the key after it must be its type (S, N, BOOL, M, L, …), not "${type}"${type.toUpperCase() === type ? '' : ` (a map's fields are under "M": "${name}": {"M": {"${type}": …}})`}. This condition never matches.`,
    });
    return;
  }
  if (type === 'M' && atoms.length > at + 2) return checkAttribute(atoms, at + 2, list, keyRange, report);
  if (type !== 'N' || atoms.length !== at + 2) return;
  for (const m of list.matchers) {
    if (m.kind === 'numeric') {
      const equal = m.lower && m.upper && m.lower.value === m.upper.value ? `Match the string instead: "N": ["${m.lower.value}"].` : undefined;
      report({
        range: m.opRange,
        message: `DynamoDB sends numbers as strings ({"N": "42"}), so "numeric" never matches an N value. ${equal ?? 'Match exact strings ("N": ["42"]), "prefix" or "anything-but", or compare in the function.'}`,
      });
    } else if (m.kind === 'exact' && typeof m.value === 'number') {
      report({
        range: m.range,
        message: `DynamoDB sends numbers as strings ({"N": "${m.value}"}), and a string never equals a number: write "${m.value}".`,
      });
    }
  }
}
