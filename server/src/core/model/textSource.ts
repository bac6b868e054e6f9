// What the core reads of a document's text. A JS string is one; the server passes a chunked text so a
// keystroke does not copy a large file (see server/src/workspace/chunkedText.ts).

export interface TextSource {
  readonly length: number;
  slice(start: number, end: number): string;
  charCodeAt(index: number): number;
}

/** Whitespace as HCL reads it between tokens (space, tab, line breaks, and other Unicode spaces). */
export function isSpaceAt(text: TextSource, index: number): boolean {
  const c = text.charCodeAt(index);
  return c === 32 || c === 9 || c === 10 || c === 13 || (c > 127 && /\s/.test(String.fromCharCode(c)));
}
