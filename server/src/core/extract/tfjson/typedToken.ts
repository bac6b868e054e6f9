// What is typed of the JSON token at a cursor, from jsonc-parser's `getLocation`: the part before the
// cursor, the span a completion replaces, and whether the cursor is inside quotes. Strings are often
// unterminated while being typed; the scanner ends them at the line break, and so does this.

import type { Node as JsonNode } from 'jsonc-parser';

export interface TypedToken {
  readonly prefix: string;
  readonly start: number;
  readonly end: number;
  readonly quote: 'none' | 'inside';
}

const WORD = /[A-Za-z0-9_$.-]/;

export function typedToken(text: string, node: JsonNode | undefined, cursor: number): TypedToken {
  if (node && cursor > node.offset && cursor <= node.offset + node.length) {
    const end = node.offset + node.length;
    if (node.type === 'string' || node.type === 'property') {
      const closed = isClosedString(text, node.offset, end);
      // Right after a closing quote the string is complete: nothing of it is being typed.
      if (closed && cursor === end) return { prefix: '', start: cursor, end: cursor, quote: 'none' };
      const contentEnd = closed ? end - 1 : end;
      return { prefix: text.slice(node.offset + 1, cursor), start: node.offset + 1, end: contentEnd, quote: 'inside' };
    }
    return { prefix: text.slice(node.offset, cursor), start: node.offset, end, quote: 'none' };
  }
  // A bare word (`batch` with no quote yet) is no JSON token; it is still what the user typed.
  let start = cursor;
  while (start > 0 && WORD.test(text.charAt(start - 1))) start--;
  let end = cursor;
  while (end < text.length && WORD.test(text.charAt(end))) end++;
  return { prefix: text.slice(start, cursor), start, end, quote: 'none' };
}

/** Whether the string token `[start, end)` ends with an unescaped closing quote. */
export function isClosedString(text: string, start: number, end: number): boolean {
  if (end - start < 2 || text.charCodeAt(end - 1) !== 34) return false;
  let backslashes = 0;
  for (let i = end - 2; i > start && text.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 0;
}
