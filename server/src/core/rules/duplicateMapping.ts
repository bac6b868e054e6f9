// Two mappings of one function to one source (and topic, for Kafka) conflict: AWS answers the second
// with ResourceConflictException ("An event source mapping with … and function … already exists").

import { own } from '../facts/own';
import { firstBlock, type EventSourceMapping } from '../model/mapping';
import type { SourceRange } from '../model/sourceRange';
import { asString, isKnown, settle, type Value } from '../model/value';
import type { Severity } from '../model/problem';
import type { ModuleIndex } from '../module/moduleIndex';
import { referenceTarget, targetArgument, type ReferenceTarget } from '../module/resolveReferences';
import { REFERENCE_SOURCES } from '../sources/referenceSources';

export interface DuplicateKey {
  readonly key: string;
  readonly range: SourceRange;
}

export const duplicateMapping = {
  id: 'duplicate-mapping',
  category: 'module' as const,
  defaultSeverity: 'error' as Severity,
  description: 'Two mappings of the same function to the same source.',
  /** What identifies the mapping's (function, source, topic), or undefined when it is not known. */
  keyOf(mapping: EventSourceMapping, module: ModuleIndex): DuplicateKey | undefined {
    if (mapping.repeated) return undefined;
    const fn = mapping.body.attributes.get('function_name');
    const arn = mapping.body.attributes.get('event_source_arn');
    const endpoints = firstBlock(mapping.body, 'self_managed_event_source')?.attributes.get('endpoints');
    const source = arn ?? endpoints;
    if (!fn || !source) return undefined;
    const fnKey = functionIdentity(fn.value, module);
    const sourceKey = arn ? sourceIdentity(arn.value, module) : identity(source.value);
    if (fnKey === undefined || sourceKey === undefined) return undefined;
    const topics = mapping.body.attributes.get('topics');
    const topicKey = topics ? identity(topics.value) : '';
    if (topicKey === undefined) return undefined;
    const range = arn ? arn.value.range : firstBlock(mapping.body, 'self_managed_event_source')!.typeRange;
    return { key: `${fnKey}\u0000${sourceKey}\u0000${topicKey}`, range };
  },
  message(other: string): string {
    return `This maps the same function to the same source as \`aws_lambda_event_source_mapping.${other}\`; AWS rejects the second one at apply (ResourceConflictException). Keep one mapping.`;
  },
};

/** A stable text for a value: the literal, or the reference it is; undefined when unknowable. */
function identity(value: Value): string | undefined {
  const literal = asString(value);
  if (literal !== undefined) return `=${functionOrArn(literal)}`;
  const v = settle(value);
  if (v.kind === 'reference') return `@${v.path.join('.')}`;
  if (isKnown(v)) return JSON.stringify(strip(v));
  return undefined;
}

/**
 * One function however it is written: a bare name, a full ARN or a partial ARN (`<account>:function:<name>`)
 * give the name; a version or alias (`…:function:<name>:<qualifier>`, `<name>:<qualifier>`) stays part of it,
 * since a qualified function is another function for a mapping. Region and account are dropped: a module's
 * mappings of one source are in one region, and mixing names with ARNs is what this is for.
 */
function functionOrArn(text: string): string {
  const m = /^(?:arn:[^:]+:lambda:[^:]*:\d{12}:|\d{12}:)function:([^:]+(?::[^:]+)?)$/.exec(text);
  return m ? m[1]! : text;
}

/**
 * The function a reference names: `aws_lambda_function.f.arn`, `.function_name` and `.id` are one function,
 * the same as its literal `function_name` when it has one; `.qualified_arn` and an alias's `.arn` are others.
 * Other references fall back to `identity` (their path, or the literal they resolve to).
 */
function functionIdentity(value: Value, module: ModuleIndex): string | undefined {
  const target = referenceTarget(value, module);
  if (!target?.block) return identity(value);
  const address = `${target.data ? 'data.' : ''}${target.resourceType}.${target.block.labels[1] ?? ''}`;
  const literal = (name: string) => asString(targetArgument(target, name, module));
  const attribute = target.attribute ?? '';
  if (target.resourceType === 'aws_lambda_function') {
    if (attribute === 'qualified_arn') return `@${address}.qualified_arn`;
    if (attribute !== 'arn' && attribute !== 'function_name' && (attribute !== 'id' || target.data)) return identity(value);
    const name = literal('function_name');
    return name === undefined ? `@${address}` : `=${functionOrArn(name)}`;
  }
  if (target.resourceType === 'aws_lambda_alias' && !target.data) {
    if (attribute === 'function_name') return identity(value);
    if (attribute !== 'arn') return undefined;
    return aliasIdentity(target, module) ?? `@${address}.arn`;
  }
  return identity(value);
}

/** A source's attributes that are all its ARN (a Kinesis stream's `id` and `arn`) are one source. */
function sourceIdentity(value: Value, module: ModuleIndex): string | undefined {
  const target = referenceTarget(value, module);
  const fact = target?.block && own(REFERENCE_SOURCES, target.data ? `data.${target.resourceType}` : target.resourceType);
  if (!target?.block || !fact || !fact.alsoArn?.includes(target.attribute ?? '')) return identity(value);
  return `@${target.data ? 'data.' : ''}${target.resourceType}.${target.block.labels[1] ?? ''}.${fact.arnAttribute}`;
}

/** `<function>:<alias>` when both are literal, so the alias's ARN equals the literal alias ARN. */
function aliasIdentity(target: ReferenceTarget, module: ModuleIndex): string | undefined {
  const fn = asString(targetArgument(target, 'function_name', module));
  const alias = asString(targetArgument(target, 'name', module));
  if (fn === undefined || alias === undefined) return undefined;
  const name = functionOrArn(fn);
  // A function given as a qualified ARN cannot take an alias: leave it unknown rather than guess.
  return name.includes(':') ? undefined : `=${name}:${alias}`;
}

function strip(value: Value): unknown {
  const v = settle(value);
  switch (v.kind) {
    case 'list':
      return v.items.map(strip);
    case 'object':
      return Object.fromEntries(v.entries.map((e) => [e.key, strip(e.value)]));
    case 'jsonencode':
      return strip(v.inner);
    case 'string':
    case 'number':
    case 'bool':
      return v.value;
    default:
      return null;
  }
}
