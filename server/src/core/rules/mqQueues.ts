// Amazon MQ mappings consume one queue. Several are rejected (the provider's MaxItems is 1); none is
// accepted by the provider, and whether the API accepts it is not verified, so it is a warning.

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { isOpenValue } from '../model/value';
import { elementsOf } from './elements';
import { arg, assign, msg } from './message';
import { everyIn, type Rule } from './rule';

export const mqQueues: Rule = {
  id: 'mq-queues',
  category: 'mq',
  defaultSeverity: 'error',
  description: 'An Amazon MQ mapping without exactly one queue.',
  readsAbsence: true,
  check({ mapping, source, report }) {
    const requiredFor = MAPPING_FACTS.attributes['queues']!.requiredFor ?? [];
    if (!everyIn(source, requiredFor)) return;
    const queues = mapping.body.attributes.get('queues');
    if (!queues) {
      report({
        range: mapping.nameRange,
        severity: 'warning',
        message: msg`Amazon MQ mappings name the broker queue to consume in ${assign('queues', '["<name>"]')}; without it the mapping has nothing to read (AWS behaviour not verified).`,
      });
      return;
    }
    const elements = elementsOf(queues);
    if (elements && elements.length > 1) {
      report({ range: elements[1]!.range, message: msg`${arg('queues')} takes exactly one queue name; the provider rejects ${isOpenValue(queues.value) ? 'at least ' : ''}${elements.length} at plan. Create one mapping per queue.` });
    }
  },
};
