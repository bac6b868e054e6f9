// Argument and block names for the body at the cursor, from its facts: what the source forbids is left
// out, what its docs do not list is marked, what it requires comes first, what is written already is not
// offered again (but a repeatable block below its maximum), computed attributes never.

import type { AttributeFact, BlockFact } from '../facts/factTypes';
import type { LanguageDescriptor } from '../language/languageDescriptor';
import type { NameTarget } from '../language/cursorContext';
import { applicability } from '../rules/argumentNotApplicable';
import type { CompletionItem } from '../service/serviceTypes';
import type { SourceInfo } from '../sources/detectSource';
import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { blockFactsTo } from './blockFactAt';
import { detailOf, documentationOf } from './describeFact';
import { factSnippet } from './factSnippet';
import { isRequired } from './sourceFacts';

export function completeNames(target: NameTarget, path: readonly string[], source: SourceInfo, d: LanguageDescriptor): CompletionItem[] {
  const within = blockFactsTo(path);
  if (!within) return [];
  const fact = within.at(-1) ?? MAPPING_FACTS;
  const kinds = source.kinds;
  const written = new Map<string, number>();
  for (const name of target.present) written.set(name, (written.get(name) ?? 0) + 1);
  const count = (name: string): number => Math.max(written.get(name) ?? 0, written.get(d.name(name)) ?? 0);
  const items: CompletionItem[] = [];
  const candidates: (AttributeFact | BlockFact)[] = [...Object.values(fact.attributes), ...Object.values(fact.blocks)];
  for (const child of candidates) {
    if (child.kind === 'attribute' && child.readOnly) continue;
    if (count(child.name) >= maxCount(child, d)) continue;
    const verdict = applicability(source, child.sources);
    if (verdict === 'forbidden') continue;
    const required = child.kind === 'attribute' ? isRequired(child, kinds) : (child.minItems ?? 0) > 0;
    const label = d.name(child.name);
    // Inside a quoted key the quotes and what follows are written already: only the name goes in.
    const inside = target.quote === 'inside';
    items.push({
      label,
      kind: child.kind === 'block' ? 'block' : 'argument',
      detail: detailOf(child, kinds, verdict),
      documentation: documentationOf(child, within, d),
      insertText: inside ? label : factSnippet(child, d, kinds),
      snippet: !inside,
      range: target.range,
      filterText: label,
      // Required first, then the rest, then what the docs do not list for this source; by name within each.
      sortText: `${required ? 0 : verdict === 'unverified' ? 2 : 1}_${label}`,
      ...(verdict === 'unverified' ? { deprecated: true } : {}),
    });
  }
  return items;
}

/** How many times a name may be written in one body: once, or up to a repeatable block's maximum. */
function maxCount(fact: AttributeFact | BlockFact, d: LanguageDescriptor): number {
  if (fact.kind === 'attribute' || fact.maxItems === 1 || !d.blocksRepeatByName) return 1;
  return fact.maxItems ?? Number.POSITIVE_INFINITY;
}
