// Values in a filter pattern's value array: what the samples hold at the key path (as Lambda sees them),
// then operator objects; in an operator object, the values the operator takes.

import type { PatternTarget } from '../language/cursorContext';
import { operatorDoc } from '../patterns/operatorDocs';
import type { CompletionItem } from '../service/serviceTypes';
import { operatorObjectItems } from './patternOperators';
import type { PatternWriter } from './patternSyntax';
import { valuesAt, type RecordView } from './recordViews';

/** At most this many sample values per key: enough to see what is there, not a dump of the samples. */
const MAX_VALUES = 20;

/**
 * Values in a value array: what the samples hold at the key path (as Lambda sees them), then operator
 * objects. In an operator object (`{"prefix": "|"}`), the values the operator takes.
 */
export function patternValues(target: PatternTarget, views: readonly RecordView[], writer: PatternWriter): CompletionItem[] {
  const op = target.operator === undefined ? undefined : operatorDoc(target.operator);
  if (target.operator !== undefined && !op) return [];
  if (op?.takes === 'bool') return [true, false].map((b, i) => literalItem(target, writer, b, op.name, i));
  const wantsStrings = op !== undefined || target.quote === 'inside';
  if (op && op.takes !== 'string' && op.takes !== 'strings') return [];
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const { sample, view } of views) {
    for (const value of valuesAt(view, target.keys)) {
      if (items.length >= MAX_VALUES) break;
      if (!isLeaf(value) || (wantsStrings && typeof value !== 'string')) continue;
      const key = JSON.stringify(value);
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(literalItem(target, writer, value, `in sample ${sample}`, items.length));
    }
  }
  if (target.operator !== undefined || target.quote === 'inside') return items;
  return [...items, ...operatorObjectItems(target, writer)];
}

function isLeaf(value: unknown): value is string | number | boolean | null {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function literalItem(target: PatternTarget, writer: PatternWriter, value: string | number | boolean | null, detail: string, index: number): CompletionItem {
  const text = target.quote === 'inside' && typeof value === 'string' ? writer.inside(value) : writer.value(value);
  return {
    label: typeof value === 'string' ? value : String(value),
    kind: 'value',
    detail,
    insertText: text,
    snippet: false,
    range: target.range,
    filterText: typeof value === 'string' ? value : String(value),
    sortText: `0_${String(index).padStart(4, '0')}`,
  };
}
