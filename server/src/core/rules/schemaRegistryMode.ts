// A Kafka schema registry is only available in provisioned mode: the mapping also needs
// `provisioned_poller_config`.

import { firstBlock } from '../model/mapping';
import { assign, blockOpen, code, msg } from './message';
import type { Rule } from './rule';

export const schemaRegistryMode: Rule = {
  id: 'schema-registry-mode',
  category: 'kafka',
  defaultSeverity: 'error',
  description: 'schema_registry_config without provisioned_poller_config.',
  readsAbsence: true,
  check({ mapping, report }) {
    if (firstBlock(mapping.body, 'provisioned_poller_config')) return;
    for (const type of ['amazon_managed_kafka_event_source_config', 'self_managed_kafka_event_source_config']) {
      const registry = firstBlock(mapping.body, type) && firstBlock(firstBlock(mapping.body, type)!, 'schema_registry_config');
      if (!registry) continue;
      report({
        range: registry.typeRange,
        message: msg`A schema registry is only available in provisioned mode; AWS rejects it at apply unless the mapping also has ${code(blockOpen('provisioned_poller_config'), ' ', assign('minimum_pollers', '…'), ', ', assign('maximum_pollers', '…'), ' }')}.`,
      });
    }
  },
};
