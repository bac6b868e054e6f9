// Amazon MQ and DocumentDB sources are read with a user name and password from Secrets Manager: a
// `source_access_configuration` of type `BASIC_AUTH`. Without it Lambda cannot connect.

import { BASIC_AUTH_REQUIRED } from '../facts/eventSourceMappingFacts';
import { blocksOf } from '../model/mapping';
import { asString } from '../model/value';
import { describeKinds } from '../sources/sourceKind';
import { arg, code, msg } from './message';
import { everyIn, type Rule } from './rule';

export const sourceCredentials: Rule = {
  id: 'source-credentials',
  category: 'mq',
  defaultSeverity: 'warning',
  description: 'Amazon MQ or DocumentDB without BASIC_AUTH credentials.',
  readsAbsence: true,
  check({ mapping, source, report }) {
    if (!everyIn(source, BASIC_AUTH_REQUIRED)) return;
    const configs = blocksOf(mapping.body, 'source_access_configuration');
    if (configs.some((c) => c.dynamic)) return;
    const types = configs.map((c) => c.attributes.get('type')).map((a) => (a ? asString(a.value) : null));
    if (types.includes(undefined) || types.includes('BASIC_AUTH')) return;
    report({
      range: mapping.nameRange,
      message: msg`${describeKinds(source.kinds!)} mappings need a ${arg('source_access_configuration')} of type ${code('BASIC_AUTH')} whose ${arg('uri')} is the ARN of a Secrets Manager secret with the user name and password; without it Lambda cannot connect.`,
    });
  },
};
