// Terraform's `lower` and `upper` map each character on its own (Go's simple case mapping): "ß" stays
// "ß" in upper case and "İ" becomes "i". JavaScript's mapping is the full one, which can turn one
// character into several and reads the context (a final sigma), so this maps character by character
// and, where the full mapping expands, keeps the character as the simple mapping does, except for the
// Greek letters with a subscript iota (U+1F80 to U+1FFF), whose simple mapping is not known here.

/** The text with each character mapped; undefined when a character's simple mapping is not known here. */
export function caseMapped(text: string, to: 'lower' | 'upper'): string | undefined {
  if (/^[\x00-\x7f]*$/.test(text)) return to === 'lower' ? text.toLowerCase() : text.toUpperCase();
  let out = '';
  for (const ch of text) {
    if (to === 'lower' && ch === '\u0130') {
      out += 'i';
      continue;
    }
    const mapped = to === 'lower' ? ch.toLowerCase() : ch.toUpperCase();
    if ([...mapped].length === 1) {
      out += mapped;
      continue;
    }
    const code = ch.codePointAt(0)!;
    if (code >= 0x1f80 && code <= 0x1fff) return undefined;
    out += ch;
  }
  return out;
}
