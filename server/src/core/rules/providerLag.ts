// What the AWS API accepts but the newest provider still rejects at plan: the `logging_config` block,
// a 23rd `source_access_configuration`, `maximum_pollers` above 2000. The message says which side
// rejects and what to do (the awscc provider, or a smaller value).

import { API_ONLY_BLOCKS, MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { factLists } from '../facts/factLists';
import { countBlocks, nthBlock } from '../model/mapping';
import { asNumber } from '../model/value';
import { blockVisits } from './blockVisits';
import { describeBounds, within } from './bounds';
import { arg, type Message, msg } from './message';
import type { Rule } from './rule';

export const providerLag: Rule = {
  id: 'provider-lag',
  category: 'schema',
  defaultSeverity: 'error',
  description: 'Something the AWS API accepts but the hashicorp/aws provider does not support yet.',
  check({ mapping, report }) {
    for (const child of mapping.body.blocks) {
      const note = API_ONLY_BLOCKS[child.type];
      if (note) report({ range: child.typeRange, message: msg`Terraform rejects ${arg(child.type)} at plan. ${naming(note, child.type)}` });
    }
    for (const { block, fact } of blockVisits(mapping.body, MAPPING_FACTS)) {
      for (const [type, childFact] of factLists(fact).counted) {
        const { maxItems, apiMaxItems } = childFact;
        if (maxItems === undefined || apiMaxItems === undefined) continue;
        // -1 (a `dynamic` block: the count is not known) is never too many.
        const count = countBlocks(block, type);
        if (count <= maxItems || count > apiMaxItems) continue;
        report({
          range: nthBlock(block, type, maxItems)!.typeRange,
          message: msg`The provider allows at most ${maxItems} ${arg(type)} blocks and rejects this one at plan, although the AWS API accepts ${apiMaxItems}.`,
        });
      }
      for (const attr of block.attributes.values()) {
        const attrFact = fact.attributes[attr.name];
        if (!attrFact?.providerBounds || !attrFact.apiBounds) continue;
        const n = asNumber(attr.value);
        if (n === undefined || (n === 0 && attrFact.zeroIsUnset)) continue;
        if (within(n, attrFact.providerBounds) || !within(n, attrFact.apiBounds)) continue;
        report({
          range: attr.value.range,
          message: msg`The AWS API accepts ${arg(attr.name)} = ${n}, but the provider allows only ${describeBounds(attrFact.providerBounds)} and rejects it at plan.`,
        });
      }
    }
  },
};

/** The fact's note names the block as Terraform does; the finding names it as the mapping's language does. */
function naming(note: string, name: string): Message {
  return { parts: note.split(`\`${name}\``).flatMap((text, i) => (i === 0 ? [text] : [arg(name), text])) };
}
