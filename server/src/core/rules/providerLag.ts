// What the AWS API accepts but the newest provider still rejects at plan: the `logging_config` block,
// a 23rd `source_access_configuration`, `maximum_pollers` above 2000. The message says which side
// rejects and what to do (the awscc provider, or a smaller value).

import { API_ONLY_BLOCKS, MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { factLists } from '../facts/factLists';
import { asNumber } from '../model/value';
import { describeBounds, within } from './bounds';
import type { Rule } from './rule';
import { walkBlocks } from './walkBlocks';

export const providerLag: Rule = {
  id: 'provider-lag',
  category: 'schema',
  defaultSeverity: 'error',
  description: 'Something the AWS API accepts but the hashicorp/aws provider does not support yet.',
  check({ mapping, report }) {
    for (const child of mapping.body.blocks) {
      const note = API_ONLY_BLOCKS[child.type];
      if (note) report({ range: child.typeRange, message: `Terraform rejects \`${child.type}\` at plan. ${note}` });
    }
    walkBlocks(mapping.body, MAPPING_FACTS, ({ block, fact }) => {
      for (const [type, childFact] of factLists(fact).counted) {
        const { maxItems, apiMaxItems } = childFact;
        if (maxItems === undefined || apiMaxItems === undefined) continue;
        const children = block.blocks.filter((b) => b.type === type);
        if (children.some((b) => b.dynamic) || children.length <= maxItems || children.length > apiMaxItems) continue;
        report({
          range: children[maxItems]!.typeRange,
          message: `The provider allows at most ${maxItems} \`${type}\` blocks and rejects this one at plan, although the AWS API accepts ${apiMaxItems}.`,
        });
      }
      for (const attr of block.attributes.values()) {
        const attrFact = fact.attributes[attr.name];
        const n = asNumber(attr.value);
        if (!attrFact?.providerBounds || !attrFact.apiBounds || n === undefined || (n === 0 && attrFact.zeroIsUnset)) continue;
        if (within(n, attrFact.providerBounds) || !within(n, attrFact.apiBounds)) continue;
        report({
          range: attr.value.range,
          message: `The AWS API accepts \`${attr.name}\` = ${n}, but the provider allows only ${describeBounds(attrFact.providerBounds)} and rejects it at plan.`,
        });
      }
    });
  },
};
