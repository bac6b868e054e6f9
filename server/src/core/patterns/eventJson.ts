// Reads an event (or a payload inside one) as JSON while keeping what a double cannot hold: a number the
// engine cannot compare (see comparableNumber.ts), such as 1e400 or 9007199254740993, becomes a symbol
// whose description is its text. EventBridge's engine matches such a number by its text alone, and an
// explanation shows it as written; JSON.parse would turn it into Infinity (shown as `null`) or into a
// neighbouring number. A symbol is a leaf to every walker, equals no string or number, and is never
// produced by JSON otherwise. A key written twice in one object keeps every value (RepeatedKey), as the
// engine's streaming reader sees every occurrence. Events without either (nearly all) are read by
// JSON.parse.

import { isComparable } from './comparableNumber';
import { parseJson } from './parseJson';
import type { JsonNode } from './jsonNode';

/**
 * The values of a key written more than once in one object, in order. It is an array to code that does
 * not know it (an approximation: one of several values), but the matchers take the values as fields of
 * the object itself, with no array position: a pattern may combine fields from different occurrences.
 */
export class RepeatedKey extends Array<unknown> {}

/** Like JSON.parse (and throws its errors), with incomparable numbers and repeated keys kept. */
export function parseEventJson(text: string): unknown {
  const scan = scanText(text);
  if (!scan.incomparable) {
    const value = JSON.parse(text) as unknown;
    // As many keys read as written: no key was repeated.
    if (countKeys(value) === scan.keys) return value;
  }
  const parsed = parseJson(text);
  // On any error (or JSON.parse's more lenient depth), JSON.parse says what is wrong or reads it.
  if (!parsed.value || parsed.error || parsed.trailing) return JSON.parse(text) as unknown;
  return eventValue(parsed.value);
}

/** The text of an incomparable event number, or undefined for any other value. */
export function numberText(value: unknown): string | undefined {
  return typeof value === 'symbol' ? value.description : undefined;
}

/** How an explanation shows an incomparable number: as written, and what it is. */
export function describeNumberText(text: string): string {
  const value = Number(text);
  if (!Number.isFinite(value)) return `${text} (beyond the range of a double)`;
  if (value === 0) return `${text} (too small for a double, which reads it as 0)`;
  return `${text} (not exactly a double, which reads it as ${value})`;
}

function eventValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties) {
        const value = eventValue(p.value);
        if (Object.prototype.hasOwnProperty.call(out, p.key)) {
          const seen = out[p.key];
          if (seen instanceof RepeatedKey) seen.push(value);
          else out[p.key] = RepeatedKey.of(seen, value);
          continue;
        }
        // A key such as __proto__ must stay an own field, as JSON.parse keeps it.
        Object.defineProperty(out, p.key, { value, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return node.items.map(eventValue);
    case 'number':
      return isComparable(node.raw) ? node.value : Symbol(node.raw);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/** How many keys an object tree holds (iteratively: JSON.parse reads deeper nesting than a stack allows). */
function countKeys(root: unknown): number {
  let count = 0;
  if (root === null || typeof root !== 'object') return 0;
  const stack: object[] = [root];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (x !== null && typeof x === 'object') stack.push(x);
      }
    } else {
      for (const key in v) {
        count++;
        const x: unknown = (v as Record<string, unknown>)[key];
        if (x !== null && typeof x === 'object') stack.push(x);
      }
    }
  }
  return count;
}

// Where a number the engine cannot compare may start: after a structural character or a blank, an
// exponent or more than 15 digits. Sound (every such number matches) and cheap; strings may match too,
// and then the exact scan below decides.
const MAYBE_INCOMPARABLE = /(?:^|[\s,:[])-?(?:\d+(?:\.\d+)?[eE]|[\d.]{16})/;
// A key's closing quote and its colon. Quotes inside strings can add matches, never remove one, so equal
// counts before and after JSON.parse prove that no key was repeated (a count too high only sends the text
// to the exact reader). Blanks before a colon are rare: without them, counting `":` with indexOf is the
// same and twice as fast.
const KEY_END = /"[ \t\n\r]*:/g;
const BLANK_BEFORE_COLON = /"[ \t\n\r]+:/;

/** Keys written (or more, see KEY_END), and whether a number the engine cannot compare is written. */
function scanText(text: string): { incomparable: boolean; keys: number } {
  let keys = 0;
  if (BLANK_BEFORE_COLON.test(text) || text.includes('\\\\')) {
    KEY_END.lastIndex = 0;
    while (KEY_END.exec(text)) keys++;
  } else {
    // With no escaped backslash in the text, a quote after a backslash is escaped: it is inside a string
    // and ends no key. Not counting those keeps an SQS record, whose body is JSON text in a string
    // (`"{\"id\":1}"`), on the fast path.
    for (let i = text.indexOf('":'); i >= 0; i = text.indexOf('":', i + 2)) if (text.charCodeAt(i - 1) !== 92) keys++;
  }
  return { incomparable: MAYBE_INCOMPARABLE.test(text) && hasIncomparableNumber(text), keys };
}

/** The exact scan: a number token, outside strings, that the engine cannot compare. */
function hasIncomparableNumber(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Skip the string: to the next quote not escaped by an odd run of backslashes.
      let j = text.indexOf('"', i + 1);
      while (j > 0) {
        let k = j - 1;
        while (text.charCodeAt(k) === 92) k--;
        if ((j - 1 - k) % 2 === 0) break;
        j = text.indexOf('"', j + 1);
      }
      if (j < 0) return false;
      i = j + 1;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      let j = i + 1;
      let exponent = false;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === 101 || d === 69) exponent = true;
        else if (!((d >= 48 && d <= 57) || d === 46 || d === 43 || d === 45)) break;
      }
      if ((exponent || j - i > 15) && !isComparable(text.slice(i, j))) return true;
      i = j;
    } else {
      i++;
    }
  }
  return false;
}
