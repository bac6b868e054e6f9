// The documentation in the facts table is prose written with Terraform's names in code spans
// (`provisioned_poller_config`). Shown in a CDKTF stack, a span that is exactly a name the facts know is
// spelled as the stack writes it; every other span (values, addresses, examples) stays as written.

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import type { BlockFact } from '../facts/factTypes';
import type { LanguageDescriptor } from './languageDescriptor';

const NAMES = new Set<string>();
(function collect(fact: BlockFact): void {
  for (const name of Object.keys(fact.attributes)) NAMES.add(name);
  for (const [name, child] of Object.entries(fact.blocks)) {
    NAMES.add(name);
    collect(child);
  }
})(MAPPING_FACTS);

export function factDoc(doc: string, descriptor: LanguageDescriptor): string {
  if (descriptor.name('event_source_arn') === 'event_source_arn') return doc;
  return doc.replace(/`([a-z][a-z0-9_]*)`/g, (whole, name: string) => (NAMES.has(name) ? `\`${descriptor.name(name)}\`` : whole));
}
