// The `wildcard` operator: `*` stands for any run of characters, `\*` and `\\` for a literal star and
// backslash. Matching is a left-to-right scan for the literal parts, so it takes linear time whatever
// the pattern; there is no regular expression to backtrack. Also EventBridge's "too complex" check.

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

/**
 * The largest number of positions of these patterns that one input can keep alive at once: the work a
 * matcher does per input character. EventBridge refuses rules above a limit ("Rule is too complex");
 * this measure is calibrated on AWS-recorded cases: an accepted pattern with one star followed by five
 * repeated `dir/` segments scores 8, the refused one with five colon-separated stars scores 12. Stops
 * counting at `cap`.
 */
export function wildcardComplexity(patterns: readonly WildcardPattern[], cap: number): number {
  // Positions: for each pattern, token k is a literal character or a star (null).
  const tokens = patterns.map((p) => {
    const out: (string | null)[] = [];
    p.parts.forEach((part, k) => {
      if (k > 0) out.push(null);
      for (const ch of part) out.push(ch);
    });
    return out;
  });
  const alphabet = [...new Set(tokens.flat().filter((t): t is string => t !== null)), '\u0000'];
  const close = (state: Set<number>, p: number): void => {
    // A star matches the empty string, so the position after it is alive too.
    const toks = tokens[p]!;
    for (let k = 0; k < toks.length; k++) if (state.has(k) && toks[k] === null) state.add(k + 1);
  };
  let states = tokens.map((_, p) => {
    const s = new Set([0]);
    close(s, p);
    return s;
  });
  const seen = new Set<string>();
  const queue: Set<number>[][] = [states];
  let worst = 0;
  for (let explored = 0; queue.length > 0 && explored < 2000; explored++) {
    states = queue.shift()!;
    let alive = 0;
    states.forEach((s, p) => s.forEach((k) => (alive += k < tokens[p]!.length ? 1 : 0)));
    worst = Math.max(worst, alive);
    if (worst >= cap) return cap;
    for (const ch of alphabet) {
      const next = states.map((s, p) => {
        const toks = tokens[p]!;
        const out = new Set<number>();
        for (const k of s) {
          const t = toks[k];
          if (t === null) out.add(k);
          else if (t === ch) out.add(k + 1);
        }
        close(out, p);
        return out;
      });
      const key = next.map((s) => [...s].sort((a, b) => a - b).join(',')).join('|');
      if (!seen.has(key) && next.some((s) => s.size > 0)) {
        seen.add(key);
        queue.push(next);
      }
    }
  }
  return worst;
}
