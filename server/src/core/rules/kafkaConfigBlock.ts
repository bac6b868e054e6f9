// The two Kafka config blocks belong to different sources: the provider declares
// `self_managed_kafka_event_source_config` to conflict with `event_source_arn`, and
// `amazon_managed_kafka_event_source_config` with `self_managed_event_source`. `terraform validate`
// skips these checks when the ARN is a reference, so they surface only at apply.

import { fixesOf, renameFix } from '../fixes/edits';
import { firstBlock } from '../model/mapping';
import { arg, msg } from './message';
import type { Rule } from './rule';

export const kafkaConfigBlock: Rule = {
  id: 'kafka-config-block',
  category: 'kafka',
  defaultSeverity: 'error',
  description: 'The Kafka config block of the other Kafka kind.',
  readsAbsence: true,
  check(context) {
    const { mapping, report } = context;
    const selfManaged = firstBlock(mapping.body, 'self_managed_kafka_event_source_config');
    const managed = firstBlock(mapping.body, 'amazon_managed_kafka_event_source_config');
    const hasArn = mapping.body.attributes.has('event_source_arn');
    const hasEndpoints = !!firstBlock(mapping.body, 'self_managed_event_source');
    if (selfManaged && hasArn && !hasEndpoints) {
      report({
        range: selfManaged.typeRange,
        message: msg`${arg('self_managed_kafka_event_source_config')} is for self-managed Kafka and conflicts with ${arg('event_source_arn')}; for Amazon MSK use ${arg('amazon_managed_kafka_event_source_config')}.`,
        ...fixesOf(renameFix(context, selfManaged.typeRange, selfManaged.type, 'amazon_managed_kafka_event_source_config', 'argument')),
      });
    }
    if (managed && hasEndpoints && !hasArn) {
      report({
        range: managed.typeRange,
        message: msg`${arg('amazon_managed_kafka_event_source_config')} is for Amazon MSK and conflicts with ${arg('self_managed_event_source')}; for self-managed Kafka use ${arg('self_managed_kafka_event_source_config')}.`,
        ...fixesOf(renameFix(context, managed.typeRange, managed.type, 'self_managed_kafka_event_source_config', 'argument')),
      });
    }
  },
};
