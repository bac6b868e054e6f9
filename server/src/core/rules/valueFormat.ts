// Strings that break a length or pattern constraint (topic names, URIs, consumer group ids, DocumentDB
// names, poller group names, destinations) or are not RFC 3339 timestamps.

import type { AttributeFact } from '../facts/factTypes';
import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { blockVisits } from './blockVisits';
import { stringsOf } from './elements';
import { arg, msg } from './message';
import type { Rule } from './rule';

/** RFC 3339 date-time, as the provider's `IsRFC3339Time` validator reads it. */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export const valueFormat: Rule = {
  id: 'value-format',
  category: 'schema',
  defaultSeverity: 'error',
  description: 'A string that breaks the length, pattern or format the argument requires.',
  check({ mapping, report }) {
    for (const { block, fact } of blockVisits(mapping.body, MAPPING_FACTS)) {
      for (const attr of block.attributes.values()) {
        const attrFact = fact.attributes[attr.name];
        if (!attrFact || (!attrFact.length && !attrFact.pattern && !attrFact.format)) continue;
        for (const element of stringsOf(attr)) {
          if (element.text === undefined) continue;
          const problem = formatProblem(element.text, attrFact);
          if (problem) report({ range: element.range, message: msg`${arg(attr.name)} ${problem}` });
        }
      }
    }
  },
};

function who(by: 'provider' | 'api'): string {
  return by === 'provider' ? 'the provider rejects it at plan' : 'AWS rejects it at apply';
}

function formatProblem(text: string, fact: AttributeFact): string | undefined {
  const { length, pattern, format } = fact;
  if (length && (text.length < length.min || text.length > length.max)) {
    return `must be ${length.min}–${length.max} characters long (this is ${text.length}); ${who(length.by)}.`;
  }
  if (pattern && !pattern.regex.test(text)) {
    return `may contain only ${pattern.description}; ${who(pattern.by)}.`;
  }
  if (format === 'rfc3339' && !(RFC3339.test(text) && !Number.isNaN(Date.parse(text)))) {
    return 'must be an RFC 3339 timestamp such as `2024-05-01T00:00:00Z`; the provider rejects it at plan.';
  }
  return undefined;
}
