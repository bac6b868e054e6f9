// How the file around a block is laid out, for fixes that write new lines: its line ending, so a fix in a
// CRLF file does not mix in LF lines, and the indentation of the line the block starts on, which the
// block's own text (it starts at its first token) does not hold.

import type { TextSource } from '../model/textSource';

export type LineEnding = '\n' | '\r\n';

export interface Layout {
  readonly lineEnding: LineEnding;
  /** The spaces and tabs that begin the line the block starts on. */
  readonly indentation: string;
}

/** How far from a one-line block to look for a line break (a minified file may have none). */
const LOOK_AROUND = 4096;

/** The layout of the block at `[start, end)` of `text`. */
export function layoutOf(text: TextSource, start: number, end: number): Layout {
  return { lineEnding: lineEndingNear(text, start, end), indentation: indentationBefore(text, start) };
}

/** The line ending of the first line break in the block, else of the nearest one after or before it. */
function lineEndingNear(text: TextSource, start: number, end: number): LineEnding {
  const last = Math.min(text.length, end + LOOK_AROUND);
  for (let i = start; i < last; i++) if (text.charCodeAt(i) === 10) return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
  for (let i = start - 1; i >= Math.max(0, start - LOOK_AROUND); i--) if (text.charCodeAt(i) === 10) return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
  return '\n';
}

function indentationBefore(text: TextSource, start: number): string {
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < LOOK_AROUND && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  let end = lineStart;
  while (end < start && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end++;
  return text.slice(lineStart, end);
}
