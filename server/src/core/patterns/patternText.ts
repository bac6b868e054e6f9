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
      const items = v.items.map(encodeJson);
      return items.includes(undefined) ? undefined : `[${items.join(',')}]`;
    }
    case 'object': {
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
