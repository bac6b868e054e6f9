// The string a function that takes a string sees: a string, a number or a bool converted as Terraform
// converts them, or the text a `jsonencode(...)` value encodes to.

import { settle, type Value } from '../model/value';
import { stringOf } from './convert';
import { jsonText } from './jsonText';

/** The value as a string, or undefined when it is not known or not a string, number, bool or encoding. */
export function textOf(value: Value): string | undefined {
  const v = settle(value);
  if (v.kind === 'jsonencode') return jsonText(v.inner);
  return stringOf(v);
}
