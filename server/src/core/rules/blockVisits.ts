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

// Keyed weakly by the root block: blocks are immutable and the facts are a constant table, so a list
// stays right for as long as its block lives. The first visit is the root's, which tells the facts used.
const VISITS = new WeakMap<Block, readonly BlockVisit[]>();

/** Every block whose type the facts know, depth first, starting with `root` itself. */
export function blockVisits(root: Block, rootFact: BlockFact): readonly BlockVisit[] {
  let visits = VISITS.get(root);
  if (visits?.[0]!.fact !== rootFact) {
    const out: BlockVisit[] = [];
    collect(root, rootFact, '', out);
    VISITS.set(root, out);
    visits = out;
  }
  return visits;
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
