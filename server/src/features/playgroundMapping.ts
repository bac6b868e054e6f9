// The mapping the playground is on, found by place (a code lens, the cursor) or by name (once open, as
// the file is edited and the mapping moves), and its filters as the playground shows them.

import type { PlaygroundFilter } from '../../../protocol/playground';
import { mappingsOf, type MappingAnalysis } from '../core/analyze';
import { blocksOf, firstBlock, type Block, type EventSourceMapping } from '../core/model/mapping';
import { patternText } from '../core/patterns/patternText';
import type { ServiceDocument } from '../core/service/languageService';

export interface FoundMapping {
  /** Where the mapping's block starts in the file; its block ranges are relative to it. */
  readonly offset: number;
  readonly analysis: MappingAnalysis;
}

function mappingsIn(service: ServiceDocument): FoundMapping[] {
  return mappingsOf(service.model, service.module, { text: service.text, ...(service.cache ? { cache: service.cache } : {}) });
}

export function mappingNamed(service: ServiceDocument, name: string): FoundMapping | undefined {
  return mappingsIn(service).find((m) => m.analysis.mapping.name === name);
}

/** The mapping named `name` if there is one, else the one whose block holds `offset`. */
export function mappingFor(service: ServiceDocument, name: string | undefined, offset: number): FoundMapping | undefined {
  const mappings = mappingsIn(service);
  return (
    mappings.find((m) => name !== undefined && m.analysis.mapping.name === name) ??
    mappings.find((m) => offset >= m.offset && offset <= m.offset + m.analysis.mapping.body.range.end)
  );
}

/** The `filter` blocks of the mapping's `filter_criteria`, in order. */
export function filterBlocks(mapping: EventSourceMapping): Block[] {
  const criteria = firstBlock(mapping.body, 'filter_criteria');
  return criteria ? blocksOf(criteria, 'filter') : [];
}

/** Each filter's pattern text, when it is known statically, and where it comes from. */
export function playgroundFilters(mapping: EventSourceMapping): PlaygroundFilter[] {
  return filterBlocks(mapping).map(filterOf);
}

function filterOf(filter: Block): PlaygroundFilter {
  const value = filter.attributes.get('pattern')?.value;
  const text = value && !filter.dynamic ? patternText(value) : undefined;
  if (text === undefined) return { origin: 'unknown' };
  return { text, origin: value!.kind === 'reference' ? 'reference' : 'literal' };
}
