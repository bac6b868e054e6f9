// Values of an argument: the enum members the source accepts (explained by their `valueDocs`), numbers
// that matter for the source (its default, the bounds, the special values such as -1), `true`/`false`,
// and references to resources that fit the argument.

import type { AttributeFact } from '../facts/factTypes';
import { own } from '../facts/own';
import { factDoc } from '../language/factDoc';
import type { LanguageDescriptor } from '../language/languageDescriptor';
import type { ValueTarget } from '../language/cursorContext';
import type { ModuleIndex } from '../module/moduleIndex';
import { shapesOf } from '../patterns/recordFields';
import type { CompletionItem } from '../service/serviceTypes';
import { applicability } from '../rules/argumentNotApplicable';
import { describeKinds } from '../sources/sourceKind';
import { blockFactAt } from './blockFactAt';
import { referenceValues } from './completeReferences';
import { isFilterPattern } from './filterPatternFact';
import { escapeSnippet, quotedStop } from './snippets';
import { boundsFor, defaultFor, valueApplies, type Kinds } from './sourceFacts';

/** `references`: whether references to resources are offered too (not when the caller offers them its way). */
export function completeValues(target: ValueTarget, path: readonly string[], kinds: Kinds, module: ModuleIndex, d: LanguageDescriptor, references = true): CompletionItem[] {
  const fact = own(blockFactAt(path)?.attributes, target.name);
  // An argument this source rejects gets no values: its finding says to remove it.
  if (!fact || fact.readOnly || applicability({ kinds }, fact.sources) === 'forbidden') return [];
  if (fact.enum) return enumValues(fact, target, kinds, d);
  if (fact.type === 'number') return numberValues(fact, target, kinds);
  if (fact.type === 'bool') return boolValues(fact, target, d);
  if (fact.type === 'map(string)') return [];
  if (isFilterPattern(fact)) return [patternSkeleton(target, kinds, d)];
  const prefixes = prefixValues(fact, target, kinds, d);
  return references ? [...referenceValues(path, target.name, module, d, target.quote === 'inside', target.range), ...prefixes] : prefixes;
}

/** Value prefixes some sources accept (`kafka://<topic>` destinations), as a start to type on from. */
function prefixValues(fact: AttributeFact, target: ValueTarget, kinds: Kinds, d: LanguageDescriptor): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const rule of fact.valueSources ?? []) {
    if (rule.prefix === undefined || !valueApplies(fact, rule.prefix, kinds)) continue;
    const start = `${escapeSnippet(rule.prefix)}$1`;
    items.push({
      label: `${rule.prefix}…`,
      kind: 'snippet',
      detail: `only for ${describeKinds(rule.kinds)}`,
      insertText: target.quote === 'inside' ? start : quotedStop(d.string, start),
      snippet: true,
      range: target.range,
      filterText: rule.prefix,
    });
  }
  return items;
}

/**
 * A filter pattern not started yet: an object encoded as JSON, in the language's way (inside quotes, JSON
 * itself), explained with the example of the source's record shape when the source is known.
 */
function patternSkeleton(target: ValueTarget, kinds: Kinds, d: LanguageDescriptor): CompletionItem {
  const object = '{$1}';
  const example = shapesOf(kinds)?.[0]?.example;
  return {
    label: d.jsonEncode('{ … }'),
    kind: 'snippet',
    detail: 'a filter pattern',
    documentation: `A JSON object whose keys are fields of the record and whose values are lists of what matches${example ? `, e.g. \`${example}\`` : ''}.`,
    insertText: target.quote === 'inside' ? object : quotedStop(d.jsonEncode, object),
    snippet: true,
    range: target.range,
  };
}

function enumValues(fact: AttributeFact, target: ValueTarget, kinds: Kinds, d: LanguageDescriptor): CompletionItem[] {
  const def = defaultFor(fact, kinds);
  return (fact.enum ?? [])
    .filter((value) => valueApplies(fact, value, kinds))
    .map((value, i) => {
      const doc = fact.valueDocs?.[value] && factDoc(fact.valueDocs[value], d);
      return {
        label: value,
        kind: 'enum' as const,
        ...(value === def ? { detail: 'default', preselect: true } : {}),
        ...(doc ? { documentation: doc } : {}),
        insertText: target.quote === 'inside' ? value : d.string(value),
        snippet: false,
        range: target.range,
        filterText: value,
        sortText: String(i).padStart(3, '0'),
      };
    });
}

/** The default for the source, the minimum, the maximum and the special values, each said what it is. */
function numberValues(fact: AttributeFact, target: ValueTarget, kinds: Kinds): CompletionItem[] {
  // What each number is; `forSource` when the note holds for this source only (named once, at the end).
  const notes = new Map<number, { texts: string[]; forSource: boolean }>();
  const note = (n: number | undefined, text: string, forSource: boolean): void => {
    if (n === undefined) return;
    const entry = notes.get(n) ?? { texts: [], forSource: false };
    notes.set(n, { texts: [...entry.texts, text], forSource: entry.forSource || forSource });
  };
  const forKinds = kinds && kinds.length > 0 ? ` for ${describeKinds(kinds)}` : '';
  const def = defaultFor(fact, kinds);
  if (typeof def === 'number') note(def, 'default', fact.defaultValue === undefined);
  const range = boundsFor(fact, kinds);
  if (range) {
    note(range.bounds.min, 'minimum', range.source?.min !== undefined);
    note(range.bounds.max, 'maximum', range.source?.max !== undefined);
    for (const also of range.bounds.also ?? []) note(also, 'also accepted', false);
  }
  return [...notes].map(([n, { texts, forSource }], i) => ({
    label: `${n} — ${texts.join(', ')}${forSource ? forKinds : ''}`,
    kind: 'value' as const,
    insertText: String(n),
    snippet: false,
    range: target.range,
    filterText: String(n),
    sortText: String(i).padStart(3, '0'),
    ...(i === 0 && typeof def === 'number' ? { preselect: true } : {}),
  }));
}

function boolValues(fact: AttributeFact, target: ValueTarget, d: LanguageDescriptor): CompletionItem[] {
  const values: [string, boolean][] = fact.defaultValue === false ? [[d.falseText, false], [d.trueText, true]] : [[d.trueText, true], [d.falseText, false]];
  return values.map(([text, value], i) => ({
    label: text,
    kind: 'value' as const,
    ...(fact.defaultValue === value ? { detail: 'default', preselect: true } : {}),
    insertText: text,
    snippet: false,
    range: target.range,
    sortText: String(i),
  }));
}
