// Turns a field's match list into one predicate over a leaf value of the event (a string, number,
// boolean or null), with the semantics of EventBridge's engine: strings never equal numbers, numbers
// compare by value, `anything-but` lets through values of the other type and null. A number the engine
// cannot compare (a symbol, see eventJson.ts) fails every test on numbers but equals a pattern number
// written the same way.

import { blockContains, parseIp } from './cidr';
import { ignoreCaseText, matchesIgnoreCase, type IgnoreCaseMode } from './ignoreCase';
import type { AnythingButMatcher, Matcher, MatchList } from './patternAst';
import { matchesWildcard } from './wildcard';

/** A leaf of the event; a symbol is a number that is not exactly a double, described by its text. */
export type Leaf = string | number | boolean | null | symbol;
export type LeafTest = (value: Leaf) => boolean;

export interface CompiledList {
  /** True when a present leaf value satisfies one of the matchers that need a value. */
  readonly test: LeafTest;
  /** Some matcher needs the field present (everything but `exists: false`). */
  readonly positive: boolean;
  /** The list holds `exists: false`: the field may also be absent. */
  readonly absence: boolean;
}

const NEVER: LeafTest = () => false;

export function compileMatchList(list: MatchList): CompiledList {
  const absence = list.matchers.some((m) => m.kind === 'exists' && !m.value);
  const tests = compileExacts(list.matchers).concat(list.matchers.filter((m) => m.kind !== 'exact' && !(m.kind === 'exists' && !m.value)).map(compileMatcher));
  let test: LeafTest;
  if (tests.length === 0) test = NEVER;
  else if (tests.length === 1) test = tests[0]!;
  else if (tests.length === 2) {
    const [a, b] = tests as [LeafTest, LeafTest];
    test = (v) => a(v) || b(v);
  } else {
    test = (v) => {
      for (let i = 0; i < tests.length; i++) if (tests[i]!(v)) return true;
      return false;
    };
  }
  return { test, positive: tests.length > 0, absence };
}

/** Exact values become one test: a set when there are many, plain comparisons when few. */
function compileExacts(matchers: readonly Matcher[]): LeafTest[] {
  const values: Leaf[] = [];
  const tests: LeafTest[] = [];
  for (const m of matchers) {
    if (m.kind !== 'exact') continue;
    const ip = typeof m.value === 'string' ? parseIp(m.value) : undefined;
    if (m.numberText !== undefined) {
      tests.push(sameNumberText(m.numberText));
    } else if (ip) {
      // EventBridge compares an address literal as an address: `::1` and `0:0:0:0:0:0:0:1` are equal.
      const literal = m.value as string;
      const block = { size: ip.length, low: ip, high: ip };
      tests.push((v) => v === literal || (typeof v === 'string' && blockContains(block, v)));
    } else {
      values.push(m.value);
    }
  }
  if (values.length === 1) {
    const only = values[0];
    tests.unshift((v) => v === only);
  } else if (values.length > 1 && values.length <= 4) {
    tests.unshift((v) => values.includes(v));
  } else if (values.length > 4) {
    const set = new Set<Leaf>(values);
    tests.unshift((v) => set.has(v));
  }
  return tests;
}

/** A pattern number the engine cannot compare matches only the same text (EventBridge's string match). */
function sameNumberText(text: string): LeafTest {
  return (v) => typeof v === 'symbol' && v.description === text;
}

function compileMatcher(m: Matcher): LeafTest {
  switch (m.kind) {
    case 'exact':
      return m.numberText !== undefined ? sameNumberText(m.numberText) : (v) => v === m.value;
    case 'prefix': {
      const p = m.value;
      return (v) => typeof v === 'string' && v.startsWith(p);
    }
    case 'suffix': {
      const s = m.value;
      return (v) => typeof v === 'string' && v.endsWith(s);
    }
    case 'equals-ignore-case':
    case 'prefix-ignore-case':
    case 'suffix-ignore-case': {
      const text = ignoreCaseText(m.value);
      const mode: IgnoreCaseMode = m.kind === 'equals-ignore-case' ? 'equals' : m.kind === 'prefix-ignore-case' ? 'prefix' : 'suffix';
      return (v) => typeof v === 'string' && matchesIgnoreCase(text, v, mode);
    }
    case 'wildcard': {
      const parsed = m.parsed;
      return (v) => typeof v === 'string' && matchesWildcard(parsed, v);
    }
    case 'numeric': {
      const lo = m.lower;
      const hi = m.upper;
      const min = lo ? lo.value : -Infinity;
      const max = hi ? hi.value : Infinity;
      const minIn = lo ? lo.inclusive : true;
      const maxIn = hi ? hi.inclusive : true;
      return (v) => typeof v === 'number' && (minIn ? v >= min : v > min) && (maxIn ? v <= max : v < max);
    }
    case 'exists':
      // Only `exists: true` reaches here: any leaf value, null included, is present.
      return () => true;
    case 'cidr': {
      const block = m.block;
      return (v) => typeof v === 'string' && blockContains(block, v);
    }
    case 'anything-but':
      return compileAnythingBut(m);
  }
}

/** A value of another type than the exclusions, and null, always pass. */
function compileAnythingBut(m: AnythingButMatcher): LeafTest {
  switch (m.form) {
    case 'values': {
      const set = new Set(m.values);
      return m.numbers ? (v) => typeof v !== 'number' || !set.has(v) : (v) => typeof v !== 'string' || !set.has(v);
    }
    case 'prefix': {
      const prefixes = m.values as string[];
      return (v) => typeof v !== 'string' || !prefixes.some((p) => v.startsWith(p));
    }
    case 'suffix': {
      const suffixes = m.values as string[];
      return (v) => typeof v !== 'string' || !suffixes.some((s) => v.endsWith(s));
    }
    case 'equals-ignore-case': {
      const texts = (m.values as string[]).map(ignoreCaseText);
      return (v) => typeof v !== 'string' || !texts.some((t) => matchesIgnoreCase(t, v, 'equals'));
    }
    case 'wildcard': {
      const patterns = m.wildcards ?? [];
      return (v) => typeof v !== 'string' || !patterns.some((p) => matchesWildcard(p, v));
    }
  }
}
