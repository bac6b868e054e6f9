// The content of a quoted string literal (JSON, or TypeScript's superset of its escapes) with, for each
// character, the file offset it was written at: a filter pattern inside a string is read unescaped, and
// what is found in it is mapped back to the file.

export interface UnescapedString {
  readonly content: string;
  /** `offsets[i]` is the file offset of `content[i]`; `offsets[content.length]` is the end of the content. */
  readonly offsets: readonly number[];
}

const SIMPLE: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** The string written in `text` between `start` (after the opening quote) and `end` (before the closing one, or the end of what is typed). */
export function unescapedString(text: string, start: number, end: number): UnescapedString {
  let content = '';
  const offsets: number[] = [];
  let i = start;
  while (i < end) {
    offsets.push(i);
    const c = text.charAt(i);
    if (c !== '\\' || i + 1 >= end) {
      content += c;
      i++;
      continue;
    }
    const next = text.charAt(i + 1);
    const hex = next === 'u' ? /^[0-9a-fA-F]{4}/.exec(text.slice(i + 2, Math.min(end, i + 6))) : next === 'x' ? /^[0-9a-fA-F]{2}/.exec(text.slice(i + 2, Math.min(end, i + 4))) : null;
    if (hex) {
      content += String.fromCharCode(parseInt(hex[0], 16));
      i += 2 + hex[0].length;
    } else {
      content += SIMPLE[next] ?? next;
      i += 2;
    }
  }
  offsets.push(end);
  return { content, offsets };
}

/** The index in `content` of a file offset: an offset inside an escape sequence counts as after it. */
export function contentIndexOf(string: UnescapedString, offset: number): number {
  let low = 0;
  let high = string.offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (string.offsets[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
