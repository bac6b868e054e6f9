// A pattern written as an object literal inside `jsonencode(...)` (HCL) or `JSON.stringify(...)` /
// `Fn.jsonencode(...)` (a stack) stays one: the literal is written again in the language, in the layout it
// had. Only a literal written wholly in place is replaced; a part from a reference, a spread or a
// function, or a comment that would be lost, makes it a case for copying instead.

import type { TextEdit } from '../model/problem';
import type { SourceRange } from '../model/sourceRange';
import type { JsonEncodeValue, Value } from '../model/value';
import type { JsonNode } from '../patterns/jsonNode';
import { lineIndentationAt } from './edits';
import { numbersOfValue, numberTextKeeping } from './keptNumbers';
import { layoutOfPattern } from './patternLayout';
import { languageSyntax, shortText, type PatternSite } from './patternSite';
import { writePattern } from './patternWriter';

export function objectPatternEdit(value: JsonEncodeValue, site: PatternSite, pattern: JsonNode): TextEdit | string {
  const inner = value.inner;
  if (inner.kind === 'reference') return `The pattern encodes \`${inner.path.join('.')}\`, which is set elsewhere; change it there.`;
  const foreign = foreignPart(inner, value.range, site.text);
  if (foreign) return foreign;
  if (inner.kind !== 'object') return `The encoded value is not an object literal (\`${shortText(site.text.slice(inner.range.start, inner.range.end))}\`).`;
  const original = site.text.slice(inner.range.start, inner.range.end);
  if (hasComment(original)) return 'The pattern has comments inside it, which writing it again would lose.';
  const base = lineIndentationAt(site, inner.range.start);
  const fallback = { multiline: false, lineEnding: site.layout?.lineEnding ?? '\n', base, unit: base.includes('\t') ? '\t' : '  ', braceSpace: true, commaSpace: true };
  const layout = layoutOfPattern(original, base, fallback);
  const syntax = languageSyntax(site.descriptor, quoteOf(original, site.text), /,[ \t]*\r?\n[ \t]*[\]}]/.test(original));
  return { range: inner.range, newText: writePattern(pattern, syntax, layout, numberTextKeeping(numbersOfValue(inner, site.text))) };
}

/**
 * Why a part of the literal is not written in it, or undefined: a reference or an expression, or entries
 * whose ranges are not in order inside their object (a spread's entries all stand at the spread).
 */
function foreignPart(value: Value, within: SourceRange, text: string): string | undefined {
  if (value.range.start < within.start || value.range.end > within.end) return 'Part of the pattern is not written inside it (a spread or a constant); change it where it is declared.';
  switch (value.kind) {
    case 'reference':
      return `Part of the pattern comes from \`${value.path.join('.')}\`, which is set elsewhere; change it there.`;
    case 'unknown':
      return `Part of the pattern is an expression (\`${shortText(value.text)}\`) whose value is not written in this file.`;
    case 'jsonencode':
      return foreignPart(value.inner, value.range, text);
    case 'list':
      // An open list or object holds a spread of something unknown, which writing it again would lose.
      if (value.open) return SPREAD;
      return inOrder(value.items.map((item) => item.range), value.range) ? firstOf(value.items, (item) => foreignPart(item, value.range, text)) : SPREAD;
    case 'object': {
      if (value.open) return SPREAD;
      const ranges = value.entries.flatMap((e) => [e.keyRange, e.value.range]);
      return inOrder(ranges, value.range) ? firstOf(value.entries, (e) => foreignPart(e.value, value.range, text)) : SPREAD;
    }
    default:
      return undefined;
  }
}

const SPREAD = 'Part of the pattern comes from a spread (`...`) of a value declared elsewhere; change it there.';

function inOrder(ranges: readonly SourceRange[], within: SourceRange): boolean {
  let at = within.start;
  for (const r of ranges) {
    if (r.start < at || r.end > within.end || r.end <= r.start) return false;
    at = r.end;
  }
  return true;
}

function firstOf<T>(items: readonly T[], reason: (item: T) => string | undefined): string | undefined {
  for (const item of items) {
    const found = reason(item);
    if (found) return found;
  }
  return undefined;
}

/** Whether the literal holds a comment (`#`, `//`, `/*`) outside its strings. */
function hasComment(text: string): boolean {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '#' || (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))) return true;
  }
  return false;
}

/** The quote of the literal's first string, else the one the block's text uses most. */
function quoteOf(original: string, text: string): string {
  const first = /["'`]/.exec(original)?.[0];
  if (first) return first;
  return text.split("'").length > text.split('"').length ? "'" : '"';
}
