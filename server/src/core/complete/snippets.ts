// Snippet text (the editor's `$1`, `${1:default}`, `${1|a,b|}` syntax). Literal text in a snippet must
// have `$` and `\` escaped, and `}` too inside a placeholder, or the editor reads them as snippet syntax.

export function escapeSnippet(text: string): string {
  return text.replace(/[$\\]/g, (c) => `\\${c}`);
}

function escapePlaceholder(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** Numbers the tab stops of one snippet in the order they are written. */
export class TabStops {
  private next = 1;

  /** `$1`, or `${1:text}` with a default the user can type over. */
  stop(text?: string): string {
    const n = this.next++;
    return text === undefined || text === '' ? `$${n}` : `\${${n}:${escapePlaceholder(text)}}`;
  }

  /** `${1|a,b|}`: a choice among `options` (the first is selected). */
  choice(options: readonly string[]): string {
    if (options.length === 0) return this.stop();
    const n = this.next++;
    return `\${${n}|${options.map((o) => o.replace(/[,|\\$}]/g, (c) => `\\${c}`)).join(',')}|}`;
  }
}

/** A private-use character no descriptor escapes: stands for a tab stop while a literal is quoted around it. */
const MARK = '\uE000';

/** A tab stop inside what `quote` writes around it: `"${1|LATEST,TRIM_HORIZON|}"`, `jsonencode({$1})`. */
export function quotedStop(quote: (value: string) => string, stop: string): string {
  return escapeSnippet(quote(MARK)).replace(MARK, stop);
}
