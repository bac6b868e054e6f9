// Values outside an argument's enum. The provider validates some (`starting_position`, `type`) at plan;
// the API rejects the rest at apply. Enum values are case-sensitive, and a case slip is the usual cause.

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { fixesOf, stringValueFix } from '../fixes/edits';
import { closest } from '../text/closest';
import { blockVisits } from './blockVisits';
import { stringsOf } from './elements';
import { arg, code, msg } from './message';
import type { Rule } from './rule';

export const invalidEnumValue: Rule = {
  id: 'invalid-enum-value',
  category: 'schema',
  defaultSeverity: 'error',
  description: 'A value that is not one of the values the argument accepts.',
  check(context) {
    const { mapping, report } = context;
    for (const { block, fact } of blockVisits(mapping.body, MAPPING_FACTS)) {
      for (const attr of block.attributes.values()) {
        const allowed = fact.attributes[attr.name]?.enum;
        if (!allowed) continue;
        for (const element of stringsOf(attr)) {
          if (element.text === undefined || allowed.includes(element.text)) continue;
          const sameCase = allowed.find((a) => a.toLowerCase() === element.text!.toLowerCase());
          const suggestion = sameCase ?? closest(element.text, allowed);
          const list = allowed.map((a) => `\`${a}\``).join(', ');
          report({
            range: element.range,
            message: msg`${code(element.text)} is not a valid ${arg(attr.name)}${sameCase ? ` (values are case-sensitive: \`${sameCase}\`)` : suggestion ? `; did you mean \`${suggestion}\`?` : ''}. Valid values: ${list}.`,
            // Only a literal written right here can be fixed in place.
            ...(suggestion && element.value.kind === 'string' && element.range === element.value.range ? fixesOf(stringValueFix(context, element.range, suggestion)) : {}),
          });
        }
      }
    }
  },
};
