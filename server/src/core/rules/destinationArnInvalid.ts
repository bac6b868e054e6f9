// `destination_config { on_failure { destination_arn } }` that cannot work: a reference to an attribute
// that is not an ARN (a queue URL, a topic or bucket name), a literal queue URL, the ARN of a service
// Lambda does not send failed records to, or a FIFO queue or topic behind a stream. Literals that are not
// ARNs at all are `value-format`'s; a `kafka://` destination outside Kafka is `value-not-applicable`'s.
// AWS: the CloudFormation `OnFailure` reference (2025+) lists an SNS topic, an SQS queue, an S3 bucket or
// (Kafka only) a Kafka topic; the DynamoDB Streams guide asks for a *standard* queue or topic.

import { own } from '../facts/own';
import { fixesOf, referenceAttributeFix, stringValueFix } from '../fixes/edits';
import type { Attribute } from '../model/mapping';
import { asBool, asString } from '../model/value';
import type { ModuleIndex } from '../module/moduleIndex';
import { referenceTarget, targetArgument, targetOf, type ReferenceTarget } from '../module/resolveReferences';
import { parseArn } from '../sources/parseArn';
import { code, dotted, msg, type Message, type MessagePart } from './message';
import { referenceText } from './referenceText';
import { everyIn, type Finding, type Rule, type RuleContext } from './rule';

interface DestinationFact {
  /** Attributes that look right but are not ARNs, and what they hold. */
  readonly notArn: Readonly<Record<string, string>>;
  readonly arnAttributes: readonly string[];
  /** The argument that makes it FIFO, and what the resource is called in messages. */
  readonly fifoArgument?: string;
  readonly noun: string;
}

const QUEUE: DestinationFact = { notArn: { id: "the queue's URL", url: "the queue's URL", name: "the queue's name" }, arnAttributes: ['arn'], fifoArgument: 'fifo_queue', noun: 'queue' };
// A topic's `id` is its ARN.
const TOPIC: DestinationFact = { notArn: { name: "the topic's name" }, arnAttributes: ['arn', 'id'], fifoArgument: 'fifo_topic', noun: 'topic' };
const BUCKET: DestinationFact = {
  notArn: { id: "the bucket's name", bucket: "the bucket's name", bucket_domain_name: "the bucket's domain name", bucket_regional_domain_name: "the bucket's domain name" },
  arnAttributes: ['arn'],
  noun: 'bucket',
};

/** The resources Lambda can send failed records to, keyed as `detectSource` keys references. */
const DESTINATIONS: Readonly<Record<string, DestinationFact>> = {
  aws_sqs_queue: QUEUE,
  'data.aws_sqs_queue': QUEUE,
  aws_sns_topic: TOPIC,
  'data.aws_sns_topic': TOPIC,
  aws_s3_bucket: BUCKET,
  'data.aws_s3_bucket': BUCKET,
};

const DESTINATION_SERVICES = ['sqs', 'sns', 's3'];
const ACCEPTED = 'AWS accepts only an SQS queue, an SNS topic or an S3 bucket (or a `kafka://` topic from a Kafka source) as an on-failure destination.';
const STREAMS = ['kinesis', 'dynamodb'] as const;

/** `https://sqs.<region>.amazonaws.com/<account>/<name>` and the legacy `https://<region>.queue.amazonaws.com/…`. */
const QUEUE_URL = /^https?:\/\/(?:sqs\.([a-z0-9-]+)|([a-z0-9-]+)\.queue)\.amazonaws\.com(\.cn)?\/(\d{12})\/([A-Za-z0-9_-]{1,80}(?:\.fifo)?)\/?$/;

export const destinationArnInvalid: Rule = {
  id: 'destination-arn-invalid',
  category: 'stream',
  defaultSeverity: 'error',
  description: 'destination_arn that is not the ARN of an SQS queue, SNS topic or S3 bucket, or a FIFO one behind a stream.',
  check(context) {
    for (const config of context.mapping.body.blocks) {
      if (config.type !== 'destination_config') continue;
      for (const onFailure of config.blocks) {
        if (onFailure.type !== 'on_failure') continue;
        const attr = onFailure.attributes.get('destination_arn');
        if (attr) checkDestination(context, attr);
      }
    }
  },
};

function checkDestination(context: RuleContext, attr: Attribute): void {
  const { module, report } = context;
  const value = attr.value;
  const range = value.range;
  const target = referenceTarget(value, module);
  if (target) {
    const finding = referenceFinding(context, attr, target, module);
    if (finding) report({ range, ...finding });
    return;
  }
  const literal = asString(value);
  if (literal === undefined || literal.startsWith('kafka://')) return;
  const url = QUEUE_URL.exec(literal);
  if (url) {
    const arn = queueArn(url);
    report({
      range,
      message: msg`${code(literal)} is an SQS queue's URL, not an ARN; AWS rejects it at apply. Use the queue's ARN${arn ? msg` ${code(arn)}` : ''}.`,
      ...fixesOf(arn ? stringValueFix(context, range, arn) : undefined),
    });
    return;
  }
  const arn = parseArn(literal);
  if (!arn) return;
  // Other S3 services (directory buckets, access points) are not in the docs either way: not reported.
  if (!DESTINATION_SERVICES.includes(arn.service) && !arn.service.startsWith('s3')) {
    report({ range, severity: 'warning', message: msg`${code(literal)} is a ${code(arn.service)} ARN, not that of a queue, topic or bucket; ${ACCEPTED}` });
    return;
  }
  if (arn.service !== 's3' && arn.resource.endsWith('.fifo') && everyIn(context.source, STREAMS)) {
    report({ range, severity: 'warning', message: fifoMessage(code(literal), arn.service === 'sqs' ? 'queue' : 'topic') });
  }
}

function referenceFinding(context: RuleContext, attr: Attribute, target: ReferenceTarget, module: ModuleIndex): Omit<Finding, 'range'> | undefined {
  const value = attr.value;
  const shown = value.kind === 'reference' ? referenceText(context, value) : '';
  const attribute = target.attribute ?? '';
  const key = target.data ? `data.${target.resourceType}` : target.resourceType;
  // Written here (not through a local): the fix may rewrite it in place.
  const direct = targetOf(value, module) !== undefined;
  const address = `${key}.${target.block?.labels[1] ?? '<name>'}.${attribute}`;
  const named: MessagePart | Message = direct ? code(shown) : msg`${code(shown)} (${code(address)})`;
  const fact = own(DESTINATIONS, key);
  if (!fact) {
    // Other queue, topic and bucket resources (access points, directory buckets) may or may not be accepted.
    if (!target.resourceType.startsWith('aws_') || /^aws_(sqs|sns|s3)/.test(target.resourceType) || !/(^|_)arn$/.test(attribute)) return undefined;
    return { severity: 'warning', message: msg`${named} is the ARN of an ${code(key)}, not that of a queue, topic or bucket; ${ACCEPTED}` };
  }
  const holds = own(fact.notArn, attribute);
  if (holds) {
    const fix = direct ? referenceAttributeFix(context, value.range, attribute, 'arn') : undefined;
    return { message: msg`${named} is ${holds}, not an ARN; AWS rejects it at apply. Use ${dotted('arn')}.`, ...fixesOf(fix) };
  }
  if (!fact.arnAttributes.includes(attribute) || !fact.fifoArgument || !everyIn(context.source, STREAMS)) return undefined;
  if (!isFifo(target, fact.fifoArgument, module)) return undefined;
  return { severity: 'warning', message: fifoMessage(named, fact.noun) };
}

/** Known FIFO: the FIFO argument is true, or (with it not set) the literal name ends in `.fifo`. */
function isFifo(target: ReferenceTarget, fifoArgument: string, module: ModuleIndex): boolean {
  const fifo = asBool(targetArgument(target, fifoArgument, module));
  if (fifo !== undefined) return fifo;
  return asString(targetArgument(target, 'name', module))?.endsWith('.fifo') === true;
}

function fifoMessage(named: MessagePart | Message, noun: string): Message {
  return msg`${named} is a FIFO ${noun}; for a Kinesis or DynamoDB stream the on-failure destination must be a standard SQS queue or SNS topic. Whether AWS rejects it at apply is not verified.`;
}

function queueArn(url: RegExpExecArray): string | undefined {
  const region = url[1] ?? url[2]!;
  const partition = url[3] ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : region.startsWith('cn-') ? undefined : 'aws';
  if (!partition || !/^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(region)) return undefined;
  return `arn:${partition}:sqs:${region}:${url[4]}:${url[5]}`;
}
