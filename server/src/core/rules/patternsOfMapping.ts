// The filter patterns of a mapping that the engine accepts, read once per rule with their ranges in the
// user's source. Patterns that are unknown or rejected are left out: `filter-pattern` reports the
// rejected ones, and nothing can be said about the others.

import { blocksOf, firstBlock, type Block, type EventSourceMapping } from '../model/mapping';
import { parsePatternValue } from '../patterns/parsePattern';
import type { PatternAst } from '../patterns/patternAst';

export interface MappingPattern {
  readonly filter: Block;
  readonly ast: PatternAst;
}

export function patternsOfMapping(mapping: EventSourceMapping, text: string): MappingPattern[] {
  const criteria = firstBlock(mapping.body, 'filter_criteria');
  if (!criteria) return [];
  const out: MappingPattern[] = [];
  for (const filter of blocksOf(criteria, 'filter')) {
    const value = filter.attributes.get('pattern')?.value;
    const result = value && parsePatternValue(value, text);
    if (result?.pattern && !result.problems.some((p) => p.severity === 'error')) out.push({ filter, ast: result.pattern });
  }
  return out;
}
