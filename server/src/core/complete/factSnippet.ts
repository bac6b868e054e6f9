// An argument or block as a snippet in the file's own syntax, through its language descriptor:
// `batch_size = ${1:10}`, `"batch_size": ${1:10},`, `batchSize: ${1:10},`, and blocks with their required
// children. Nested lines are indented with `\t`; the editor re-indents them to the file's style.

import type { AttributeFact, BlockFact } from '../facts/factTypes';
import type { LanguageDescriptor } from '../language/languageDescriptor';
import { isFilterPattern } from './filterPatternFact';
import { escapeSnippet, quotedStop, TabStops } from './snippets';
import { defaultFor, isRequired, valueApplies, type Kinds } from './sourceFacts';

/** The whole item: the argument or block, then the separator that follows it in a body. */
export function factSnippet(fact: AttributeFact | BlockFact, d: LanguageDescriptor, kinds: Kinds): string {
  const stops = new TabStops();
  const lines = fact.kind === 'block' ? blockLines(fact, d, kinds, stops) : [argumentText(fact, d, kinds, stops)];
  lines[lines.length - 1] += d.separator;
  return lines.join('\n');
}

function argumentText(fact: AttributeFact, d: LanguageDescriptor, kinds: Kinds, stops: TabStops): string {
  return escapeSnippet(d.argument(fact.name, '\uE001')).replace('\uE001', valueStop(fact, d, kinds, stops));
}

/** The value's placeholder: the default, a choice of the enum (default first), or an empty stop. */
function valueStop(fact: AttributeFact, d: LanguageDescriptor, kinds: Kinds, stops: TabStops): string {
  const def = defaultFor(fact, kinds);
  switch (fact.type) {
    case 'number':
      return stops.stop(def === undefined ? undefined : String(def));
    case 'bool':
      return stops.choice(def === false ? [d.falseText, d.trueText] : [d.trueText, d.falseText]);
    case 'string':
      if (isFilterPattern(fact)) return quotedStop(d.jsonEncode, `{${stops.stop()}}`);
      return fact.enum ? quotedStop(d.string, stops.choice(enumChoices(fact, kinds, def))) : d.expressionSlot(stops.stop());
    case 'list(string)':
    case 'set(string)':
      return d.list([fact.enum ? quotedStop(d.string, stops.choice(enumChoices(fact, kinds, def))) : d.expressionSlot(stops.stop())]);
    case 'map(string)':
      return `{${stops.stop()}}`;
  }
}

function enumChoices(fact: AttributeFact, kinds: Kinds, def: unknown): string[] {
  const values = (fact.enum ?? []).filter((v) => valueApplies(fact, v, kinds));
  return typeof def === 'string' && values.includes(def) ? [def, ...values.filter((v) => v !== def)] : values;
}

/**
 * A block with what it cannot do without: its required arguments and blocks, or its only child when it
 * is just a wrapper (`destination_config` → `on_failure`, `filter_criteria` → `filter` → `pattern`).
 */
function blockLines(fact: BlockFact, d: LanguageDescriptor, kinds: Kinds, stops: TabStops): string[] {
  const repeated = fact.maxItems !== 1;
  const children = childrenOf(fact, kinds);
  const inner: string[][] = children.map((c) => (c.kind === 'block' ? blockLines(c, d, kinds, stops) : [argumentText(c, d, kinds, stops)]));
  const body: string[] = [];
  inner.forEach((lines, i) => {
    if (i < inner.length - 1) lines[lines.length - 1] += d.separator;
    for (const line of lines) body.push(`\t${line}`);
  });
  if (body.length === 0) body.push(`\t${stops.stop()}`);
  return [escapeSnippet(d.blockOpen(fact.name, repeated)), ...body, escapeSnippet(d.blockClose(repeated))];
}

function childrenOf(fact: BlockFact, kinds: Kinds): (AttributeFact | BlockFact)[] {
  const attributes = Object.values(fact.attributes).filter((a) => !a.readOnly);
  const blocks = Object.values(fact.blocks);
  if (attributes.length + blocks.length === 1) return [...attributes, ...blocks];
  return [...attributes.filter((a) => isRequired(a, kinds)), ...blocks.filter((b) => (b.minItems ?? 0) > 0)];
}
