// Values that only some source kinds accept: `ErrorCount` and `KafkaMetrics` metrics, `VIRTUAL_HOST`
// (RabbitMQ), SCRAM-256 and VPC settings (self-managed Kafka), `kafka://` destinations (Kafka).

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { describeKinds } from '../sources/sourceKind';
import { blockVisits } from './blockVisits';
import { stringsOf } from './elements';
import { every, type Rule } from './rule';

export const valueNotApplicable: Rule = {
  id: 'value-not-applicable',
  category: 'source',
  defaultSeverity: 'warning',
  description: 'A value that the event source kind does not support.',
  check({ mapping, source, report }) {
    if (!source.kinds) return;
    for (const { block, fact } of blockVisits(mapping.body, MAPPING_FACTS)) {
      for (const attr of block.attributes.values()) {
        const rules = fact.attributes[attr.name]?.valueSources;
        if (!rules) continue;
        for (const element of stringsOf(attr)) {
          const text = element.text;
          if (text === undefined) continue;
          const rule = rules.find((r) => (r.value !== undefined && r.value === text) || (r.prefix !== undefined && text.startsWith(r.prefix)));
          if (!rule || !every(source, (k) => !rule.kinds.includes(k))) continue;
          report({
            range: element.range,
            message: `${rule.label} is only for ${describeKinds(rule.kinds)}, not ${describeKinds(source.kinds!)}; AWS rejects or ignores it.`,
          });
        }
      }
    }
  },
};
