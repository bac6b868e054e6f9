// A mapping names its source either by `event_source_arn` or, for self-managed Kafka, by
// `self_managed_event_source`: exactly one of them (the provider's ExactlyOneOf).

import { firstBlock } from '../model/mapping';
import { arg, msg } from './message';
import type { Rule } from './rule';

export const exactlyOneSource: Rule = {
  id: 'exactly-one-source',
  category: 'source',
  defaultSeverity: 'error',
  description: 'Both or neither of event_source_arn and self_managed_event_source.',
  readsAbsence: true,
  check({ mapping, report }) {
    const arn = mapping.body.attributes.get('event_source_arn');
    const selfManaged = firstBlock(mapping.body, 'self_managed_event_source');
    if (arn && selfManaged) {
      report({
        range: selfManaged.typeRange,
        message: msg`Set either ${arg('event_source_arn')} or ${arg('self_managed_event_source')}, not both; Terraform rejects the combination. ${arg('self_managed_event_source')} is only for Kafka clusters outside MSK.`,
      });
    } else if (!arn && !selfManaged) {
      report({
        range: mapping.nameRange,
        message: msg`The mapping has no source: set ${arg('event_source_arn')} (SQS, Kinesis, DynamoDB, MQ, MSK, DocumentDB) or ${arg('self_managed_event_source')} (self-managed Kafka). Terraform rejects it at plan.`,
      });
    }
  },
};
