// A value read from a `locals` entry or a variable's default, marked (all through) with the block that
// declares it, so that a finding the value causes can point where it is written: the `bulk` entry of a
// locals map read through `each.value.batch_size`, not only the mapping's `each.value.batch_size`.

import type { TopLevelBlock } from '../model/fileModel';
import type { Value } from '../model/value';
import type { ModuleIndex } from './moduleIndex';

/** Deeper parts are left unmarked (they are rare, and the mark is only a pointer). */
const MAX_DEPTH = 32;

/**
 * `local.x`'s or `var.x`'s value, marked with its declaring block; as it is when the index does not
 * say where it is declared, or (for a variable) when its value comes from a tfvars file.
 */
export function declaredValue(module: ModuleIndex, address: string, value: Value): Value {
  const block = module.declarations?.get(address);
  if (!block) return value;
  if (address.startsWith('var.') && block.body.attributes.get('default')?.value !== value) return value;
  return marked(value, block, 0);
}

function marked(value: Value, declaration: TopLevelBlock, depth: number): Value {
  const origin = { declaration };
  if (depth > MAX_DEPTH) return value;
  switch (value.kind) {
    case 'list':
      return { ...value, origin, items: value.items.map((item) => marked(item, declaration, depth + 1)) };
    case 'object':
      return { ...value, origin, entries: value.entries.map((e) => ({ ...e, value: marked(e.value, declaration, depth + 1) })) };
    case 'jsonencode':
      return { ...value, origin, inner: marked(value.inner, declaration, depth + 1) };
    default:
      return { ...value, origin };
  }
}
