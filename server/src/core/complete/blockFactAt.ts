// The facts of the nested block at a path of canonical block names (`['destination_config', 'on_failure']`).

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import type { BlockFact } from '../facts/factTypes';
import { own } from '../facts/own';

export function blockFactAt(path: readonly string[]): BlockFact | undefined {
  const facts = blockFactsTo(path);
  return facts && (facts.at(-1) ?? MAPPING_FACTS);
}

/** The facts of each block along the path (not the resource's own), outermost first; undefined when one is unknown. */
export function blockFactsTo(path: readonly string[]): BlockFact[] | undefined {
  const out: BlockFact[] = [];
  let fact: BlockFact = MAPPING_FACTS;
  for (const name of path) {
    const next = own(fact.blocks, name);
    if (!next) return undefined;
    out.push(next);
    fact = next;
  }
  return out;
}
