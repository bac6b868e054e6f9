// Provisioned poller bounds: SQS needs at least 2 pollers on both ends, and the minimum cannot exceed
// the maximum.

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { firstBlock } from '../model/mapping';
import { asNumber } from '../model/value';
import { describeKinds } from '../sources/sourceKind';
import { describeBounds, within } from './bounds';
import { arg, msg } from './message';
import { type Rule } from './rule';

export const pollers: Rule = {
  id: 'pollers',
  category: 'sqs',
  defaultSeverity: 'error',
  description: 'Provisioned poller counts outside what the source accepts.',
  check({ mapping, source, report }) {
    const block = firstBlock(mapping.body, 'provisioned_poller_config');
    if (!block || block.dynamic) return;
    const facts = MAPPING_FACTS.blocks['provisioned_poller_config']!.attributes;
    for (const name of ['minimum_pollers', 'maximum_pollers']) {
      const attr = block.attributes.get(name);
      const n = asNumber(attr?.value);
      if (!attr || n === undefined || n === 0 || !source.kinds) continue;
      const bounds = source.kinds.map((k) => facts[name]!.sourceBounds?.[k]);
      const first = bounds[0];
      if (!first || bounds.some((b) => b !== first) || within(n, first)) continue;
      report({
        range: attr.value.range,
        message: msg`${arg(name)} must be ${describeBounds(first)} for ${describeKinds(source.kinds)}; AWS rejects ${n} at apply.`,
      });
    }
    const min = asNumber(block.attributes.get('minimum_pollers')?.value);
    const max = asNumber(block.attributes.get('maximum_pollers')?.value);
    const minAttr = block.attributes.get('minimum_pollers');
    if (minAttr && min !== undefined && max !== undefined && min > 0 && max > 0 && min > max) {
      report({
        range: minAttr.value.range,
        message: msg`${arg('minimum_pollers')} (${min}) is greater than ${arg('maximum_pollers')} (${max}); AWS rejects it at apply.`,
      });
    }
  },
};
