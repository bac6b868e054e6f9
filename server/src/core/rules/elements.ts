// The elements of a list argument with the range to underline for each: the element itself when the
// list is written in the mapping, or the whole reference when it comes from a variable or a local.

import type { Attribute } from '../model/mapping';
import type { SourceRange } from '../model/sourceRange';
import { asString, settle, type Value } from '../model/value';

export interface Element {
  readonly value: Value;
  readonly text: string | undefined;
  readonly range: SourceRange;
  readonly index: number;
}

export function elementsOf(attr: Attribute): Element[] | undefined {
  const v = settle(attr.value);
  if (v.kind !== 'list') return undefined;
  const direct = attr.value.kind === 'list';
  return v.items.map((item, index) => ({ value: item, text: asString(item), range: direct ? item.range : attr.value.range, index }));
}

/** A string argument as one element, or each element of a list argument. */
export function stringsOf(attr: Attribute): Element[] {
  const list = elementsOf(attr);
  if (list) return list;
  return [{ value: attr.value, text: asString(attr.value), range: attr.value.range, index: 0 }];
}
