// Kafka mappings read exactly one topic: AWS rejects none or several at apply (the provider's schema
// has no limit on the set).

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { describeKinds } from '../sources/sourceKind';
import { isOpenValue } from '../model/value';
import { elementsOf } from './elements';
import { arg, msg } from './message';
import { everyIn, type Rule } from './rule';

export const kafkaTopics: Rule = {
  id: 'kafka-topics',
  category: 'kafka',
  defaultSeverity: 'error',
  description: 'A Kafka mapping without exactly one topic.',
  readsAbsence: true,
  check({ mapping, source, report }) {
    const requiredFor = MAPPING_FACTS.attributes['topics']!.requiredFor ?? [];
    if (!everyIn(source, requiredFor)) return;
    const topics = mapping.body.attributes.get('topics');
    if (!topics) {
      report({ range: mapping.nameRange, message: msg`${describeKinds(source.kinds!)} mappings need ${arg('topics')} with exactly one topic name; AWS rejects the mapping at apply without it.` });
      return;
    }
    const elements = elementsOf(topics);
    if (!elements) return;
    // An open list (`[...names]`) may hold the topic its shown elements lack.
    if (elements.length === 0 && !isOpenValue(topics.value)) {
      report({ range: topics.value.range, message: msg`${arg('topics')} needs exactly one topic name; AWS rejects an empty list at apply.` });
    } else if (elements.length > 1) {
      report({
        range: elements[1]!.range,
        message: `A mapping reads exactly one Kafka topic; AWS rejects ${isOpenValue(topics.value) ? 'at least ' : ''}${elements.length} at apply. Create one mapping per topic.`,
      });
    }
  },
};
