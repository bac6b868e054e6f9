// What the mouse is on inside a mapping, from the model alone (so it is the same for every syntax): a
// name of an argument or nested block, a value of an argument (the innermost one: a list item, an object
// entry, what `jsonencode` wraps), or the resource's header. Offsets here are relative to the block.

import type { AttributeFact, BlockFact, Fact } from '../facts/factTypes';
import type { TopLevelBlock } from '../model/fileModel';
import type { Attribute, Block } from '../model/mapping';
import type { SourceRange } from '../model/sourceRange';
import type { Value } from '../model/value';

export type HoverTarget =
  | { readonly kind: 'header'; readonly range: SourceRange }
  | { readonly kind: 'name'; readonly fact: Fact; readonly path: readonly string[]; readonly range: SourceRange }
  | {
      readonly kind: 'value';
      readonly attribute: Attribute;
      readonly fact: AttributeFact | undefined;
      /** Canonical names of the blocks from the resource body to the argument. */
      readonly path: readonly string[];
      /** The innermost value under the mouse. */
      readonly value: Value;
    };

/** The target at block-relative offset `at` of a mapping whose (resolved) body is `body`. */
export function hoverTargetAt(block: TopLevelBlock, body: Block, rootFact: BlockFact, at: number): HoverTarget | undefined {
  for (const range of [...block.labelRanges, body.typeRange]) if (inside(range, at)) return { kind: 'header', range };
  return inBlock(body, rootFact, [], at);
}

function inBlock(block: Block, fact: BlockFact | undefined, path: readonly string[], at: number): HoverTarget | undefined {
  for (const child of block.blocks) {
    const childFact = fact?.blocks[child.type];
    // Inside the child first: in a stack a repeated block's type range is its whole object literal.
    const deeper = inside(child.range, at) ? inBlock(child, childFact, [...path, child.type], at) : undefined;
    if (deeper) return deeper;
    if (inside(child.typeRange, at)) return childFact ? { kind: 'name', fact: childFact, path, range: child.typeRange } : undefined;
  }
  for (const attribute of block.attributes.values()) {
    const attributeFact = fact?.attributes[attribute.name];
    if (inside(attribute.nameRange, at)) return attributeFact ? { kind: 'name', fact: attributeFact, path, range: attribute.nameRange } : undefined;
    if (inside(attribute.value.range, at)) return { kind: 'value', attribute, fact: attributeFact, path, value: innermost(attribute.value, at) };
  }
  return undefined;
}

function innermost(value: Value, at: number): Value {
  let current = value;
  for (;;) {
    let next: Value | undefined;
    if (current.kind === 'list') next = current.items.find((item) => inside(item.range, at));
    else if (current.kind === 'object') next = current.entries.find((entry) => inside(entry.value.range, at))?.value;
    else if (current.kind === 'jsonencode' && inside(current.inner.range, at)) next = current.inner;
    if (!next) return current;
    current = next;
  }
}

export function inside(range: SourceRange, at: number): boolean {
  return range.start <= at && at < range.end;
}
