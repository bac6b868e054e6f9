// A function argument converted to the primitive type the function's parameter wants, as Terraform
// converts it: numbers and bools to strings, numeric strings to numbers, "true"/"false"/"1"/"0" to
// bools. A `jsonencode(...)` value is the string it encodes. The result says which of three things
// happened: the value, a failure Terraform reports, or nothing known.

import { settle, type Value } from '../model/value';
import { numberFromText } from './numberFromText';
import { textOf } from './textOf';

export type Conversion<T> = { readonly value: T } | { readonly error: string } | { readonly unknown: true };

const UNKNOWN = { unknown: true } as const;

/** The argument as a string; null fails, as it does for every parameter that does not allow null. */
export function stringArg(value: Value): Conversion<string> {
  const v = settle(value);
  if (v.kind === 'unknown' || v.kind === 'reference') return UNKNOWN;
  if (v.kind === 'null') return { error: 'argument must not be null' };
  if (v.kind === 'list' || v.kind === 'object') return { error: 'string required' };
  const text = textOf(v);
  return text === undefined ? UNKNOWN : { value: text };
}

/** The argument as a number; null fails. */
export function numberArg(value: Value): Conversion<number> {
  const v = settle(value);
  if (v.kind === 'unknown' || v.kind === 'reference') return UNKNOWN;
  if (v.kind === 'null') return { error: 'argument must not be null' };
  if (v.kind === 'number') return Number.isFinite(v.value) ? { value: v.value } : UNKNOWN;
  if (v.kind === 'string' || v.kind === 'jsonencode') {
    const text = textOf(v);
    if (text === undefined) return UNKNOWN;
    const n = numberFromText(text);
    if (n === null) return { error: `cannot convert ${JSON.stringify(text)} to number` };
    return n === undefined ? UNKNOWN : { value: n };
  }
  return { error: 'number required' };
}

/** The argument as a bool; null fails. */
export function boolArg(value: Value): Conversion<boolean> {
  const v = settle(value);
  if (v.kind === 'unknown' || v.kind === 'reference') return UNKNOWN;
  if (v.kind === 'null') return { error: 'argument must not be null' };
  if (v.kind === 'bool') return { value: v.value };
  if (v.kind === 'string' || v.kind === 'jsonencode') {
    const text = textOf(v);
    if (text === undefined) return UNKNOWN;
    if (text === 'true' || text === '1') return { value: true };
    if (text === 'false' || text === '0') return { value: false };
    return { error: `cannot convert ${JSON.stringify(text)} to bool` };
  }
  return { error: 'bool required' };
}
