// Reads a literal ARN the way the Lambda API validates `EventSourceArn`, and tells which event source
// it names. The partition and region grammar follow the Lambda API model, so every partition
// (aws, aws-cn, aws-us-gov, aws-iso*, aws-eusc) is accepted.

import type { SourceKind } from './sourceKind';

const ARN = /^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9-]+):((?:eusc-)?[a-z]{2}(?:(?:-gov)|(?:-iso[a-z]?))?-[a-z]+-\d)?:(\d{12})?:(.*)$/s;

export interface Arn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly resource: string;
}

export function parseArn(text: string): Arn | undefined {
  const m = ARN.exec(text);
  if (!m) return undefined;
  return { partition: m[1]!, service: m[2]!, region: m[3] ?? '', account: m[4] ?? '', resource: m[5]! };
}

export type ArnSource =
  | { readonly ok: true; readonly kinds: readonly SourceKind[] }
  | { readonly ok: false; readonly reason: 'malformed' | 'unsupported' | 'table-arn'; readonly detail: string };

/** Which source kinds a literal ARN can stand for, or why it cannot be an event source. */
export function sourceOfArn(text: string): ArnSource {
  const arn = parseArn(text);
  if (!arn) return { ok: false, reason: 'malformed', detail: text };
  const r = arn.resource;
  switch (arn.service) {
    case 'sqs':
      if (r.length === 0 || r.includes('/') || r.includes(':')) break;
      return { ok: true, kinds: [r.endsWith('.fifo') ? 'sqs-fifo' : 'sqs'] };
    case 'kinesis':
      if (/^stream\/[^/]+(\/consumer\/[^/]+)?$/.test(r)) return { ok: true, kinds: ['kinesis'] };
      break;
    case 'dynamodb':
      if (/^table\/[^/]+\/stream\/.+$/.test(r)) return { ok: true, kinds: ['dynamodb'] };
      if (/^table\/[^/]+$/.test(r)) return { ok: false, reason: 'table-arn', detail: r };
      break;
    case 'mq':
      if (/^broker:[^:]+:[^:]+$/.test(r)) return { ok: true, kinds: ['mq-activemq', 'mq-rabbitmq'] };
      break;
    case 'kafka':
      if (/^(cluster\/[^/]+\/[^/]+|vpc-connection\/[^/]+\/[^/]+\/[^/]+)$/.test(r)) return { ok: true, kinds: ['msk'] };
      break;
    case 'rds':
      // DocumentDB clusters share the RDS ARN format; DocumentDB is the only RDS-family source Lambda reads.
      if (/^cluster:.+$/.test(r)) return { ok: true, kinds: ['documentdb'] };
      break;
    default:
      return { ok: false, reason: 'unsupported', detail: arn.service };
  }
  return { ok: false, reason: 'unsupported', detail: `${arn.service}:${r}` };
}
