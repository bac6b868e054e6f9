// Lambda's filter limits: 5 filters per mapping by default, 10 with a quota increase, and none on
// DocumentDB. What each pattern says is checked by `filter-pattern`.

import { FILTER_LIMITS } from '../facts/eventSourceMappingFacts';
import { blocksOf, firstBlock } from '../model/mapping';
import { arg, msg } from './message';
import { every, type Rule } from './rule';

export const filterCriteria: Rule = {
  id: 'filter-criteria',
  category: 'filter',
  defaultSeverity: 'error',
  description: 'Too many filters, or filters on DocumentDB.',
  check({ mapping, source, report }) {
    const criteria = firstBlock(mapping.body, 'filter_criteria');
    if (!criteria) return;
    if (every(source, (k) => k === 'documentdb')) {
      report({ range: criteria.typeRange, message: msg`Lambda does not support event filtering for DocumentDB; AWS rejects ${arg('filter_criteria')} at apply. Filter in the function instead.` });
      return;
    }
    const filters = blocksOf(criteria, 'filter');
    if (!filters.some((f) => f.dynamic)) {
      if (filters.length > FILTER_LIMITS.hardMax) {
        report({ range: filters[FILTER_LIMITS.hardMax]!.typeRange, message: `A mapping can have at most ${FILTER_LIMITS.hardMax} filters; this is number ${FILTER_LIMITS.hardMax + 1}, and Terraform rejects it at plan. Combine patterns with \`$or\`.` });
      } else if (filters.length > FILTER_LIMITS.defaultQuota) {
        report({
          range: filters[FILTER_LIMITS.defaultQuota]!.typeRange,
          severity: 'warning',
          message: `More than ${FILTER_LIMITS.defaultQuota} filters needs a service quota increase (up to ${FILTER_LIMITS.hardMax}); without one AWS rejects the mapping at apply. Combine patterns with \`$or\` to stay within ${FILTER_LIMITS.defaultQuota}.`,
        });
      }
    }
  },
};
