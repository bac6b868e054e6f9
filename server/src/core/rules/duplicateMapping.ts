// Two mappings of one function to one source (and topic, for Kafka) conflict: AWS answers the second
// with ResourceConflictException ("An event source mapping with … and function … already exists").

import { firstBlock, type EventSourceMapping } from '../model/mapping';
import type { SourceRange } from '../model/sourceRange';
import { asString, isKnown, settle, type Value } from '../model/value';
import type { Severity } from '../model/problem';

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
  keyOf(mapping: EventSourceMapping): DuplicateKey | undefined {
    if (mapping.repeated) return undefined;
    const fn = mapping.body.attributes.get('function_name');
    const arn = mapping.body.attributes.get('event_source_arn');
    const endpoints = firstBlock(mapping.body, 'self_managed_event_source')?.attributes.get('endpoints');
    const source = arn ?? endpoints;
    if (!fn || !source) return undefined;
    const fnKey = identity(fn.value);
    const sourceKey = identity(source.value);
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

/** A function ARN and its bare name name the same function. */
function functionOrArn(text: string): string {
  const m = /^arn:[^:]+:lambda:[^:]+:\d{12}:function:([^:]+)$/.exec(text);
  return m ? m[1]! : text;
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
