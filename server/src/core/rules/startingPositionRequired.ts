// Streams and Kafka need to be told where to start reading; AWS rejects the mapping without it
// ("Value null at 'startingPosition' failed to satisfy constraint: Member must not be null").

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { fixesOf, insertArgumentFix } from '../fixes/edits';
import { describeKinds } from '../sources/sourceKind';
import { arg, msg } from './message';
import { everyIn, type Rule } from './rule';

export const startingPositionRequired: Rule = {
  id: 'starting-position-required',
  category: 'stream',
  defaultSeverity: 'error',
  description: 'A stream or Kafka source without starting_position.',
  readsAbsence: true,
  check(context) {
    const { mapping, source, report } = context;
    const requiredFor = MAPPING_FACTS.attributes['starting_position']!.requiredFor ?? [];
    if (mapping.body.attributes.has('starting_position') || !everyIn(source, requiredFor)) return;
    report({
      range: mapping.nameRange,
      message: msg`${describeKinds(source.kinds!)} need ${arg('starting_position')} (\`LATEST\`, \`TRIM_HORIZON\`${source.kinds!.includes('dynamodb') ? '' : ' or `AT_TIMESTAMP`'}); AWS rejects the mapping at apply without it.`,
      ...fixesOf(
        insertArgumentFix(context, mapping.body, 'starting_position', 'LATEST', false, '(new records only)'),
        insertArgumentFix(context, mapping.body, 'starting_position', 'TRIM_HORIZON', false, '(from the oldest record)'),
      ),
    });
  },
};
