// Splits a stream of JSON Lines into lines with bounded memory: a line longer than the bound is reported
// by its number and skipped, instead of growing one string until the process runs out of memory.

/** Far above any record Lambda accepts (6 MB for a synchronous invocation); documented in the README. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

export type Line = { readonly number: number; readonly text: string } | { readonly number: number; readonly tooLong: true };

/**
 * The lines of UTF-8 input, numbered from 1, split on `\n` (a `\r` before it is dropped, as is a byte
 * order mark at the start). A line of more than `maxBytes` bytes comes as `tooLong`, without its text.
 */
export async function* linesOf(input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const line = (): Line => {
    number++;
    if (tooLong) return { number, tooLong };
    let text = Buffer.concat(parts, size).toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (number === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
    return { number, text };
  };
  for await (const data of input) {
    const chunk = typeof data === 'string' ? Buffer.from(data) : data;
    let start = 0;
    for (;;) {
      // `\n` is never part of another character in UTF-8, so splitting bytes splits characters whole.
      const newline = chunk.indexOf(10, start);
      const end = newline < 0 ? chunk.length : newline;
      if (!tooLong && size + (end - start) > maxBytes) {
        tooLong = true;
        parts = [];
      } else if (!tooLong && end > start) {
        parts.push(chunk.subarray(start, end));
      }
      size += end - start;
      if (newline < 0) break;
      yield line();
      parts = [];
      size = 0;
      tooLong = false;
      start = newline + 1;
    }
  }
  if (size > 0) yield line();
}
