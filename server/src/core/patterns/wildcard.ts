// The `wildcard` operator: `*` stands for any run of characters, `\*` and `\\` for a literal star and
// backslash. Matching is a left-to-right scan for the literal parts, so it takes linear time whatever
// the pattern; there is no regular expression to backtrack. EventBridge's "too complex" check is in
// wildcardComplexity.ts.

export interface WildcardPattern {
  /** The literal parts between the stars: `a*b` is ["a", "b"], `*` is ["", ""], a pattern without stars has one part. */
  readonly parts: readonly string[];
}

export type WildcardParse = { readonly pattern: WildcardPattern } | { readonly error: string; readonly index: number };

/**
 * Reads a wildcard value. Errors use EventBridge's wording; their position counts UTF-8 bytes from an
 * opening quote, as AWS reports it. `index` is the UTF-16 offset of the offending character in `value`.
 */
export function parseWildcard(value: string): WildcardParse {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '*') {
      if (value[i + 1] === '*') return { error: `Consecutive wildcard characters at pos ${bytePosition(value, i)}`, index: i };
      parts.push(current);
      current = '';
    } else if (ch === '\\') {
      const next = value[i + 1];
      if (next !== '*' && next !== '\\') return { error: `Invalid escape character at pos ${bytePosition(value, i)}`, index: i };
      current += next;
      i++;
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return { pattern: { parts } };
}

/** The position AWS prints: UTF-8 bytes before `index`, plus one for the quote it adds. */
function bytePosition(value: string, index: number): number {
  return new TextEncoder().encode(value.slice(0, index)).length + 1;
}

/** True when `value` matches the pattern; linear in the length of `value` for a fixed pattern. */
export function matchesWildcard(pattern: WildcardPattern, value: string): boolean {
  const parts = pattern.parts;
  const n = parts.length;
  const first = parts[0]!;
  if (n === 1) return value === first;
  const last = parts[n - 1]!;
  if (value.length < first.length + last.length || !value.startsWith(first) || !value.endsWith(last)) return false;
  // Leftmost placement of each middle part leaves the most room for the rest, so it never needs revisiting.
  let pos = first.length;
  const limit = value.length - last.length;
  for (let k = 1; k < n - 1; k++) {
    const part = parts[k]!;
    const at = value.indexOf(part, pos);
    if (at < 0 || at + part.length > limit) return false;
    pos = at + part.length;
  }
  return true;
}
