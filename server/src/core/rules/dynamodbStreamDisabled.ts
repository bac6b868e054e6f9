// `stream_arn` of a table without `stream_enabled = true` is empty, so the mapping cannot be created.

import { streamDisabled } from '../sources/detectSource';
import { arg, assign, code, msg } from './message';
import type { Rule } from './rule';

export const dynamodbStreamDisabled: Rule = {
  id: 'dynamodb-stream-disabled',
  category: 'source',
  defaultSeverity: 'error',
  description: 'The DynamoDB table the mapping reads has no stream.',
  check({ mapping, source, module, report }) {
    const attr = mapping.body.attributes.get('event_source_arn');
    if (!attr || !source.kinds?.includes('dynamodb') || !streamDisabled(source.target, module)) return;
    const table = source.target?.block?.labels[1] ?? 'the table';
    report({
      range: attr.value.range,
      message: msg`${code(`aws_dynamodb_table.${table}`)} has no stream (${assign('stream_enabled', 'true')} is missing), so ${arg('stream_arn')} is empty and the mapping fails at apply. Add ${assign('stream_enabled', 'true')} and a ${arg('stream_view_type')} to the table.`,
    });
  },
};
