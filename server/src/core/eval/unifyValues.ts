// Terraform's conversion of several values to one type, as `tolist`, `toset`, `tomap`, `distinct` and
// `coalesce` do: a number or a bool among strings becomes a string (`tolist(["a", 1])` is `["a", "1"]`),
// objects with different attributes become maps of one element type, tuples of different lengths lists.
// Our values do not say list from tuple or map from object, so a literal `[...]` is a tuple and `{...}`
// an object, as when written in HCL. 'fail' is what Terraform rejects (`tolist([1, true])`); 'unsure' is
// a case we cannot decide: an unknown whose type would change how the others convert, or a mix of a set
// with other sequences.

import { settle, type ListValue, type ObjectEntry, type Value } from '../model/value';
import { numberText } from './convert';

type Primitive = { readonly k: 'string' | 'number' | 'bool' };
type Ty =
  | Primitive
  | { readonly k: 'dynamic'; readonly unknown: boolean }
  | { readonly k: 'tuple'; readonly items: readonly Ty[] }
  | { readonly k: 'list' | 'set' | 'map'; readonly e: Ty }
  | { readonly k: 'object'; readonly attrs: ReadonlyMap<string, Ty> };

const MAX_DEPTH = 32;
const STRING: Ty = { k: 'string' };

/** `values` converted to their common type, keeping each part's range. */
export function unifyValues(values: readonly Value[]): readonly Value[] | 'fail' | 'unsure' {
  const types = values.map((v) => typeOf(v, 0));
  if (types.includes('unsure')) return 'unsure';
  const target = unify(types as Ty[], 0);
  if (typeof target === 'string') return target;
  const out: Value[] = [];
  for (const v of values) {
    const converted = convert(v, target, 0);
    if (converted === undefined) return 'unsure';
    out.push(converted);
  }
  return out;
}

function typeOf(value: Value, depth: number): Ty | 'unsure' {
  if (depth > MAX_DEPTH) return 'unsure';
  const v = settle(value);
  switch (v.kind) {
    case 'string':
    case 'jsonencode':
      return STRING;
    case 'number':
    case 'bool':
      return { k: v.kind };
    case 'null':
      return { k: 'dynamic', unknown: false };
    case 'unknown':
    case 'reference':
      return { k: 'dynamic', unknown: true };
    case 'list': {
      const items = v.items.map((item) => typeOf(item, depth + 1));
      if (items.includes('unsure')) return 'unsure';
      if (!v.set) return { k: 'tuple', items: items as Ty[] };
      const e = unify(items as Ty[], depth + 1);
      return typeof e === 'string' ? 'unsure' : { k: 'set', e };
    }
    case 'object': {
      const attrs = new Map<string, Ty>();
      for (const entry of v.entries) {
        const t = typeOf(entry.value, depth + 1);
        if (t === 'unsure') return 'unsure';
        attrs.set(entry.key, t);
      }
      return { k: 'object', attrs };
    }
  }
}

function unify(types: readonly Ty[], depth: number): Ty | 'fail' | 'unsure' {
  if (depth > MAX_DEPTH) return 'unsure';
  const known = types.filter((t) => t.k !== 'dynamic');
  const someUnknown = types.some((t) => t.k === 'dynamic' && t.unknown);
  if (known.length === 0) return { k: 'dynamic', unknown: someUnknown };
  const first = known[0]!;
  if (known.every((t) => sameType(t, first))) return first;
  // An unknown of another type could change every conversion below.
  if (someUnknown) return 'unsure';
  const kinds = new Set(known.map((t) => t.k));
  if ([...kinds].every((k) => k === 'string' || k === 'number' || k === 'bool')) return kinds.has('string') ? STRING : 'fail';
  if (kinds.size > 1) return kinds.has('set') || kinds.has('list') || kinds.has('map') ? 'unsure' : 'fail';
  if (first.k === 'tuple') return unifyTuples(known as Extract<Ty, { k: 'tuple' }>[], depth);
  if (first.k === 'object') return unifyObjects(known as Extract<Ty, { k: 'object' }>[], depth);
  if (first.k === 'set') {
    const e = unify(known.map((t) => (t as { readonly e: Ty }).e), depth + 1);
    return typeof e === 'string' ? e : { k: 'set', e };
  }
  return 'unsure';
}

function unifyTuples(tuples: readonly Extract<Ty, { k: 'tuple' }>[], depth: number): Ty | 'fail' | 'unsure' {
  const length = tuples[0]!.items.length;
  if (tuples.every((t) => t.items.length === length)) {
    const items: Ty[] = [];
    for (let i = 0; i < length; i++) {
      const t = unify(tuples.map((tuple) => tuple.items[i]!), depth + 1);
      if (typeof t === 'string') return t;
      items.push(t);
    }
    return { k: 'tuple', items };
  }
  const e = unify(tuples.flatMap((t) => t.items), depth + 1);
  return typeof e === 'string' ? e : { k: 'list', e };
}

function unifyObjects(objects: readonly Extract<Ty, { k: 'object' }>[], depth: number): Ty | 'fail' | 'unsure' {
  const names = [...objects[0]!.attrs.keys()].sort().join('\u0000');
  if (objects.every((o) => [...o.attrs.keys()].sort().join('\u0000') === names)) {
    const attrs = new Map<string, Ty>();
    for (const name of objects[0]!.attrs.keys()) {
      const t = unify(objects.map((o) => o.attrs.get(name)!), depth + 1);
      if (typeof t === 'string') return t;
      attrs.set(name, t);
    }
    return { k: 'object', attrs };
  }
  const e = unify(objects.flatMap((o) => [...o.attrs.values()]), depth + 1);
  return typeof e === 'string' ? e : { k: 'map', e };
}

function sameType(a: Ty, b: Ty): boolean {
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'dynamic':
      return true;
    case 'tuple': {
      const other = b as typeof a;
      return a.items.length === other.items.length && a.items.every((t, i) => sameType(t, other.items[i]!));
    }
    case 'object': {
      const other = b as typeof a;
      return a.attrs.size === other.attrs.size && [...a.attrs].every(([name, t]) => other.attrs.has(name) && sameType(t, other.attrs.get(name)!));
    }
    case 'list':
    case 'set':
    case 'map':
      return sameType(a.e, (b as typeof a).e);
    default:
      return true;
  }
}

/** `value` as a value of type `target`; undefined when it does not convert. Unchanged parts stay as they are. */
function convert(value: Value, target: Ty, depth: number): Value | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const v = settle(value);
  if (v.kind === 'null' || v.kind === 'unknown' || v.kind === 'reference' || target.k === 'dynamic') return value;
  switch (target.k) {
    case 'string':
      if (v.kind === 'string' || v.kind === 'jsonencode') return value;
      if (v.kind === 'number' || v.kind === 'bool') {
        const text = v.kind === 'number' ? numberText(v.value) : String(v.value);
        return { kind: 'string', value: text, form: 'quoted', contentStart: v.range.start, range: v.range };
      }
      return undefined;
    case 'number':
    case 'bool':
      return v.kind === target.k ? value : undefined;
    case 'tuple':
    case 'list':
    case 'set': {
      if (v.kind !== 'list') return undefined;
      if (target.k === 'tuple' && v.items.length !== target.items.length) return undefined;
      const items: Value[] = [];
      for (let i = 0; i < v.items.length; i++) {
        const item = convert(v.items[i]!, target.k === 'tuple' ? target.items[i]! : target.e, depth + 1);
        if (item === undefined) return undefined;
        items.push(item);
      }
      if (items.every((item, i) => item === v.items[i]) && Boolean(v.set) === (target.k === 'set')) return value;
      const list: ListValue = { kind: 'list', items, range: v.range };
      return target.k === 'set' ? { ...list, set: true } : list;
    }
    case 'object':
    case 'map': {
      if (v.kind !== 'object') return undefined;
      const entries: ObjectEntry[] = [];
      for (const entry of v.entries) {
        const t = target.k === 'object' ? target.attrs.get(entry.key) : target.e;
        const converted = t && convert(entry.value, t, depth + 1);
        if (converted === undefined) return undefined;
        entries.push(converted === entry.value ? entry : { ...entry, value: converted });
      }
      return entries.every((e, i) => e === v.entries[i]) ? value : { kind: 'object', entries, range: v.range };
    }
  }
}
