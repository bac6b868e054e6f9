// The one-line detail and the Markdown documentation of an argument or block, for the mapping's source.

import type { Applicability, Fact } from '../facts/factTypes';
import { describeBounds } from '../rules/bounds';
import { listKinds } from '../hover/listKinds';
import { factDoc } from '../language/factDoc';
import type { LanguageDescriptor } from '../language/languageDescriptor';
import { describeKinds, SOURCE_KINDS } from '../sources/sourceKind';
import { boundsFor, defaultFor, isRequired, type Kinds } from './sourceFacts';

/** `number · 1–10 for SQS FIFO queues · default 10`; `block · at most 1`. */
export function detailOf(fact: Fact, kinds: Kinds, verdict: Applicability): string {
  const parts: string[] = [];
  if (fact.kind === 'block') {
    parts.push(fact.maxItems === undefined ? 'block' : `block · at most ${fact.maxItems}`);
  } else {
    parts.push(fact.type);
    if (fact.required) parts.push('required');
    else if (isRequired(fact, kinds)) parts.push(`required for ${describeKinds(kinds!)}`);
    // The source is named once, after the first part that holds for it alone.
    const forKinds = kinds && kinds.length > 0 ? ` for ${describeKinds(kinds)}` : '';
    let named = false;
    const forSource = (holds: boolean): string => (holds && !named ? ((named = true), forKinds) : '');
    const range = fact.type === 'number' ? boundsFor(fact, kinds) : undefined;
    if (range) parts.push(`${describeBounds(range.bounds)}${forSource(range.source !== undefined)}`);
    const def = defaultFor(fact, kinds);
    if (def !== undefined) parts.push(`default ${def}${forSource(fact.defaultValue === undefined)}`);
  }
  if (verdict === 'unverified' && kinds) parts.push(`the docs do not list it for ${describeKinds(kinds)}`);
  return parts.join(' · ');
}

/**
 * The fact's doc, then which sources accept it (and the blocks it is in: `within`, outermost first),
 * whether changing it replaces the mapping, and since when.
 */
export function documentationOf(fact: Fact, within: readonly Fact[], d: LanguageDescriptor): string {
  const lines = [factDoc(fact.doc, d)];
  const facts = [...within, fact];
  if (facts.some((f) => f.sources)) {
    const accepted = SOURCE_KINDS.filter((k) => facts.every((f) => (f.sources?.[k] ?? 'allowed') === 'allowed'));
    lines.push(`Sources: ${accepted.length > 0 ? listKinds(accepted) : 'none'}.`);
  }
  if (fact.forceNew) lines.push('ForceNew: changing it replaces the mapping.');
  if (fact.since) lines.push(`Since hashicorp/aws ${fact.since}.`);
  return lines.join('\n\n');
}
