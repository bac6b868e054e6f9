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
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
    } else {
      for (const key in v) {
        count++;
        stack.push((v as Record<string, unknown>)[key]);
      }
    }
  }
  return count;
}

/** A quick scan of the tokens outside strings: keys written, and a number the engine cannot compare. */
function scanText(text: string): { incomparable: boolean; keys: number } {
  const n = text.length;
  let keys = 0;
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
      if (j < 0) break;
      i = j + 1;
      // A string followed by a colon is a key.
      let k = i;
      while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13 || text.charCodeAt(k) === 9)) k++;
      if (text.charCodeAt(k) === 58) keys++;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      let j = i + 1;
      let exponent = false;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === 101 || d === 69) exponent = true;
        else if (!((d >= 48 && d <= 57) || d === 46 || d === 43 || d === 45)) break;
      }
      if ((exponent || j - i > 15) && !isComparable(text.slice(i, j))) return { incomparable: true, keys };
      i = j;
    } else {
      i++;
    }
  }
  return { incomparable: false, keys };
}
