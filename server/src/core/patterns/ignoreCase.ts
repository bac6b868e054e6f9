// Case-insensitive comparison as EventBridge does it: each character of the pattern stands for its
// lower- and upper-case forms (Unicode default mapping, so `ß` also stands for `SS`), and the event text
// must spell the pattern with one of those forms per character. Nothing is folded on the event side.

export interface IgnoreCaseText {
  /** Per pattern character, its spellings. */
  readonly alternatives: readonly (readonly string[])[];
  /** Set when every spelling is one UTF-16 unit: then a plain per-unit comparison is exact. */
  readonly simple?: { readonly lower: string; readonly upper: string };
}

export function ignoreCaseText(pattern: string): IgnoreCaseText {
  const alternatives: string[][] = [];
  let simple = true;
  let lower = '';
  let upper = '';
  // Per code point, so a letter outside the Basic Multilingual Plane (`𐐀`, two UTF-16 units) folds too.
  for (const ch of pattern) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    alternatives.push(lo === up ? [lo] : [lo, up]);
    if (lo.length !== 1 || up.length !== 1) simple = false;
    lower += lo;
    upper += up;
  }
  return simple ? { alternatives, simple: { lower, upper } } : { alternatives };
}

export type IgnoreCaseMode = 'equals' | 'prefix' | 'suffix';

/** True when `value` spells the pattern (`equals`), starts with it (`prefix`) or ends with it (`suffix`). */
export function matchesIgnoreCase(text: IgnoreCaseText, value: string, mode: IgnoreCaseMode): boolean {
  const simple = text.simple;
  if (simple) {
    const n = simple.lower.length;
    if (mode === 'equals' ? value.length !== n : value.length < n) return false;
    const offset = mode === 'suffix' ? value.length - n : 0;
    for (let i = 0; i < n; i++) {
      const c = value.charCodeAt(offset + i);
      if (c !== simple.lower.charCodeAt(i) && c !== simple.upper.charCodeAt(i)) return false;
    }
    return true;
  }
  return mode === 'suffix' ? matchesReversed(text, value) : matchesForward(text, value, mode === 'equals');
}

/** Spellings of different lengths: follow every way the value can spell the pattern (a small set of positions). */
function matchesForward(text: IgnoreCaseText, value: string, whole: boolean): boolean {
  let positions = new Set([0]);
  for (const spellings of text.alternatives) {
    const next = new Set<number>();
    for (const at of positions) for (const s of spellings) if (value.startsWith(s, at)) next.add(at + s.length);
    if (next.size === 0) return false;
    positions = next;
  }
  return whole ? positions.has(value.length) : true;
}

function matchesReversed(text: IgnoreCaseText, value: string): boolean {
  let ends = new Set([value.length]);
  for (let k = text.alternatives.length - 1; k >= 0; k--) {
    const next = new Set<number>();
    for (const end of ends) for (const s of text.alternatives[k]!) if (end - s.length >= 0 && value.startsWith(s, end - s.length)) next.add(end - s.length);
    if (next.size === 0) return false;
    ends = next;
  }
  return true;
}
