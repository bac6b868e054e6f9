// More blocks than the schema allows (two `scaling_config` blocks) or a list that is too short or too
// long. Where the API allows more than the provider, the gap is reported by `provider-lag` instead.

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { factLists } from '../facts/factLists';
import { countBlocks, nthBlock } from '../model/mapping';
import { blockVisits } from './blockVisits';
import { isOpenValue } from '../model/value';
import { elementsOf } from './elements';
import { arg, msg } from './message';
import type { Rule } from './rule';

export const itemCount: Rule = {
  id: 'item-count',
  category: 'schema',
  defaultSeverity: 'error',
  description: 'Too many blocks of one type, or a list with too few or too many elements.',
  check({ mapping, report }) {
    for (const { block, fact } of blockVisits(mapping.body, MAPPING_FACTS)) {
      for (const [type, childFact] of factLists(fact).counted) {
        const max = childFact.maxItems;
        if (max === undefined) continue;
        // -1 (a `dynamic` block: the count is not known) is never too many.
        const count = countBlocks(block, type);
        if (count <= max) continue;
        if (childFact.apiMaxItems !== undefined && count <= childFact.apiMaxItems) continue;
        const excess = nthBlock(block, type, max)!;
        report({
          range: excess.typeRange,
          message: max === 1
            ? msg`Only one ${arg(type)} block is allowed; Terraform rejects a second one at plan. Merge them into one block.`
            : msg`At most ${childFact.apiMaxItems ?? max} ${arg(type)} blocks are allowed; this is number ${max + 1}.`,
        });
      }
      for (const attr of block.attributes.values()) {
        const items = fact.attributes[attr.name]?.items;
        const elements = items && elementsOf(attr);
        if (!items || !elements) continue;
        const who = items.by === 'provider' ? 'Terraform rejects it at plan' : 'AWS rejects it at apply';
        // An open list (a spread of something unknown) has at least the elements it shows, maybe more.
        if (items.min !== undefined && elements.length < items.min) {
          if (isOpenValue(attr.value)) continue;
          report({ range: attr.value.range, message: msg`${arg(attr.name)} needs at least ${items.min} element${items.min === 1 ? '' : 's'}; ${who}.` });
        } else if (items.max !== undefined && elements.length > items.max) {
          report({ range: elements[items.max]!.range, message: msg`${arg(attr.name)} takes at most ${items.max} element${items.max === 1 ? '' : 's'}; ${who}.` });
        }
      }
    }
  },
};
