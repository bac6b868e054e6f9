// Lists derived from a block's facts, built once per block fact: rules ask for them on every block of
// every mapping, and `Object.values` of the table would build the same arrays thousands of times.

import type { AttributeFact, BlockFact } from './factTypes';

export interface FactLists {
  readonly required: readonly AttributeFact[];
  /** Arguments a user may set (not computed-only), by name: what a typo is compared with. */
  readonly settable: readonly string[];
  readonly blockNames: readonly string[];
  /** Nested blocks with a maximum count, and their facts. */
  readonly counted: readonly (readonly [string, BlockFact])[];
}

const LISTS = new WeakMap<BlockFact, FactLists>();

export function factLists(fact: BlockFact): FactLists {
  let lists = LISTS.get(fact);
  if (!lists) {
    const attributes = Object.values(fact.attributes);
    lists = {
      required: attributes.filter((a) => a.required),
      settable: attributes.filter((a) => !a.readOnly).map((a) => a.name),
      blockNames: Object.keys(fact.blocks),
      counted: Object.entries(fact.blocks).filter(([, b]) => b.maxItems !== undefined),
    };
    LISTS.set(fact, lists);
  }
  return lists;
}
