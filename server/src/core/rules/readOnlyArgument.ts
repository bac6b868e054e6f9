// Computed attributes (`arn`, `uuid`, `state`, …) are set by AWS; Terraform refuses to plan a
// configuration that sets them.

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { fixesOf, removeFix } from '../fixes/edits';
import { arg, code, msg } from './message';
import type { Rule } from './rule';

export const readOnlyArgument: Rule = {
  id: 'read-only-argument',
  category: 'schema',
  defaultSeverity: 'error',
  description: 'Setting an attribute that only AWS can set.',
  check(context) {
    const { mapping, report } = context;
    const name = mapping.name;
    for (const attr of mapping.body.attributes.values()) {
      if (!MAPPING_FACTS.attributes[attr.name]?.readOnly) continue;
      report({
        range: attr.nameRange,
        message: msg`${arg(attr.name)} is read-only: AWS sets it after the mapping is created, and Terraform rejects a value for it. Read it as ${code(`aws_lambda_event_source_mapping.${name}.${attr.name}`)} instead.`,
        ...fixesOf(removeFix(context, attr)),
      });
    }
  },
};
