// The filter patterns of a mapping, read once per analysis with their ranges in the user's source and
// shared by every pattern rule (reading a pattern is the costliest step of checking a mapping).

import { blocksOf, firstBlock, type Block, type EventSourceMapping } from '../model/mapping';
import { parsePatternValue } from '../patterns/parsePattern';
import type { PatternAst } from '../patterns/patternAst';
import type { ValidatedPattern } from '../patterns/validatePattern';

export interface ReadPattern {
  readonly filter: Block;
  /** Undefined when the pattern is not known statically. */
  readonly result: ValidatedPattern | undefined;
}

export interface MappingPattern {
  readonly filter: Block;
  readonly ast: PatternAst;
}

const read = new WeakMap<object, ReadPattern[]>();

/** Every `filter` of the mapping with what reading its pattern gave. */
export function readPatterns(mapping: EventSourceMapping, text: string): ReadPattern[] {
  let patterns = read.get(mapping.body);
  if (!patterns) {
    const criteria = firstBlock(mapping.body, 'filter_criteria');
    patterns = (criteria ? blocksOf(criteria, 'filter') : []).map((filter) => {
      const value = filter.attributes.get('pattern')?.value;
      return { filter, result: value && parsePatternValue(value, text) };
    });
    read.set(mapping.body, patterns);
  }
  return patterns;
}

/**
 * The patterns the engine accepts. Patterns that are unknown or rejected are left out: `filter-pattern`
 * reports the rejected ones, and nothing can be said about the others.
 */
export function patternsOfMapping(mapping: EventSourceMapping, text: string): readonly MappingPattern[] {
  const patterns = readPatterns(mapping, text);
  // Four rules ask in a row for the same mapping's list; made once from the same reading.
  if (lastAccepted.from !== patterns) {
    const out: MappingPattern[] = [];
    for (const { filter, result } of patterns) {
      if (result?.pattern && !result.problems.some((p) => p.severity === 'error')) out.push({ filter, ast: result.pattern });
    }
    lastAccepted = { from: patterns, accepted: out };
  }
  return lastAccepted.accepted;
}

let lastAccepted: { readonly from: readonly ReadPattern[]; readonly accepted: readonly MappingPattern[] } = { from: [], accepted: [] };
