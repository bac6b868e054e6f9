// A mapping's blocks together with their facts, listed once per mapping body and shared by the schema
// rules, so each of them need not walk the tree (and allocate its visits) again.

import type { Block } from '../model/mapping';
import type { BlockFact } from '../facts/factTypes';

export interface BlockVisit {
  readonly block: Block;
  readonly fact: BlockFact;
  /** Dotted path of block types from the resource, empty for the resource itself. */
  readonly path: string;
}

// The last list made: the rules run one mapping at a time, so they all ask for the same root in a row.
// Blocks are immutable and the facts a constant table, so the list stays right; its first visit is the
// root's, which tells the facts it was made with.
let last: readonly BlockVisit[] = [];

/** Every block whose type the facts know, depth first, starting with `root` itself. */
export function blockVisits(root: Block, rootFact: BlockFact): readonly BlockVisit[] {
  if (last[0]?.block !== root || last[0].fact !== rootFact) {
    const out: BlockVisit[] = [];
    collect(root, rootFact, '', out);
    last = out;
  }
  return last;
}

function collect(block: Block, fact: BlockFact, path: string, out: BlockVisit[]): void {
  out.push({ block, fact, path });
  for (const child of block.blocks) {
    const childFact = fact.blocks[child.type];
    if (childFact) collect(child, childFact, path ? `${path}.${child.type}` : child.type, out);
  }
}

/** Arguments Terraform itself defines on every resource; they are not part of the provider schema. */
export const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle']);
