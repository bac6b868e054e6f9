// Values to and from JSON, for the evaluator's fixtures (what `terraform console` prints through
// `jsonencode`) and for `jsonencode`/`jsondecode`. Fixtures mark what JSON cannot say:
// `{"$unknown": true}` is a value not known, `{"$error": true}` a failure, `{"$set": [...]}` a set.

import type { SourceRange } from '../model/sourceRange';
import { settle, type Value } from '../model/value';
import { jsonText } from './jsonText';

const NOWHERE: SourceRange = { start: 0, end: 0 };

/** The value a JSON document stands for; every part gets `range`. */
export function valueFromJson(json: unknown, range: SourceRange = NOWHERE): Value {
  if (json === null) return { kind: 'null', range };
  if (typeof json === 'string') return { kind: 'string', value: json, form: 'json', contentStart: range.start, range };
  if (typeof json === 'number') return { kind: 'number', value: json, range };
  if (typeof json === 'boolean') return { kind: 'bool', value: json, range };
  if (Array.isArray(json)) return { kind: 'list', items: json.map((item) => valueFromJson(item, range)), range };
  const o = json as Record<string, unknown>;
  if (o.$unknown === true) return { kind: 'unknown', text: '(unknown)', range };
  if (o.$error === true) return { kind: 'unknown', text: '(error)', range, error: 'fixture failure' };
  if (Array.isArray(o.$set)) return { kind: 'list', items: o.$set.map((item) => valueFromJson(item, range)), set: true, range };
  return { kind: 'object', entries: Object.entries(o).map(([key, value]) => ({ key, keyRange: range, value: valueFromJson(value, range) })), range };
}

/**
 * The JSON form of a value, with the fixture markers for what JSON cannot say. Object keys come out in
 * their order in the value; compare objects without regard to key order. `jsonencode(x)` values come
 * out as the string Terraform would produce (jsonText.ts: Terraform's escapes and number forms).
 */
export function valueToJson(value: Value): unknown {
  const v = settle(value);
  switch (v.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return v.value;
    case 'null':
      return null;
    case 'list': {
      if (v.open) return { $unknown: true };
      const items = v.items.map(valueToJson);
      return v.set ? { $set: items } : items;
    }
    case 'object':
      if (v.open) return { $unknown: true };
      return Object.fromEntries(v.entries.map((e) => [e.key, valueToJson(e.value)]));
    case 'jsonencode':
      return jsonText(v.inner) ?? { $unknown: true };
    case 'unknown':
      return v.error !== undefined ? { $error: true } : { $unknown: true };
    case 'reference':
      return { $unknown: true };
  }
}
