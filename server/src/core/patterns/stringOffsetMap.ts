// Maps offsets inside the value of a string literal back to the document, so that a problem found in
// the JSON text of a pattern written as an HCL quoted string, a heredoc or a `.tf.json` string points at
// the characters the user typed: `\"`, `\\`, `\n`, `\uXXXX`, `$${` and heredoc indentation all shift it.

import type { StringValue } from '../model/value';
import { rangeOf, type SourceRange } from '../model/sourceRange';
import { decodeQuoted, heredocLines } from '../extract/hcl/readHclString';

export interface OffsetMap {
  /** The document range of `[start, end)` of the string's value. */
  mapRange(range: SourceRange): SourceRange;
}

/**
 * Builds the map for `value`, whose offsets index into `text`. When the text does not decode to the
 * value (a resolved reference, an edited document), every range maps to the whole string: never wrong,
 * only less precise.
 */
export function stringOffsetMap(value: StringValue, text: string): OffsetMap {
  const offsets = decodeOffsets(value, text);
  if (!offsets) return wholeString(value.range);
  return {
    mapRange(range) {
      const start = offsets[clamp(range.start, offsets.length - 1)]!;
      const end = offsets[clamp(range.end, offsets.length - 1)]!;
      return rangeOf(start, Math.max(start, end));
    },
  };
}

export function wholeString(range: SourceRange): OffsetMap {
  return { mapRange: () => range };
}

function clamp(i: number, max: number): number {
  return i < 0 ? 0 : i > max ? max : i;
}

/** Source offset of each UTF-16 unit of the value, plus one for its end; undefined if it does not fit. */
function decodeOffsets(value: StringValue, text: string): Int32Array | undefined {
  const { range, contentStart } = value;
  if (contentStart < range.start || contentStart > range.end || range.end > text.length) return undefined;
  const units: string[] = [];
  const at: number[] = [];
  let rawEnd: number;
  if (value.form === 'heredoc') {
    // The content ends at the start of the closing marker's line.
    rawEnd = Math.max(contentStart, text.lastIndexOf('\n', range.end - 1) + 1);
    decodeHeredoc(text, contentStart, rawEnd, text.startsWith('<<-', range.start), units, at);
  } else {
    rawEnd = range.end - 1; // before the closing quote
    if (rawEnd < contentStart) return undefined;
    const ok =
      value.form === 'quoted'
        ? decodeQuoted(text.slice(contentStart, rawEnd), (unit, index) => push(units, at, unit, contentStart + index))
        : decodeJsonString(text, contentStart, rawEnd, units, at);
    if (!ok) return undefined;
  }
  collapseTemplateEscapes(units, at);
  if (units.join('') !== value.value) return undefined;
  const offsets = new Int32Array(at.length + 1);
  offsets.set(at);
  offsets[at.length] = rawEnd;
  return offsets;
}

/** Pushes `ch` (one or two UTF-16 units) as written at `offset`. */
function push(units: string[], at: number[], ch: string, offset: number): void {
  for (let k = 0; k < ch.length; k++) {
    units.push(ch[k]!);
    at.push(offset);
  }
}

const JSON_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f' };

function decodeJsonString(text: string, from: number, to: number, units: string[], at: number[]): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch !== '\\') {
      push(units, at, ch, i);
      continue;
    }
    const next = text[i + 1];
    if (next !== undefined && next in JSON_ESCAPES) {
      push(units, at, JSON_ESCAPES[next]!, i);
      i++;
    } else if (next === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return false;
      push(units, at, String.fromCharCode(parseInt(hex, 16)), i);
      i += 5;
    } else {
      return false;
    }
  }
  return true;
}

/** Heredoc content line by line, with the indentation `<<-` removes, exactly as the value was read. */
function decodeHeredoc(text: string, from: number, to: number, flush: boolean, units: string[], at: number[]): void {
  for (const line of heredocLines(text, from, to, flush)) {
    for (let i = line.start + line.strip; i < line.end; i++) push(units, at, text[i]!, i);
  }
}

/** `$${` and `%%{` stand for `${` and `%{` in every Terraform string form. One pass: a string can hold many. */
function collapseTemplateEscapes(units: string[], at: number[]): void {
  let out = 0;
  for (let i = 0; i < units.length; i++) {
    const ch = units[i]!;
    units[out] = ch;
    at[out++] = at[i]!;
    if ((ch === '$' || ch === '%') && units[i + 1] === ch && units[i + 2] === '{') i++;
  }
  units.length = out;
  at.length = out;
}
