// Lambda's filter limits: 5 filters per mapping by default, 10 with a quota increase, none on
// DocumentDB, and each pattern a JSON object of at most 4096 characters. AWS answers a pattern it cannot
// read with "Invalid filter pattern definition." at apply; the provider checks only the length.

import { FILTER_LIMITS } from '../facts/eventSourceMappingFacts';
import { blocksOf, firstBlock } from '../model/mapping';
import { patternText } from '../patterns/patternText';
import { every, type Rule } from './rule';

export const filterCriteria: Rule = {
  id: 'filter-criteria',
  category: 'filter',
  defaultSeverity: 'error',
  description: 'Too many filters, filters on DocumentDB, or a pattern that is not a JSON object.',
  check({ mapping, source, report }) {
    const criteria = firstBlock(mapping.body, 'filter_criteria');
    if (!criteria) return;
    if (every(source, (k) => k === 'documentdb')) {
      report({ range: criteria.typeRange, message: 'Lambda does not support event filtering for DocumentDB; AWS rejects `filter_criteria` at apply. Filter in the function instead.' });
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
    for (const filter of filters) {
      const pattern = filter.attributes.get('pattern');
      const text = pattern && patternText(pattern.value);
      if (!pattern || text === undefined) continue;
      if (text.length > FILTER_LIMITS.patternMaxLength) {
        report({ range: pattern.value.range, message: `A filter pattern can be at most ${FILTER_LIMITS.patternMaxLength} characters; this one is ${text.length}. The provider rejects it at plan.` });
        continue;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        report({ range: pattern.value.range, message: `The filter pattern is not valid JSON (${(error as Error).message}); AWS rejects it at apply with "Invalid filter pattern definition."` });
        continue;
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        report({ range: pattern.value.range, message: 'A filter pattern must be a JSON object such as `{"body": {"type": ["order"]}}`; AWS rejects it at apply with "Invalid filter pattern definition."' });
      }
    }
  },
};
