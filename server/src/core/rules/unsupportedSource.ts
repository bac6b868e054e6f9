// ARNs of things Lambda cannot poll: SNS topics, S3 buckets, Aurora clusters, DocumentDB elastic or
// global clusters, or any service outside SQS, Kinesis, DynamoDB, MQ, Kafka and DocumentDB.

import type { Rule } from './rule';

export const unsupportedSource: Rule = {
  id: 'unsupported-source',
  category: 'source',
  defaultSeverity: 'error',
  description: 'event_source_arn names something that cannot be an event source.',
  check({ mapping, source, report }) {
    const attr = mapping.body.attributes.get('event_source_arn');
    if (!attr) return;
    if (source.problem?.kind === 'table-arn') {
      report({
        range: attr.value.range,
        message: 'This is a DynamoDB table ARN; a table cannot be an event source, its stream can. Use the stream ARN (`…:table/<name>/stream/<label>`, or `aws_dynamodb_table.<name>.stream_arn`).',
      });
      return;
    }
    if (source.problem?.kind !== 'unsupported') return;
    report({
      range: attr.value.range,
      message: `This cannot be an event source: ${source.problem.reason}. Lambda polls SQS, Kinesis, DynamoDB Streams, Amazon MQ, Amazon MSK, self-managed Kafka and DocumentDB.`,
    });
  },
};
