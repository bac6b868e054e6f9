// Keys of a filter pattern under a path of keys: the record shape's (top keys, metadata paths, DynamoDB
// images and attribute type keys), then the keys the samples hold there, as Lambda decodes them.

import type { PatternTarget } from '../language/cursorContext';
import { isObject } from '../patterns/decodeRecord';
import { DYNAMODB_IMAGES, DYNAMODB_TYPE_KEYS, RECORD_SHAPES, shapesOf, type RecordShape } from '../patterns/recordFields';
import type { CompletionItem } from '../service/serviceTypes';
import type { PatternWriter } from './patternSyntax';
import { valuesAt, type RecordView } from './recordViews';
import { escapeSnippet } from './snippets';
import type { Kinds } from './sourceFacts';

interface KeyFound {
  readonly key: string;
  readonly object: boolean;
  readonly from: string;
}

/** Keys under `target.keys`: the record shape's first, then the samples', each once. */
export function patternKeys(target: PatternTarget, kinds: Kinds, views: readonly RecordView[], writer: PatternWriter): CompletionItem[] {
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
