// The wildcard complexity measure behind EventBridge's "Rule is too complex": its scores on the
// AWS-recorded cases it is calibrated on, its agreement with the definition (the most positions alive
// after any input) on small patterns, and its cost on long wildcards, which used to grow with the cube
// of their length (a 4,000-character wildcard took minutes to validate).

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { parsePatternText } from '../../server/src/core/patterns/parsePattern';
import { parseWildcard, type WildcardPattern } from '../../server/src/core/patterns/wildcard';
import { wildcardComplexity } from '../../server/src/core/patterns/wildcardComplexity';
import { withinSeconds } from '../support/withinSeconds';

function wildcard(text: string): WildcardPattern {
  const parsed = parseWildcard(text);
  assert.ok('pattern' in parsed, `${text} is a valid wildcard`);
  return parsed.pattern;
}

function score(texts: readonly string[], cap = 1000): number {
  return wildcardComplexity(texts.map(wildcard), cap);
}

/**
 * The definition, computed the slow way: every reachable set of live positions, reached with every
 * character of the patterns and one that is in none of them, without a state budget.
 */
function reference(patterns: readonly WildcardPattern[]): number {
  const tokens = patterns.map((p) => p.parts.flatMap((part, k) => [...(k > 0 ? [null] : []), ...part]));
  const close = (toks: readonly (string | null)[], s: Set<number>): Set<number> => {
    for (let k = 0; k < toks.length; k++) if (s.has(k) && toks[k] === null) s.add(k + 1);
    return s;
  };
  const alphabet = [...new Set(tokens.flat().filter((t) => t !== null)), '\u{10FFFF}'];
  const key = (state: Set<number>[]): string => state.map((s) => [...s].sort((a, b) => a - b).join(',')).join('|');
  let frontier = [tokens.map((toks) => close(toks, new Set([0])))];
  const seen = new Set(frontier.map(key));
  let worst = 0;
  while (frontier.length > 0) {
    const next: Set<number>[][] = [];
    for (const state of frontier) {
      worst = Math.max(worst, state.reduce((sum, s, p) => sum + [...s].filter((k) => k < tokens[p]!.length).length, 0));
      for (const ch of alphabet) {
        const moved = state.map((s, p) => {
          const toks = tokens[p]!;
          return close(toks, new Set([...s].flatMap((k) => (toks[k] === null ? [k] : toks[k] === ch ? [k + 1] : []))));
        });
        if (moved.every((s) => s.size === 0) || seen.has(key(moved))) continue;
        seen.add(key(moved));
        next.push(moved);
      }
    }
    frontier = next;
  }
  return worst;
}

describe('wildcard complexity', () => {
  it('scores the AWS-recorded cases on either side of the limit', () => {
    // content_wildcard_repeating: accepted by EventBridge.
    assert.equal(score(['/Users/*/dir/dir/dir/dir/dir/doc.txt']), 8);
    // content_wildcard_complex_EXC: "Rule is too complex".
    assert.equal(score(['*:*:*:*:*:event-bus/*']), 12);
    assert.equal(score(['*:*:*:*:*:event-bus/*'], 11), 11, 'stops counting at the cap');
  });

  it('counts the positions of every wildcard in the list together', () => {
    assert.equal(score(['a*b', 'a*c']), 4);
    assert.equal(score(['*']), 1);
    assert.equal(score(['']), 0);
    assert.equal(score([]), 0);
    assert.equal(score(['\\*a*\\\\']), 2, 'escaped stars and backslashes are literal characters');
    assert.equal(score(['xa*y']), 2);
  });

  it('agrees with the definition on small wildcards over a small alphabet', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', ':', '*', '\\*', 'é', '😀'), { maxLength: 9 })
      .map((pieces) => pieces.join(''))
      .filter((t) => 'pattern' in parseWildcard(t));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const patterns = texts.map(wildcard);
        assert.equal(wildcardComplexity(patterns, 1000), reference(patterns));
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });

  it('does not depend on how many distinct characters a wildcard holds', () => {
    // 4,000 distinct characters, under the 4,096-character limit: 174 s to validate before.
    let distinct = '';
    for (let i = 0; i < 4000; i++) distinct += String.fromCodePoint(0x100 + i);
    for (const text of [distinct, `*${distinct.slice(1)}`, `${distinct.slice(0, 2000)}*${distinct.slice(2000)}`]) {
      const parsed = withinSeconds(20, () => parsePatternText(JSON.stringify({ name: [{ wildcard: text }] }), { target: 'eventbridge' }));
      assert.ok(parsed.pattern, 'valid, and not too complex');
      assert.ok(score([text]) <= 3);
    }
  });
});
