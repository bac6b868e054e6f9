// Terraform measures format widths and precisions in grapheme clusters (what a reader sees as one
// character), not in code points.

/** The text's grapheme clusters; undefined when they cannot be told apart here. */
export function graphemes(text: string): string[] | undefined {
  // Printable ASCII: one cluster per character (a "\r\n" pair would be one, hence no control characters).
  if (/^[\x20-\x7e]*$/.test(text)) return text.split('');
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return undefined;
  return Array.from(new Segmenter('en', { granularity: 'grapheme' }).segment(text), (s) => s.segment);
}
