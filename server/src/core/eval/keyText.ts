// A value used as a map key (`lookup`, `zipmap`): a string, or a number or bool converted to one.
// `jsonencode(...)` is the JSON text it encodes to.

import { settle, type Value } from '../model/value';
import { stringOf } from './convert';
import { plainJson } from './valueJson';

/** The key text; 'unknown' when it is not known; undefined when Terraform rejects it as a key. */
export function keyText(value: Value): string | 'unknown' | undefined {
  const v = settle(value);
  if (v.kind === 'unknown' || v.kind === 'reference') return 'unknown';
  if (v.kind === 'jsonencode') {
    const json = plainJson(v.inner);
    return json === undefined ? 'unknown' : JSON.stringify(json);
  }
  return stringOf(v);
}
