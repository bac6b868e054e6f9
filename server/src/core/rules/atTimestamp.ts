// `AT_TIMESTAMP` needs a timestamp, a timestamp needs `AT_TIMESTAMP`, DynamoDB Streams do not support
// it, and a timestamp in the future is rejected.

import { AT_TIMESTAMP_UNSUPPORTED } from '../facts/eventSourceMappingFacts';
import { fixesOf, removeFix } from '../fixes/edits';
import { asString } from '../model/value';
import { arg, assign, code, msg } from './message';
import { everyIn, type Rule } from './rule';
import { RFC3339 } from './valueFormat';

export const atTimestamp: Rule = {
  id: 'at-timestamp',
  category: 'stream',
  defaultSeverity: 'error',
  description: 'AT_TIMESTAMP and starting_position_timestamp used inconsistently.',
  check(context) {
    const { mapping, source, now, report } = context;
    const position = mapping.body.attributes.get('starting_position');
    const timestamp = mapping.body.attributes.get('starting_position_timestamp');
    const positionText = position && asString(position.value);
    if (position && positionText === 'AT_TIMESTAMP') {
      if (everyIn(source, AT_TIMESTAMP_UNSUPPORTED)) {
        report({
          range: position.value.range,
          message: 'DynamoDB Streams do not support `AT_TIMESTAMP`; AWS rejects it at apply ("Unsupported starting position for arn type"). Use `LATEST` or `TRIM_HORIZON`.',
        });
      } else if (!timestamp) {
        report({
          range: position.value.range,
          message: msg`${code('AT_TIMESTAMP')} needs ${arg('starting_position_timestamp')}; AWS rejects the mapping at apply ("Need to specify a timestamp").`,
        });
      }
    } else if (timestamp && position && positionText !== undefined) {
      report({
        range: timestamp.nameRange,
        severity: 'warning',
        message: msg`${arg('starting_position_timestamp')} is only used with ${assign('starting_position', '"AT_TIMESTAMP"')}; with ${code(positionText)} it has no effect.`,
        ...fixesOf(removeFix(context, timestamp)),
        unnecessary: true,
      });
    }
    const stamp = timestamp && asString(timestamp.value);
    if (timestamp && stamp && RFC3339.test(stamp) && Date.parse(stamp) > now.getTime()) {
      report({
        range: timestamp.value.range,
        message: msg`${arg('starting_position_timestamp')} is in the future; AWS rejects it at apply. Use a time in the past.`,
      });
    }
  },
};
