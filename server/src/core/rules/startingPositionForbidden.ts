// SQS and MQ have no stream position: AWS rejects `starting_position` for them
// ("StartingPosition is not valid for SQS event sources.").

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { fixesOf, removeFix } from '../fixes/edits';
import { describeKinds } from '../sources/sourceKind';
import { arg, msg } from './message';
import { every, type Rule } from './rule';

export const startingPositionForbidden: Rule = {
  id: 'starting-position-forbidden',
  category: 'source',
  defaultSeverity: 'error',
  description: 'starting_position on SQS or MQ.',
  check(context) {
    const { mapping, source, report } = context;
    for (const name of ['starting_position', 'starting_position_timestamp']) {
      const attr = mapping.body.attributes.get(name);
      const sources = MAPPING_FACTS.attributes[name]!.sources ?? {};
      if (!attr || !every(source, (k) => sources[k] === 'forbidden')) continue;
      report({
        range: attr.nameRange,
        message: msg`${arg(name)} is not valid for ${describeKinds(source.kinds!)}: they have no stream position, and AWS rejects it at apply. Remove it.`,
        ...fixesOf(removeFix(context, attr)),
        unnecessary: true,
      });
    }
  },
};
