// The text tree-sitter's HCL grammar is given, where it differs from HCL. The grammar takes an exponent only
// after a fraction (`1.5e3`), while HCL also writes `1e3` and `2E-4` (HashiCorp's parser reads both); given
// `1e3` the grammar reports a syntax error on valid Terraform. Such a number is handed to it as one of the
// same length that it reads as one token (`1.3`, `2.-4` → `2.04`): the tree then has a number where the
// file has one, every offset stays, and what the number is worth is read from the file's own text.

/** A run of digits, not part of a name or a fraction, with an exponent and no fraction. */
const BARE_EXPONENT = /(?<![\w.])(\d+)[eE]([-+]?)(?=\d)/g;
const HAS_BARE_EXPONENT = /(?<![\w.])\d+[eE][-+]?\d/;

export function grammarText(text: string): string {
  return HAS_BARE_EXPONENT.test(text) ? text.replace(BARE_EXPONENT, (_, digits: string, sign: string) => `${digits}.${sign ? '0' : ''}`) : text;
}

/** How far before a chunk to look, so a number that starts before it is rewritten the same way. */
const LOOK_BEHIND = 64;

/** Reads `length` characters at `index` of `slice`'s text as `grammarText` would give them. */
export function grammarChunk(slice: (start: number, end: number) => string, index: number, length: number): string {
  const from = Math.max(0, index - LOOK_BEHIND);
  const window = slice(from, index + length + 8);
  return grammarText(window).slice(index - from, index - from + length);
}
