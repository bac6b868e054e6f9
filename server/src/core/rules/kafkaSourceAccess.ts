// Self-managed Kafka needs `source_access_configuration` (VPC, SASL or TLS settings): AWS answers
// "Required 'sourceAccessConfigurations' parameter is missing." A subnet without a security group (or
// the reverse) cannot reach the brokers.

import { blocksOf, firstBlock } from '../model/mapping';
import { asString } from '../model/value';
import { arg, code, msg } from './message';
import { every, type Rule } from './rule';

export const kafkaSourceAccess: Rule = {
  id: 'kafka-source-access',
  category: 'kafka',
  defaultSeverity: 'error',
  description: 'Self-managed Kafka without usable source_access_configuration.',
  readsAbsence: true,
  check({ mapping, source, report }) {
    if (!every(source, (k) => k === 'kafka')) return;
    const configs = blocksOf(mapping.body, 'source_access_configuration');
    const endpoint = firstBlock(mapping.body, 'self_managed_event_source');
    if (configs.length === 0) {
      report({
        range: endpoint?.typeRange ?? mapping.nameRange,
        message: msg`Self-managed Kafka needs ${arg('source_access_configuration')} blocks (VPC subnets and security group, or SASL/TLS credentials); AWS rejects the mapping at apply ("Required 'sourceAccessConfigurations' parameter is missing.").`,
      });
      return;
    }
    if (configs.some((c) => c.dynamic)) return;
    const types = configs.map((c) => asString(c.attributes.get('type')?.value));
    if (types.includes(undefined)) return;
    const subnet = configs.find((_, i) => types[i] === 'VPC_SUBNET');
    const group = configs.find((_, i) => types[i] === 'VPC_SECURITY_GROUP');
    const lone = subnet && !group ? subnet : group && !subnet ? group : undefined;
    if (lone) {
      report({
        range: lone.typeRange,
        severity: 'warning',
        message: subnet
          ? msg`A ${code('VPC_SUBNET')} without a ${code('VPC_SECURITY_GROUP')}: Lambda needs both to reach brokers in a VPC. Add a ${arg('source_access_configuration')} of type ${code('VPC_SECURITY_GROUP')}.`
          : msg`A ${code('VPC_SECURITY_GROUP')} without a ${code('VPC_SUBNET')}: Lambda needs both to reach brokers in a VPC. Add a ${arg('source_access_configuration')} of type ${code('VPC_SUBNET')}.`,
      });
    }
  },
};
