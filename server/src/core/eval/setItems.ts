// The elements of a Terraform set built from `items` (already of one type): duplicates dropped and the
// rest in the order Terraform lists them: strings by code point, numbers by value, false before true,
// null last. Terraform orders sets of collections by a hash we do not reproduce; those keep the order
// they were written in. Undefined when an element is not known, since it could equal another.

import { settle, type Value } from '../model/value';
import { compareKeys } from './keyOrder';
import { valueKey } from './valueKey';

export function setItems(items: readonly Value[]): readonly Value[] | undefined {
  const seen = new Set<string>();
  const kept: Value[] = [];
  for (const item of items) {
    const key = valueKey(item);
    if (key === undefined) return undefined;
    if (!seen.has(key)) kept.push(item);
    seen.add(key);
  }
  return kept.map((item, i) => ({ item, i })).sort((a, b) => order(a.item, b.item) || a.i - b.i).map((x) => x.item);
}

/**
 * The order Terraform iterates an existing set in (a `for` over it): its elements sorted as above when
 * they are strings, numbers or bools; undefined for a set of collections (Terraform's own order), unless
 * it has one element.
 */
export function iterationOrder(items: readonly Value[]): readonly Value[] | undefined {
  const kinds = new Set(items.map((item) => settle(item).kind));
  const primitive = kinds.size === 1 && ['string', 'number', 'bool'].includes([...kinds][0]!);
  if (!primitive) return items.length <= 1 ? items : undefined;
  return items.map((item, i) => ({ item, i })).sort((a, b) => order(a.item, b.item) || a.i - b.i).map((x) => x.item);
}

function order(a: Value, b: Value): number {
  const x = settle(a);
  const y = settle(b);
  if (x.kind === 'null' || y.kind === 'null') return x.kind === y.kind ? 0 : x.kind === 'null' ? 1 : -1;
  if (x.kind === 'string' && y.kind === 'string') return compareKeys(x.value, y.value);
  if (x.kind === 'number' && y.kind === 'number') return x.value - y.value;
  if (x.kind === 'bool' && y.kind === 'bool') return Number(x.value) - Number(y.value);
  return 0;
}
