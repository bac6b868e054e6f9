// The JSON text of a filter pattern as Terraform sends it: a string literal as written, or what
// `jsonencode(...)` of a literal HCL value produces. Undefined when any part is not known statically.

import { settle, type Value } from '../model/value';

export function patternText(value: Value): string | undefined {
  const v = settle(value);
  if (v.kind === 'string') return v.value;
  if (v.kind === 'jsonencode') return encodeJson(v.inner);
  return undefined;
}

/** `jsonencode` of a literal value; undefined when any part is not known. */
export function encodeJson(value: Value): string | undefined {
  const v = settle(value);
  switch (v.kind) {
    case 'string':
      return JSON.stringify(v.value);
    case 'number':
    case 'bool':
      return JSON.stringify(v.value);
    case 'null':
      return 'null';
    case 'list': {
      if (v.open) return undefined;
      const items = v.items.map(encodeJson);
      return items.includes(undefined) ? undefined : `[${items.join(',')}]`;
    }
    case 'object': {
      if (v.open) return undefined;
      const entries = v.entries.map((e) => {
        const encoded = encodeJson(e.value);
        return encoded === undefined ? undefined : `${JSON.stringify(e.key)}:${encoded}`;
      });
      return entries.includes(undefined) ? undefined : `{${entries.join(',')}}`;
    }
    case 'jsonencode': {
      const inner = encodeJson(v.inner);
      return inner === undefined ? undefined : JSON.stringify(inner);
    }
    default:
      return undefined;
  }
}

/**
 * The length of `encodeJson(value)`, undefined exactly when that is, without building the text: the
 * length limit is all a mapping's check needs, and the text of every pattern was most of the garbage
 * that reading patterns left.
 */
export function encodedLength(value: Value): number | undefined {
  const v = settle(value);
  switch (v.kind) {
    case 'string':
      return quotedLength(v.value);
    case 'number':
    case 'bool':
      return JSON.stringify(v.value).length;
    case 'null':
      return 4;
    case 'list': {
      if (v.open) return undefined;
      // The brackets and a comma between items.
      let length = 1 + Math.max(1, v.items.length);
      for (const item of v.items) {
        const n = encodedLength(item);
        if (n === undefined) return undefined;
        length += n;
      }
      return length;
    }
    case 'object': {
      if (v.open) return undefined;
      // The braces, a comma between entries, and a colon in each.
      let length = 1 + Math.max(1, v.entries.length);
      for (const e of v.entries) {
        const n = encodedLength(e.value);
        if (n === undefined) return undefined;
        length += quotedLength(e.key) + 1 + n;
      }
      return length;
    }
    case 'jsonencode': {
      const inner = encodeJson(v.inner);
      return inner === undefined ? undefined : JSON.stringify(inner).length;
    }
    default:
      return undefined;
  }
}

/** `JSON.stringify(text).length`, counted: the quotes, two characters per short escape, six per `\uXXXX`. */
function quotedLength(text: string): number {
  let length = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) length += 2;
    else if (c < 0x20) length += 6;
    else if (c >= 0xd800 && c <= 0xdfff) {
      // A surrogate pair stays as it is; a lone surrogate is escaped.
      if (c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        length += 2;
        i++;
      } else length += 6;
    } else length++;
  }
  return length;
}
