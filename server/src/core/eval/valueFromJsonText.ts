// The value a JSON document decodes to, as Terraform's `jsondecode` reads it: objects as objects,
// arrays as lists (tuples), a repeated key keeps its last value, and a lone surrogate escape becomes
// U+FFFD as Go decodes it. Unlike the fixtures' `valueFromJson`, keys such as "$unknown" mean nothing.

import { MAX_NESTING } from '../model/nesting';
import type { SourceRange } from '../model/sourceRange';
import type { Value } from '../model/value';
import { stringValue } from './stringValue';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The decoded value; null when the text is not JSON, undefined when the value cannot be held here. */
export function valueFromJsonText(text: string, range: SourceRange): Value | null | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  return toValue(json, range, 0);
}

function toValue(json: unknown, range: SourceRange, depth: number): Value | undefined {
  if (depth > MAX_NESTING) return undefined;
  if (json === null) return { kind: 'null', range };
  if (typeof json === 'string') return stringValue(json.replace(LONE_SURROGATE, '\ufffd'), range);
  // Terraform keeps a number exactly; one beyond a double's range cannot be said.
  if (typeof json === 'number') return Number.isFinite(json) ? { kind: 'number', value: json, range } : undefined;
  if (typeof json === 'boolean') return { kind: 'bool', value: json, range };
  if (Array.isArray(json)) {
    const items: Value[] = [];
    for (const item of json) {
      const value = toValue(item, range, depth + 1);
      if (value === undefined) return undefined;
      items.push(value);
    }
    return { kind: 'list', items, range };
  }
  const entries = [];
  for (const [key, item] of Object.entries(json as Record<string, unknown>)) {
    const value = toValue(item, range, depth + 1);
    if (value === undefined) return undefined;
    entries.push({ key: key.replace(LONE_SURROGATE, '\ufffd').normalize('NFC'), keyRange: range, value });
  }
  return { kind: 'object', entries, range };
}
