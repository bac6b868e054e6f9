// The facts of the nested block at a path of canonical block names (`['destination_config', 'on_failure']`).

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import type { BlockFact } from '../facts/factTypes';
import { own } from '../facts/own';

export function blockFactAt(path: readonly string[]): BlockFact | undefined {
  let fact: BlockFact | undefined = MAPPING_FACTS;
  for (const name of path) {
    fact = own(fact.blocks, name);
    if (!fact) return undefined;
  }
  return fact;
}
