// Required arguments that are absent: Terraform stops at plan with "Missing required argument".

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { factLists } from '../facts/factLists';
import { blockVisits } from './blockVisits';
import { arg, code, msg } from './message';
import type { Rule } from './rule';

export const missingRequiredArgument: Rule = {
  id: 'missing-required-argument',
  category: 'schema',
  defaultSeverity: 'error',
  description: 'A required argument is missing.',
  readsAbsence: true,
  check({ mapping, report }) {
    for (const { block, fact, path } of blockVisits(mapping.body, MAPPING_FACTS)) {
      for (const attrFact of factLists(fact).required) {
        if (block.attributes.has(attrFact.name)) continue;
        const where = path ? msg`the ${arg(block.type)} block` : msg`${code(`aws_lambda_event_source_mapping.${mapping.name}`)}`;
        report({
          range: path ? block.typeRange : mapping.nameRange,
          message: msg`${where} needs ${arg(attrFact.name)}: Terraform rejects it at plan without it. ${attrFact.doc}`,
        });
      }
    }
  },
};
