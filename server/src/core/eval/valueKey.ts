// A text that two fully known values share exactly when Terraform's `==` holds between them, so
// `distinct` and `toset` drop duplicates in one pass instead of comparing every pair.

import { settle, type Value } from '../model/value';
import { compareKeys } from './keyOrder';
import { plainJson } from './valueJson';

const MAX_DEPTH = 64;

/** Undefined when a part is not known or the value is nested too deep. */
export function valueKey(value: Value, depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const v = settle(value);
  switch (v.kind) {
    case 'null':
      return 'n';
    case 'string':
      return 's' + JSON.stringify(v.value);
    case 'number':
      return 'd' + String(v.value);
    case 'bool':
      return v.value ? 't' : 'f';
    case 'jsonencode': {
      const json = plainJson(v.inner);
      return json === undefined ? undefined : 's' + JSON.stringify(JSON.stringify(json));
    }
    case 'list': {
      const items = v.items.map((item) => valueKey(item, depth + 1));
      return items.includes(undefined) ? undefined : (v.set ? 'S[' : 'L[') + items.join(',') + ']';
    }
    case 'object': {
      const entries = [...v.entries].sort((a, b) => compareKeys(a.key, b.key)).map((e) => [e.key, valueKey(e.value, depth + 1)] as const);
      return entries.some(([, k]) => k === undefined) ? undefined : 'O{' + entries.map(([name, k]) => JSON.stringify(name) + ':' + k).join(',') + '}';
    }
    default:
      return undefined;
  }
}
