// A strict JSON reader for filter patterns: the grammar Jackson (AWS's parser) accepts by default, with
// UTF-16 ranges on every token and Jackson's wording for the first error. It is hand-written because a
// pattern check runs on every keystroke over every pattern of a file: a general-purpose tree parser
// alone took longer than the whole validation budget (1,000 patterns in 5 ms).

import { rangeOf, type SourceRange } from '../model/sourceRange';
import type { JsonNode, JsonProperty } from './jsonNode';

export interface JsonSyntaxError {
  /** Jackson's message for the error (the part AWS puts after "Reason: "). */
  readonly message: string;
  readonly range: SourceRange;
}

export interface ParsedJson {
  /** The value read; with an error, what was read before it (containers marked incomplete). */
  readonly value?: JsonNode;
  readonly error?: JsonSyntaxError;
  /** Non-blank text after the value, which AWS's pattern compiler never reads. */
  readonly trailing?: SourceRange;
}

const EXPECTED_VALUE = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

/** Jackson's way of showing a character in a message. */
export function describeChar(text: string, at: number): string {
  const code = text.codePointAt(at) ?? 0;
  if (code < 32) return `(CTRL-CHAR, code ${code})`;
  const ch = String.fromCodePoint(code);
  return code > 255 ? `'${ch}' (code ${code} / 0x${code.toString(16)})` : `'${ch}' (code ${code})`;
}

class SyntaxFailure {
  constructor(readonly error: JsonSyntaxError) {}
}

/** Reads one JSON value from `text`; never throws. */
export function parseJson(text: string): ParsedJson {
  const reader = new Reader(text);
  reader.skipBlank();
  if (reader.pos >= text.length) return {};
  const value = reader.readValue();
  if (reader.failure) return { value, error: reader.failure.error };
  reader.skipBlank();
  return reader.pos < text.length ? { value, trailing: rangeOf(reader.pos, text.length) } : { value };
}

/** Jackson's default limit on nesting; it also keeps this recursive reader far from the stack's end. */
const MAX_DEPTH = 1000;

class Reader {
  pos = 0;
  depth = 0;
  failure: SyntaxFailure | undefined;

  constructor(private readonly text: string) {}

  skipBlank(): void {
    const text = this.text;
    let i = this.pos;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    this.pos = i;
  }

  fail(message: string, start: number, end = Math.min(this.text.length, start + 1)): undefined {
    this.failure ??= new SyntaxFailure({ message, range: rangeOf(start, end) });
    return undefined;
  }

  unexpected(at: number, expecting: string): undefined {
    if (at >= this.text.length) return this.fail(`Unexpected end-of-input: ${expecting}`, this.text.length, this.text.length);
    if (this.text.charCodeAt(at) === 47 /* / */) {
      return this.fail(
        "Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)",
        at,
      );
    }
    const width = (this.text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
    return this.fail(`Unexpected character (${describeChar(this.text, at)}): ${expecting}`, at, at + width);
  }

  /** Reads a value at `pos` (blank already skipped). */
  readValue(): JsonNode | undefined {
    const text = this.text;
    const start = this.pos;
    const c = text.charCodeAt(start);
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (this.depth >= MAX_DEPTH) {
        return this.fail(`Document nesting depth (${MAX_DEPTH + 1}) exceeds the maximum allowed (${MAX_DEPTH}, from \`StreamReadConstraints.getMaxNestingDepth()\`)`, start);
      }
      this.depth++;
      const node = c === 123 ? this.readObject() : this.readArray();
      this.depth--;
      return node;
    }
    if (c === 34 /* " */) {
      const value = this.readString();
      return value === undefined ? undefined : { type: 'string', value, range: rangeOf(start, this.pos) };
    }
    if (c === 45 /* - */ || (c >= 48 && c <= 57)) return this.readNumber();
    if (start >= text.length) return this.fail(`Unexpected end-of-input: expected a value ${EXPECTED_VALUE}`, start, start);
    if (isTokenChar(c)) {
      let end = start + 1;
      while (end < text.length && isTokenChar(text.charCodeAt(end))) end++;
      const word = text.slice(start, end);
      this.pos = end;
      if (word === 'true' || word === 'false') return { type: 'boolean', value: word === 'true', range: rangeOf(start, end) };
      if (word === 'null') return { type: 'null', range: rangeOf(start, end) };
      return this.fail(`Unrecognized token '${word}': was expecting ${EXPECTED_VALUE}`, start, end);
    }
    return this.unexpected(start, `expected a valid value ${EXPECTED_VALUE}`);
  }

  readObject(): JsonNode | undefined {
    const text = this.text;
    const start = this.pos;
    const properties: JsonProperty[] = [];
    this.pos++;
    this.skipBlank();
    if (text.charCodeAt(this.pos) === 125 /* } */) {
      this.pos++;
      return { type: 'object', properties, range: rangeOf(start, this.pos) };
    }
    for (;;) {
      const keyStart = this.pos;
      if (text.charCodeAt(keyStart) !== 34) {
        this.unexpected(keyStart, keyStart >= text.length ? 'expected close marker for Object' : 'was expecting double-quote to start field name');
        return incompleteObject(properties, start, this.pos);
      }
      const key = this.readString();
      if (key === undefined) return incompleteObject(properties, start, this.pos);
      const keyRange = rangeOf(keyStart, this.pos);
      this.skipBlank();
      if (text.charCodeAt(this.pos) !== 58 /* : */) {
        this.unexpected(this.pos, 'was expecting a colon to separate field name and value');
        return incompleteObject(properties, start, this.pos);
      }
      this.pos++;
      this.skipBlank();
      const value = this.readValue();
      if (value) properties.push({ key, keyRange, value });
      if (this.failure) return incompleteObject(properties, start, this.pos);
      this.skipBlank();
      const next = text.charCodeAt(this.pos);
      if (next === 44 /* , */) {
        this.pos++;
        this.skipBlank();
      } else if (next === 125) {
        this.pos++;
        return { type: 'object', properties, range: rangeOf(start, this.pos) };
      } else {
        this.unexpected(this.pos, this.pos >= text.length ? 'expected close marker for Object' : 'was expecting comma to separate Object entries');
        return incompleteObject(properties, start, this.pos);
      }
    }
  }

  readArray(): JsonNode | undefined {
    const text = this.text;
    const start = this.pos;
    const items: JsonNode[] = [];
    this.pos++;
    this.skipBlank();
    if (text.charCodeAt(this.pos) === 93 /* ] */) {
      this.pos++;
      return { type: 'array', items, range: rangeOf(start, this.pos) };
    }
    for (;;) {
      if (this.pos >= text.length) {
        this.unexpected(this.pos, 'expected close marker for Array');
        return { type: 'array', items, range: rangeOf(start, this.pos), incomplete: true };
      }
      const item = this.readValue();
      if (item) items.push(item);
      if (this.failure) return { type: 'array', items, range: rangeOf(start, this.pos), incomplete: true };
      this.skipBlank();
      const next = text.charCodeAt(this.pos);
      if (next === 44) {
        this.pos++;
        this.skipBlank();
      } else if (next === 93) {
        this.pos++;
        return { type: 'array', items, range: rangeOf(start, this.pos) };
      } else {
        this.unexpected(this.pos, this.pos >= text.length ? 'expected close marker for Array' : 'was expecting comma to separate Array entries');
        return { type: 'array', items, range: rangeOf(start, this.pos), incomplete: true };
      }
    }
  }

  /** Reads a string token at `pos` (on its opening quote); leaves `pos` after the closing quote. */
  readString(): string | undefined {
    const text = this.text;
    const start = this.pos + 1;
    let i = start;
    // Fast path: most strings have no escapes, so one scan and one slice.
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        this.pos = i + 1;
        return text.slice(start, i);
      }
      if (c === 92 /* \ */ || c < 32 || i >= text.length) break;
      i++;
    }
    let out = text.slice(start, i);
    for (;;) {
      if (i >= text.length) return this.fail('Unexpected end-of-input: was expecting closing quote for a string value', text.length, text.length);
      const c = text.charCodeAt(i);
      if (c === 34) {
        this.pos = i + 1;
        return out;
      }
      if (c < 32) {
        return this.fail(`Illegal unquoted character (${describeChar(text, i)}): has to be escaped using backslash to be included in string value`, i);
      }
      if (c !== 92) {
        out += text[i];
        i++;
        continue;
      }
      const e = text.charCodeAt(i + 1);
      const simple = e === 34 ? '"' : e === 92 ? '\\' : e === 47 ? '/' : e === 98 ? '\b' : e === 102 ? '\f' : e === 110 ? '\n' : e === 114 ? '\r' : e === 116 ? '\t' : undefined;
      if (simple !== undefined) {
        out += simple;
        i += 2;
      } else if (e === 117 /* u */) {
        let code = 0;
        for (let k = i + 2; k < i + 6; k++) {
          const h = hexValue(text.charCodeAt(k));
          if (h < 0) {
            if (k >= text.length) return this.fail('Unexpected end-of-input: was expecting closing quote for a string value', text.length, text.length);
            return this.fail(`Unexpected character (${describeChar(text, k)}): expected a hex-digit for character escape sequence`, k);
          }
          code = code * 16 + h;
        }
        out += String.fromCharCode(code);
        i += 6;
      } else {
        if (i + 1 >= text.length) return this.fail('Unexpected end-of-input: was expecting closing quote for a string value', text.length, text.length);
        return this.fail(`Unrecognized character escape ${describeChar(text, i + 1)}`, i, i + 2);
      }
    }
  }

  readNumber(): JsonNode | undefined {
    const text = this.text;
    const start = this.pos;
    let i = start;
    if (text.charCodeAt(i) === 45) {
      i++;
      if (!isDigit(text.charCodeAt(i))) {
        return this.numberError(i, 'expected digit (0-9) to follow minus sign, for valid numeric value');
      }
    }
    if (text.charCodeAt(i) === 48 && isDigit(text.charCodeAt(i + 1))) {
      return this.fail('Invalid numeric value: Leading zeroes not allowed', i, i + 2);
    }
    while (isDigit(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 46 /* . */) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return this.numberError(i, 'Decimal point not followed by a digit');
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
      if (!isDigit(text.charCodeAt(i))) return this.numberError(i, 'Exponent indicator not followed by a digit');
      while (isDigit(text.charCodeAt(i))) i++;
    }
    this.pos = i;
    const raw = text.slice(start, i);
    return { type: 'number', value: Number(raw), raw, range: rangeOf(start, i) };
  }

  numberError(at: number, what: string): undefined {
    if (at >= this.text.length) return this.fail('Unexpected end-of-input in a Number value', at, at);
    return this.fail(`Unexpected character (${describeChar(this.text, at)}) in numeric value: ${what}`, at);
  }
}

function incompleteObject(properties: JsonProperty[], start: number, end: number): JsonNode {
  return { type: 'object', properties, range: rangeOf(start, end), incomplete: true };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Characters Jackson takes as part of a bare word it reports as an unrecognized token. */
function isTokenChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c > 127;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}
