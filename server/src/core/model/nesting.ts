// How deep the front ends read values. Terraform reads any depth, but every walk over a value (rules,
// references, filter patterns) recurses per level, and the stack of the server or the CLI ends a few
// thousand levels down (TypeScript's own parser: after about 550 nested object literals). A value nested
// deeper than this is read as unknown and reported once; nobody writes a tenth of it.

import type { Block } from './mapping';
import type { SourceRange } from './sourceRange';
import type { Value } from './value';

/** Levels of lists, objects and blocks a front end reads; deeper values are unknown. */
export const MAX_NESTING = 100;

export function tooDeepMessage(): string {
  return `This value is nested more than ${MAX_NESTING} levels deep; Lambda ESM Lens reads values up to ${MAX_NESTING} levels and does not check this one.`;
}

/** The unknown value that stands for one nested too deeply. */
export function tooDeepValue(text: string, range: SourceRange): Value {
  return { kind: 'unknown', text, range, tooDeep: true };
}

/**
 * The range of the first value of the block (and its nested blocks) that was nested too deeply. Values
 * are at most `MAX_NESTING` levels deep, so this walk is bounded too.
 */
export function firstTooDeep(block: Block): SourceRange | undefined {
  for (const attribute of block.attributes.values()) {
    const found = tooDeepIn(attribute.value);
    if (found) return found;
  }
  for (const child of block.blocks) {
    const found = firstTooDeep(child);
    if (found) return found;
  }
  return undefined;
}

/** The range of the first part of the value that was nested too deeply, if any. */
export function tooDeepIn(value: Value): SourceRange | undefined {
  switch (value.kind) {
    case 'unknown':
      return value.tooDeep ? value.range : undefined;
    case 'list':
      for (const item of value.items) {
        const found = tooDeepIn(item);
        if (found) return found;
      }
      return undefined;
    case 'object':
      for (const entry of value.entries) {
        const found = tooDeepIn(entry.value);
        if (found) return found;
      }
      return undefined;
    case 'jsonencode':
      return tooDeepIn(value.inner);
    case 'reference':
      // A CDKTF `const` is read where it is used, as a resolved reference.
      return value.resolved ? tooDeepIn(value.resolved) : undefined;
    default:
      return undefined;
  }
}
