// Works out which kinds of event source a mapping reads from: from a literal ARN, from the resource its
// `event_source_arn` references (and that resource's arguments), or from `self_managed_event_source`.
// When nothing can be known the kinds are undefined, and source-dependent rules say nothing.

import { own } from '../facts/own';
import { firstBlock, type Attribute, type Block } from '../model/mapping';
import { asBool, asString } from '../model/value';
import type { ModuleIndex } from '../module/moduleIndex';
import { referenceTarget, targetArgument, type ReferenceTarget } from '../module/resolveReferences';
import { sourceOfArn } from './parseArn';
import { REFERENCE_SOURCES, UNSUPPORTED_SOURCES } from './referenceSources';
import type { SourceKind } from './sourceKind';

/** Why `event_source_arn` cannot be used, for the rules that report it. */
export type SourceProblem =
  | { readonly kind: 'malformed'; readonly text: string }
  | { readonly kind: 'unsupported'; readonly reason: string }
  | { readonly kind: 'not-an-arn'; readonly holds: string; readonly useAttribute: string; readonly target: ReferenceTarget }
  | { readonly kind: 'table-arn' };

export interface SourceInfo {
  /** The possible kinds; undefined when unknown. Rules fire only when every possible kind agrees. */
  readonly kinds: readonly SourceKind[] | undefined;
  readonly problem?: SourceProblem;
  /** The resource `event_source_arn` references, when it does. */
  readonly target?: ReferenceTarget;
}

const UNKNOWN: SourceInfo = { kinds: undefined };

// One list per single kind, shared by every mapping that reads from such a source (kinds are read-only).
const KAFKA: readonly SourceKind[] = ['kafka'];
const SQS: readonly SourceKind[] = ['sqs'];
const SQS_FIFO: readonly SourceKind[] = ['sqs-fifo'];
const ACTIVEMQ: readonly SourceKind[] = ['mq-activemq'];
const RABBITMQ: readonly SourceKind[] = ['mq-rabbitmq'];

export function detectSource(body: Block, module: ModuleIndex): SourceInfo {
  const arn = body.attributes.get('event_source_arn');
  if (!arn) return firstBlock(body, 'self_managed_event_source') ? { kinds: KAFKA } : UNKNOWN;
  return fromArnAttribute(arn, module);
}

function fromArnAttribute(arn: Attribute, module: ModuleIndex): SourceInfo {
  const target = referenceTarget(arn.value, module);
  if (!target) {
    const literal = asString(arn.value);
    if (literal === undefined) return UNKNOWN;
    const source = sourceOfArn(literal);
    if (source.ok) return { kinds: source.kinds };
    if (source.reason === 'malformed') return { kinds: undefined, problem: { kind: 'malformed', text: literal } };
    if (source.reason === 'table-arn') return { kinds: undefined, problem: { kind: 'table-arn' } };
    return { kinds: undefined, problem: { kind: 'unsupported', reason: `\`${source.detail}\` is not a service Lambda can poll` } };
  }
  const key = target.data ? `data.${target.resourceType}` : target.resourceType;
  const unsupported = own(UNSUPPORTED_SOURCES, target.resourceType);
  if (unsupported) return { kinds: undefined, problem: { kind: 'unsupported', reason: unsupported }, target };
  const fact = own(REFERENCE_SOURCES, key);
  if (!fact) {
    return target.resourceType.startsWith('aws_') && !target.data
      ? { kinds: undefined, problem: { kind: 'unsupported', reason: `\`${target.resourceType}\` is not an event source Lambda can poll` }, target }
      : UNKNOWN;
  }
  const attribute = target.attribute ?? '';
  if (attribute !== fact.arnAttribute && !fact.alsoArn?.includes(attribute)) {
    const holds = own(fact.notArn, attribute);
    return holds
      ? { kinds: undefined, problem: { kind: 'not-an-arn', holds, useAttribute: fact.arnAttribute, target }, target }
      : { kinds: undefined, target };
  }
  return { kinds: refine(fact.kinds, target, module), target };
}

/** Narrows SQS to standard or FIFO, and MQ to its engine, from the referenced resource's arguments. */
function refine(kinds: readonly SourceKind[], target: ReferenceTarget, module: ModuleIndex): readonly SourceKind[] {
  const body = target.block?.body;
  if (!body) return kinds;
  const argument = (name: string) => targetArgument(target, name, module);
  if (kinds.includes('sqs')) {
    const fifo = asBool(argument('fifo_queue'));
    if (fifo !== undefined) return fifo ? SQS_FIFO : SQS;
    const name = argument('name') ?? argument('name_prefix');
    const nameText = asString(name);
    if (nameText !== undefined) return nameText.endsWith('.fifo') ? SQS_FIFO : SQS;
    // No `fifo_queue` and no name: a managed queue is standard unless told otherwise.
    if (!target.data && !body.attributes.has('fifo_queue') && !name) return SQS;
    return kinds;
  }
  if (kinds.includes('mq-activemq')) {
    const engine = asString(argument('engine_type'))?.toLowerCase();
    if (engine === 'activemq') return ACTIVEMQ;
    if (engine === 'rabbitmq') return RABBITMQ;
  }
  return kinds;
}

/** True when the DynamoDB table a mapping reads from is known to have no stream. */
export function streamDisabled(target: ReferenceTarget | undefined, module: ModuleIndex): boolean {
  if (!target || target.data || target.resourceType !== 'aws_dynamodb_table' || !target.block) return false;
  if (!target.block.body.attributes.has('stream_enabled')) return true;
  return asBool(targetArgument(target, 'stream_enabled', module)) === false;
}

