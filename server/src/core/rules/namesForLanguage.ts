// Messages name arguments as the user wrote them: `starting_position` in Terraform, `startingPosition` in
// a CDKTF stack. Rules write the canonical snake_case names; this turns the ones the facts table knows
// into camelCase for TypeScript, and leaves every other backticked word alone.

import { camelCase } from '../extract/cdktf/cdktfNames';
import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import type { BlockFact } from '../facts/factTypes';
import type { Language } from '../model/mapping';

const KNOWN = new Set<string>();
(function collect(fact: BlockFact): void {
  for (const name of Object.keys(fact.attributes)) KNOWN.add(name);
  for (const [name, child] of Object.entries(fact.blocks)) {
    KNOWN.add(name);
    collect(child);
  }
})(MAPPING_FACTS);

export function namesForLanguage(message: string, language: Language): string {
  if (language !== 'ts') return message;
  return message.replace(/`([a-z][a-z0-9_]*)`/g, (whole, name: string) => (KNOWN.has(name) && name.includes('_') ? `\`${camelCase(name)}\`` : whole));
}
