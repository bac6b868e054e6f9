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
  /** How the kinds were found, when they were (the hover on the mapping's header says it). */
  readonly reason?: SourceReason;
}

/**
 * `arn`: a literal ARN; `self-managed`: the `self_managed_event_source` block; `resource`: the type of
 * the referenced resource; `argument`: narrowed by an argument of that resource (`fifo_queue = true`, a
 * queue name ending in `.fifo`, `engine_type`); `managed-queue`: a managed queue with neither, standard.
 */
export type SourceReason =
  | { readonly kind: 'arn' | 'self-managed' | 'resource' | 'managed-queue' }
  | { readonly kind: 'argument'; readonly name: string; readonly value: string | boolean };

const FROM_ARN: SourceReason = { kind: 'arn' };
const FROM_RESOURCE: SourceReason = { kind: 'resource' };

const UNKNOWN: SourceInfo = { kinds: undefined };

// One list per single kind, shared by every mapping that reads from such a source (kinds are read-only).
const KAFKA: readonly SourceKind[] = ['kafka'];
const SQS: readonly SourceKind[] = ['sqs'];
const SQS_FIFO: readonly SourceKind[] = ['sqs-fifo'];
const ACTIVEMQ: readonly SourceKind[] = ['mq-activemq'];
const RABBITMQ: readonly SourceKind[] = ['mq-rabbitmq'];
const SELF_MANAGED: SourceInfo = { kinds: KAFKA, reason: { kind: 'self-managed' } };

export function detectSource(body: Block, module: ModuleIndex): SourceInfo {
  const arn = body.attributes.get('event_source_arn');
  if (!arn) return firstBlock(body, 'self_managed_event_source') ? SELF_MANAGED : UNKNOWN;
  return fromArnAttribute(arn, module);
}

function fromArnAttribute(arn: Attribute, module: ModuleIndex): SourceInfo {
  const target = referenceTarget(arn.value, module);
  if (!target) {
    const literal = asString(arn.value);
    if (literal === undefined) return UNKNOWN;
    const source = sourceOfArn(literal);
    if (source.ok) return { kinds: source.kinds, reason: FROM_ARN };
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
  return { ...refine(fact.kinds, target, module), target };
}

/** Narrows SQS to standard or FIFO, and MQ to its engine, from the referenced resource's arguments. */
function refine(kinds: readonly SourceKind[], target: ReferenceTarget, module: ModuleIndex): { kinds: readonly SourceKind[]; reason: SourceReason } {
  const body = target.block?.body;
  if (!body) return { kinds, reason: FROM_RESOURCE };
  const argument = (name: string) => targetArgument(target, name, module);
  const by = (name: string, value: string | boolean) => ({ kind: 'argument' as const, name, value });
  if (kinds.includes('sqs')) {
    const fifo = asBool(argument('fifo_queue'));
    if (fifo !== undefined) return { kinds: fifo ? SQS_FIFO : SQS, reason: by('fifo_queue', fifo) };
    const nameArgument = argument('name') ? 'name' : 'name_prefix';
    const name = argument(nameArgument);
    const nameText = asString(name);
    if (nameText !== undefined) return { kinds: nameText.endsWith('.fifo') ? SQS_FIFO : SQS, reason: by(nameArgument, nameText) };
    // No `fifo_queue` and no name: a managed queue is standard unless told otherwise.
    if (!target.data && !body.attributes.has('fifo_queue') && !name) return { kinds: SQS, reason: { kind: 'managed-queue' } };
    return { kinds, reason: FROM_RESOURCE };
  }
  if (kinds.includes('mq-activemq')) {
    const engineText = asString(argument('engine_type'));
    const engine = engineText?.toLowerCase();
    if (engine === 'activemq') return { kinds: ACTIVEMQ, reason: by('engine_type', engineText!) };
    if (engine === 'rabbitmq') return { kinds: RABBITMQ, reason: by('engine_type', engineText!) };
  }
  return { kinds, reason: FROM_RESOURCE };
}

/** True when the DynamoDB table a mapping reads from is known to have no stream. */
export function streamDisabled(target: ReferenceTarget | undefined, module: ModuleIndex): boolean {
  if (!target || target.data || target.resourceType !== 'aws_dynamodb_table' || !target.block) return false;
  if (!target.block.body.attributes.has('stream_enabled')) return true;
  return asBool(targetArgument(target, 'stream_enabled', module)) === false;
}

