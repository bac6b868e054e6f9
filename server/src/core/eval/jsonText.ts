// The text Terraform's `jsonencode` writes for a value: object keys in lexical order, sets as arrays,
// numbers never in exponent form, and strings escaped as Go's encoding/json escapes them (`<`, `>`, `&`,
// U+2028 and U+2029 as \u escapes), so that `join`, `replace` and the rest see the very same text.
// Sets come in the order the evaluator keeps them in, Terraform's for strings, numbers and bools.

import { MAX_NESTING } from '../model/nesting';
import { settle, type Value } from '../model/value';
import { numberText } from './convert';
import { compareKeys } from './keyOrder';

/** The JSON text of a fully known value; undefined when a part is not known or nested too deeply. */
export function jsonText(value: Value): string | undefined {
  return encode(value, 0);
}

/** A string as a JSON string literal, escaped as Terraform escapes it. */
export function jsonQuote(text: string): string {
  return JSON.stringify(text).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function encode(value: Value, depth: number): string | undefined {
  if (depth > MAX_NESTING) return undefined;
  const v = settle(value);
  switch (v.kind) {
    case 'string':
      return jsonQuote(v.value);
    case 'number':
      return Number.isFinite(v.value) ? numberText(v.value) : undefined;
    case 'bool':
      return String(v.value);
    case 'null':
      return 'null';
    case 'list': {
      // An open list may hold more than it shows; Terraform lists a set of collections in an order of its own.
      if (v.open) return undefined;
      if (v.set && !v.items.every((item) => ['string', 'number', 'bool'].includes(settle(item).kind))) return undefined;
      const items: string[] = [];
      for (const item of v.items) {
        const text = encode(item, depth + 1);
        if (text === undefined) return undefined;
        items.push(text);
      }
      return `[${items.join(',')}]`;
    }
    case 'object': {
      if (v.open) return undefined;
      const entries = [...v.entries].sort((a, b) => compareKeys(a.key, b.key));
      const parts: string[] = [];
      for (const entry of entries) {
        const text = encode(entry.value, depth + 1);
        if (text === undefined) return undefined;
        parts.push(`${jsonQuote(entry.key)}:${text}`);
      }
      return `{${parts.join(',')}}`;
    }
    case 'jsonencode': {
      const inner = encode(v.inner, depth + 1);
      return inner === undefined ? undefined : jsonQuote(inner);
    }
    default:
      return undefined;
  }
}
