// Terraform's `==` on values, for `contains` and `distinct`: values of different types are never equal
// (`1` is not `"1"`), collections compare element by element. Undefined when the answer depends on
// something not known.

import { settle, type Value } from '../model/value';
import { plainJson } from './valueJson';
import { valueKey } from './valueKey';

const MAX_DEPTH = 64;

export function sameValue(a: Value, b: Value, depth = 0): boolean | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const x = asLiteral(settle(a));
  const y = asLiteral(settle(b));
  if (x === undefined || y === undefined) return undefined;
  if (x.kind !== y.kind) return false;
  switch (x.kind) {
    case 'null':
      return true;
    case 'string':
    case 'number':
    case 'bool':
      return x.value === (y as typeof x).value;
    case 'list': {
      const other = y as typeof x;
      if (Boolean(x.set) !== Boolean(other.set) || x.items.length !== other.items.length) return false;
      if (x.set) return sameSet(x.items, other.items);
      return allSame(x.items.map((item, i) => () => sameValue(item, other.items[i]!, depth + 1)));
    }
    case 'object': {
      const other = y as typeof x;
      if (x.entries.length !== other.entries.length) return false;
      const theirs = new Map(other.entries.map((e) => [e.key, e.value]));
      if (x.entries.some((e) => !theirs.has(e.key))) return false;
      return allSame(x.entries.map((e) => () => sameValue(e.value, theirs.get(e.key)!, depth + 1)));
    }
    default:
      return undefined;
  }
}

/** False as soon as one pair differs, even when another pair is not known. */
function allSame(pairs: readonly (() => boolean | undefined)[]): boolean | undefined {
  let unsure = false;
  for (const pair of pairs) {
    const same = pair();
    if (same === false) return false;
    if (same === undefined) unsure = true;
  }
  return unsure ? undefined : true;
}

/** Sets have no order to compare by; a set with an unknown element is not known to equal anything. */
function sameSet(a: readonly Value[], b: readonly Value[]): boolean | undefined {
  const keys = (items: readonly Value[]) => items.map((item) => valueKey(item));
  const x = keys(a);
  const y = keys(b);
  if (x.includes(undefined) || y.includes(undefined)) return undefined;
  const theirs = new Set(y);
  return x.every((k) => theirs.has(k)) && new Set(x).size === theirs.size;
}

type Literal = Exclude<Value, { kind: 'jsonencode' | 'reference' | 'unknown' }>;

/** `jsonencode(...)` is the string it encodes to; undefined for what is not known. */
function asLiteral(v: Value): Literal | undefined {
  if (v.kind === 'reference' || v.kind === 'unknown') return undefined;
  if (v.kind !== 'jsonencode') return v;
  const json = plainJson(v.inner);
  return json === undefined ? undefined : { kind: 'string', value: JSON.stringify(json), form: 'quoted', contentStart: v.range.start, range: v.range };
}
