// EventBridge's "Rule is too complex" check for wildcards, as a measure over the automaton of a value
// list's wildcard patterns. Its cost is bounded whatever the patterns: linear in their length to read
// them, then at most STATE_BUDGET states of fewer than `cap` live positions each.

import type { WildcardPattern } from './wildcard';

/** States explored before the measure settles for the worst one seen: the measure never guesses upwards. */
const STATE_BUDGET = 2000;
/** Token of a `*` position; other positions hold the index of their literal character. */
const STAR = -1;
/** Token of the position after a pattern's last token, where it has matched. */
const END = -2;

/**
 * The largest number of positions of these patterns that one input can keep alive at once: the work a
 * matcher does per input character. EventBridge refuses rules above a limit ("Rule is too complex");
 * this measure is calibrated on AWS-recorded cases: an accepted pattern with one star followed by five
 * repeated `dir/` segments scores 8, the refused one with five colon-separated stars scores 12. Stops
 * counting at `cap`.
 *
 * A state is the set of positions alive after some input, explored breadth first from the start. From a
 * state, only the characters some live position expects can lead to distinct states; every other
 * character (there always are others) leads to the same one, where only stars survive. So each state has
 * at most one successor per live position plus one, and the number of distinct characters in the
 * patterns does not matter. A state with `cap` live positions ends the search, so states stay small.
 */
export function wildcardComplexity(patterns: readonly WildcardPattern[], cap: number): number {
  const { tokens, starts, alphabetSize } = tokenize(patterns);
  const initial = closeStars(tokens, starts);
  const seen = new Set<string>([initial.join(',')]);
  const queue: number[][] = [initial];
  let worst = 0;
  for (let head = 0; head < queue.length && head < STATE_BUDGET; head++) {
    const state = queue[head]!;
    let alive = 0;
    for (const k of state) if (tokens[k] !== END) alive++;
    worst = Math.max(worst, alive);
    if (worst >= cap) return cap;
    for (const next of successors(tokens, state, alphabetSize)) {
      if (next.length === 0) continue;
      const key = next.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push(next);
    }
  }
  return worst;
}

/**
 * All patterns' positions in one array: pattern p's run from `starts[p]` to its END token. Literal
 * characters (code points) are numbered in order of first appearance.
 */
function tokenize(patterns: readonly WildcardPattern[]): { tokens: number[]; starts: number[]; alphabetSize: number } {
  const tokens: number[] = [];
  const starts: number[] = [];
  const alphabet = new Map<string, number>();
  for (const pattern of patterns) {
    starts.push(tokens.length);
    pattern.parts.forEach((part, k) => {
      if (k > 0) tokens.push(STAR);
      for (const ch of part) {
        let index = alphabet.get(ch);
        if (index === undefined) alphabet.set(ch, (index = alphabet.size));
        tokens.push(index);
      }
    });
    tokens.push(END);
  }
  return { tokens, starts, alphabetSize: alphabet.size };
}

/**
 * The states one character leads to, each once, in the order a scan of the characters in order of first
 * appearance (then any other character) first reaches them: the exploration order, which decides what the
 * state budget covers.
 */
function successors(tokens: readonly number[], state: readonly number[], alphabetSize: number): number[][] {
  const expected: number[] = [];
  for (const k of state) {
    const t = tokens[k]!;
    if (t >= 0 && !expected.includes(t)) expected.push(t);
  }
  expected.sort((a, b) => a - b);
  // The first character no live position expects: from it on, "any other character" has been seen.
  let other = 0;
  while (other < alphabetSize && expected.includes(other)) other++;
  const out: number[][] = [];
  let otherDone = false;
  for (const c of expected) {
    if (!otherDone && other < c) {
      out.push(step(tokens, state, -1));
      otherDone = true;
    }
    out.push(step(tokens, state, c));
  }
  if (!otherDone) out.push(step(tokens, state, -1));
  return out;
}

/** The state after reading a character whose index is `c` (-1: a character no pattern holds). */
function step(tokens: readonly number[], state: readonly number[], c: number): number[] {
  const moved: number[] = [];
  for (const k of state) {
    const t = tokens[k]!;
    // A star absorbs the character and stays; a matching literal moves on; anything else dies.
    const next = t === STAR ? k : t === c ? k + 1 : -1;
    if (next >= 0 && moved[moved.length - 1] !== next) moved.push(next);
  }
  return closeStars(tokens, moved);
}

/**
 * Adds, after each star, the position behind it (a star matches the empty string too). `positions` is
 * sorted without repeats, and so is the result.
 */
function closeStars(tokens: readonly number[], positions: readonly number[]): number[] {
  const out: number[] = [];
  for (let k of positions) {
    for (;;) {
      if (out.length === 0 || out[out.length - 1]! < k) out.push(k);
      if (tokens[k] !== STAR) break;
      k++;
    }
  }
  return out;
}
