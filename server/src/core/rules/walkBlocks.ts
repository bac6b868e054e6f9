// Visits a mapping's blocks together with their facts, so schema rules need not each walk the tree.

import type { Block } from '../model/mapping';
import type { BlockFact } from '../facts/factTypes';

export interface BlockVisit {
  readonly block: Block;
  readonly fact: BlockFact;
  /** Dotted path of block types from the resource, empty for the resource itself. */
  readonly path: string;
}

/** Every block whose type the facts know, depth first; `descend` can stop at a block. */
export function walkBlocks(root: Block, rootFact: BlockFact, visit: (v: BlockVisit) => boolean | void): void {
  const go = (block: Block, fact: BlockFact, path: string): void => {
    if (visit({ block, fact, path }) === false) return;
    for (const child of block.blocks) {
      const childFact = fact.blocks[child.type];
      if (childFact) go(child, childFact, path ? `${path}.${child.type}` : child.type);
    }
  };
  go(root, rootFact, '');
}

/** Arguments Terraform itself defines on every resource; they are not part of the provider schema. */
export const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle']);
