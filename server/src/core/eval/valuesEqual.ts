// `==` as Terraform decides it, as far as the model can: values of different types are never equal, but
// the model does not keep types the way Terraform does (a variable's `type` converts its default, a list
// and a tuple differ), so where that could decide the answer it is undefined (unknown).

import { settle, type Value } from '../model/value';
import { stringOf } from './convert';

export function valuesEqual(left: Value, right: Value): boolean | undefined {
  const l = settle(left);
  const r = settle(right);
  if (l.kind === 'unknown' || l.kind === 'reference' || r.kind === 'unknown' || r.kind === 'reference') return undefined;
  if (l.kind === 'null' || r.kind === 'null') return l.kind === r.kind;
  const primitive = (v: Value): boolean => v.kind === 'string' || v.kind === 'number' || v.kind === 'bool';
  if (primitive(l) && primitive(r)) {
    if (l.kind === r.kind) return stringOf(l) === stringOf(r) && (l.kind !== 'number' || r.kind !== 'number' || l.value === r.value);
    // `5 == "5"` is false in Terraform, but `var.n == 5` is true when the variable's type converts "5".
    return stringOf(l) === stringOf(r) ? undefined : false;
  }
  // Collections: a list and a tuple with the same elements differ in Terraform, and the model cannot tell.
  return undefined;
}
