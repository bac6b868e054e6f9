// Numbers outside what the provider (at plan) or the AWS API (at apply) accepts. Values the API accepts
// but the provider does not yet are `provider-lag`; above a quota-raisable maximum is only a warning.

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { fixesOf, numberValueFix } from '../fixes/edits';
import { asNumber } from '../model/value';
import { blockVisits } from './blockVisits';
import { clamp, describeBounds, within } from './bounds';
import { arg, msg } from './message';
import type { Rule } from './rule';

export const valueOutOfRange: Rule = {
  id: 'value-out-of-range',
  category: 'schema',
  defaultSeverity: 'error',
  description: 'A number outside the range the provider or the AWS API accepts.',
  check(context) {
    const { mapping, report } = context;
    for (const { block, fact } of blockVisits(mapping.body, MAPPING_FACTS)) {
      for (const attr of block.attributes.values()) {
        const attrFact = fact.attributes[attr.name];
        if (!attrFact || attrFact.type !== 'number') continue;
        const n = asNumber(attr.value);
        if (n === undefined || (n === 0 && attrFact.zeroIsUnset)) continue;
        const { providerBounds: provider, apiBounds: api } = attrFact;
        const inProvider = within(n, provider);
        const inApi = within(n, api);
        if (!inProvider && inApi) continue; // provider-lag
        const fixable = attr.value.kind === 'number';
        if (!inProvider && provider) {
          report({
            range: attr.value.range,
            message: msg`${arg(attr.name)} must be ${describeBounds(provider)}; the provider rejects ${n} at plan.`,
            ...(fixable ? fixesOf(numberValueFix(context, attr.value.range, clamp(n, provider), false)) : {}),
          });
        } else if (!inApi && api) {
          const quota = attrFact.apiMaxIsQuota && api.max !== undefined && n > api.max;
          report({
            range: attr.value.range,
            severity: quota ? 'warning' : undefined,
            message: quota
              ? msg`${arg(attr.name)} above ${api.max} needs a service quota increase; without one AWS rejects ${n} at apply.`
              : msg`${arg(attr.name)} must be ${describeBounds(api)}; ${provider ? 'the provider accepts' : 'the provider does not check'} ${n}, but AWS rejects it at apply.`,
            ...(fixable && !quota ? fixesOf(numberValueFix(context, attr.value.range, clamp(n, api), false)) : {}),
          });
        }
      }
    }
  },
};
