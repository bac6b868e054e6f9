// Inside a filter pattern: keys from the source's record shape and the samples (the payload's keys as
// Lambda decodes it, DynamoDB images and type keys), operators as snippets, and the values the samples
// hold at the key path. Operators Lambda's documentation does not list are marked.

import type { PatternTarget } from '../language/cursorContext';
import { isObject } from '../patterns/decodeRecord';
import { OPERATOR_DOCS, operatorDoc, type OperatorDoc } from '../patterns/operatorDocs';
import { DYNAMODB_IMAGES, DYNAMODB_TYPE_KEYS, RECORD_SHAPES, shapesOf, type RecordShape } from '../patterns/recordFields';
import type { SampleRecord } from '../patterns/samples/sampleRecords';
import type { CompletionItem } from '../service/serviceTypes';
import { PATTERN_WRITERS, type PatternWriter } from './patternSyntax';
import { recordViews, valuesAt, type RecordView } from './recordViews';
import { escapeSnippet } from './snippets';
import type { Kinds } from './sourceFacts';

/** At most this many sample values per key: enough to see what is there, not a dump of the samples. */
const MAX_VALUES = 20;

const UNVERIFIED = "not in Lambda's filtering documentation (EventBridge has it)";

export function completePattern(target: PatternTarget, kinds: Kinds, userSamples: readonly SampleRecord[]): CompletionItem[] {
  const writer = PATTERN_WRITERS[target.syntax];
  const views = recordViews(kinds, userSamples);
  switch (target.role) {
    case 'key':
      return [...keyItems(target, kinds, views, writer), ...operatorItems(target, writer, ['$or'], 'key')];
    case 'operator':
      return operatorItems(target, writer, OPERATOR_DOCS.filter((o) => o.takes !== 'object').map((o) => o.name), 'operator');
    case 'value':
      return valueItems(target, views, writer);
  }
}

interface KeyFound {
  readonly key: string;
  readonly object: boolean;
  readonly from: string;
}

/** Keys under `target.keys`: the record shape's first, then the samples', each once. */
function keyItems(target: PatternTarget, kinds: Kinds, views: readonly RecordView[], writer: PatternWriter): CompletionItem[] {
  const found = new Map<string, KeyFound>();
  const add = (key: string, object: boolean, from: string): void => {
    const known = found.get(key);
    if (!known) found.set(key, { key, object, from });
    else if (object && !known.object) found.set(key, { ...known, object });
  };
  for (const shape of shapesFor(kinds)) shapeKeys(shape, target.keys, add);
  for (const { sample, view } of views) {
    for (const value of valuesAt(view, target.keys)) {
      if (!isObject(value)) continue;
      for (const [key, child] of Object.entries(value)) add(key, isObject(child) || (Array.isArray(child) && child.some(isObject)), `sample ${sample}`);
    }
  }
  const items: CompletionItem[] = [];
  for (const { key, object, from } of found.values()) {
    if (target.present.includes(key)) continue;
    const insertText = target.quote === 'inside' ? escapeSnippet(writer.inside(key)) : `${escapeSnippet(writer.keyPrefix(key))}${object ? '{$1}' : '[$1]'}`;
    items.push({ label: key, kind: 'key', detail: from, insertText, snippet: true, range: target.range, filterText: key, sortText: `0_${String(items.length).padStart(4, '0')}` });
  }
  return items;
}

/** The shapes of the source, or of every source when it is unknown. */
function shapesFor(kinds: Kinds): readonly RecordShape[] {
  if (kinds && kinds.length > 0) return shapesOf(kinds) ?? [];
  return [...new Set(Object.values(RECORD_SHAPES).filter((s): s is RecordShape => s !== undefined))];
}

/** What the record shape says is under `keys`: top keys, metadata paths, DynamoDB images and type keys. */
function shapeKeys(shape: RecordShape, keys: readonly string[], add: (key: string, object: boolean, from: string) => void): void {
  const from = `${shape.label} record`;
  if (keys.length === 0) for (const key of shape.topKeys) add(key, key === shape.payloadKey || Object.keys(shape.typed).some((p) => p.startsWith(`${key}.`)), from);
  for (const path of Object.keys(shape.typed)) {
    const segments = path.split('.');
    if (segments.length > keys.length && keys.every((k, i) => segments[i] === k)) add(segments[keys.length]!, segments.length > keys.length + 1, from);
  }
  // DynamoDB: `dynamodb` → the images; `dynamodb.<image>.<attribute>` → the attribute value's type keys.
  if (shape !== RECORD_SHAPES.dynamodb || keys[0] !== shape.payloadKey) return;
  if (keys.length === 1) for (const image of DYNAMODB_IMAGES) add(image, true, from);
  if (keys.length === 3 && DYNAMODB_IMAGES.includes(keys[1]!)) for (const type of DYNAMODB_TYPE_KEYS) add(type, false, 'DynamoDB attribute type');
}

/** The snippet of an operator's value: `"$1"`, `[$1]`, a choice of booleans. */
function operatorValue(doc: OperatorDoc, writer: PatternWriter): string {
  switch (doc.takes) {
    case 'string':
      return escapeSnippet(writer.value('\uE000')).replace('\uE000', '$1');
    case 'strings':
    case 'numeric':
      return '[$1]';
    case 'object':
      return '[{$1}]';
    case 'bool':
      return `\${1|${writer.value(true)},${writer.value(false)}|}`;
  }
}

function operatorItems(target: PatternTarget, writer: PatternWriter, names: readonly string[], role: 'key' | 'operator'): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const name of names) {
    const doc = operatorDoc(name);
    if (!doc || target.present.includes(name)) continue;
    const unverified = doc.lambda === 'unverified';
    const insertText = target.quote === 'inside' ? escapeSnippet(writer.inside(name)) : `${escapeSnippet(writer.keyPrefix(name))}${operatorValue(doc, writer)}`;
    items.push({
      label: name,
      kind: 'operator',
      detail: unverified ? `operator · ${UNVERIFIED}` : 'operator',
      documentation: `${doc.summary}\n\n\`${doc.example}\``,
      insertText,
      snippet: true,
      range: target.range,
      filterText: name,
      sortText: `${role === 'key' ? 1 : 0}_${unverified ? 1 : 0}_${String(OPERATOR_DOCS.indexOf(doc)).padStart(2, '0')}`,
      ...(unverified ? { deprecated: true } : {}),
    });
  }
  return items;
}

/**
 * Values in a value array: what the samples hold at the key path (as Lambda sees them), then operator
 * objects. In an operator object (`{"prefix": "|"}`), the values the operator takes.
 */
function valueItems(target: PatternTarget, views: readonly RecordView[], writer: PatternWriter): CompletionItem[] {
  const op = target.operator === undefined ? undefined : operatorDoc(target.operator);
  if (target.operator !== undefined && !op) return [];
  if (op?.takes === 'bool') return [true, false].map((b, i) => literalItem(target, writer, b, op.name, i));
  const wantsStrings = op !== undefined || target.quote === 'inside';
  if (op && op.takes !== 'string' && op.takes !== 'strings') return [];
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const { sample, view } of views) {
    for (const value of valuesAt(view, target.keys)) {
      if (items.length >= MAX_VALUES) break;
      if (!isLeaf(value) || (wantsStrings && typeof value !== 'string')) continue;
      const key = JSON.stringify(value);
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(literalItem(target, writer, value, `in sample ${sample}`, items.length));
    }
  }
  if (target.operator !== undefined || target.quote === 'inside') return items;
  for (const doc of OPERATOR_DOCS) {
    if (doc.takes === 'object') continue;
    const unverified = doc.lambda === 'unverified';
    items.push({
      label: `{${doc.name}}`,
      kind: 'operator',
      detail: unverified ? `operator object · ${UNVERIFIED}` : 'operator object',
      documentation: `${doc.summary}\n\n\`${doc.example}\``,
      insertText: `{${escapeSnippet(writer.keyPrefix(doc.name))}${operatorValue(doc, writer)}}`,
      snippet: true,
      range: target.range,
      filterText: doc.name,
      sortText: `1_${unverified ? 1 : 0}_${String(OPERATOR_DOCS.indexOf(doc)).padStart(2, '0')}`,
      ...(unverified ? { deprecated: true } : {}),
    });
  }
  return items;
}

function isLeaf(value: unknown): value is string | number | boolean | null {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function literalItem(target: PatternTarget, writer: PatternWriter, value: string | number | boolean | null, detail: string, index: number): CompletionItem {
  const text = target.quote === 'inside' && typeof value === 'string' ? writer.inside(value) : writer.value(value);
  return {
    label: typeof value === 'string' ? value : String(value),
    kind: 'value',
    detail,
    insertText: text,
    snippet: false,
    range: target.range,
    filterText: typeof value === 'string' ? value : String(value),
    sortText: `0_${String(index).padStart(4, '0')}`,
  };
}
