// The `pattern` argument of a `filter`: a string that holds a JSON object, so completion writes it as an
// object encoded the language's way rather than as a plain string.

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import type { AttributeFact } from '../facts/factTypes';

const PATTERN = MAPPING_FACTS.blocks['filter_criteria']?.blocks['filter']?.attributes['pattern'];

export function isFilterPattern(fact: AttributeFact): boolean {
  return fact === PATTERN;
}
