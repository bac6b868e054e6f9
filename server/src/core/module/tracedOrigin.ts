// From a finding's place in a mapping to where the value behind it is written: the deepest argument value
// at the place, followed through what it resolves to, as far as a value marked with an origin (passed by a
// module call, or read from a `locals` entry or a variable's default).

import type { Block } from '../model/mapping';
import type { SourceRange } from '../model/sourceRange';
import type { Value, ValueOrigin } from '../model/value';

/**
 * The first value with an origin `wanted` accepts, on the way from the deepest argument value at `range`
 * in a mapping's body through what it resolves to.
 */
export function tracedOrigin(body: Block, range: SourceRange, wanted: (origin: ValueOrigin) => boolean): { value: Value; origin: ValueOrigin } | undefined {
  let current: Value | undefined = valueAt(body, range);
  for (let depth = 0; current && depth < 64; depth++) {
    if (current.origin && wanted(current.origin)) return { value: current, origin: current.origin };
    current = current.kind === 'reference' || current.kind === 'unknown' ? current.resolved : undefined;
  }
  return undefined;
}

function valueAt(block: Block, range: SourceRange): Value | undefined {
  for (const attr of block.attributes.values()) {
    if (contains(attr.value.range, range)) return deepest(attr.value, range);
  }
  for (const child of block.blocks) {
    if (contains(child.range, range)) {
      const found = valueAt(child, range);
      if (found) return found;
    }
  }
  return undefined;
}

function deepest(value: Value, range: SourceRange): Value {
  if (value.kind === 'list') for (const item of value.items) if (contains(item.range, range)) return deepest(item, range);
  if (value.kind === 'object') for (const e of value.entries) if (contains(e.value.range, range)) return deepest(e.value, range);
  return value;
}

function contains(outer: SourceRange, inner: SourceRange): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
