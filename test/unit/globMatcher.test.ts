// The sample-file glob matcher: globs as the settings use them, braces, the former regular-expression
// translation as a reference on short paths, and a glob that made that translation backtrack for minutes.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { globMatcher, MAX_GLOB_EXPANSIONS } from '../../server/src/globMatcher';
import { withinSeconds } from '../support/withinSeconds';

/** [glob, paths it matches, paths it does not]. */
const CASES: readonly [string, readonly string[], readonly string[]][] = [
  ['**/*.esm-samples.json', ['a.esm-samples.json', 'x/y/a.esm-samples.json', 'x/.esm-samples.json'], ['a.esm-samples.jsonx', 'a/b.json', 'a.esm-samples-json']],
  ['samples/*.json', ['samples/a.json', 'samples/.json'], ['samples/x/a.json', 'samples.json', 'x/samples/a.json']],
  ['?.json', ['a.json'], ['ab.json', '.json', '/.json']],
  ['a/**', ['a/', 'a/b', 'a/b/c'], ['a', 'b/a']],
  ['**', ['', 'a', 'a/b/c'], []],
  ['a/**/b.json', ['a/b.json', 'a/x/b.json', 'a/x/y/b.json'], ['ab.json', 'a/xb.json', 'b.json']],
  ['**.json', ['a.json', 'a/b.json'], ['a.jsonl']],
  ['a+b(c)[d]^$|.json', ['a+b(c)[d]^$|.json'], ['aab(c)[d]^$|.json', 'a+b(c)[d]^$|xjson']],
  ['{samples,fixtures}/**/*.{json,jsonl}', ['samples/a.json', 'fixtures/x/a.jsonl'], ['other/a.json', 'samples/a.txt', '{samples,fixtures}/a.json']],
  ['events-{1..3}.json', ['events-1.json', 'events-3.json'], ['events-4.json', 'events-{1..3}.json']],
  ['{a}.json', ['{a}.json'], ['a.json']],
];

function matcher(glob: string): (path: string) => boolean {
  const m = globMatcher(glob);
  assert.ok(m, `${glob} compiles`);
  return m;
}

/** The former translation to a regular expression (which backtracks), for globs without braces. */
function formerRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

describe('sample-file globs', () => {
  for (const [glob, yes, no] of CASES) {
    it(glob, () => {
      const m = matcher(glob);
      for (const path of yes) assert.ok(m(path), `${glob} matches ${path}`);
      for (const path of no) assert.ok(!m(path), `${glob} does not match ${path}`);
    });
  }

  it('agrees with the former regular expressions on short paths', () => {
    const glob = fc.array(fc.constantFrom('a', 'b', '.', '/', '*', '?', '**', '**/'), { maxLength: 7 }).map((p) => p.join(''));
    const path = fc.array(fc.constantFrom('a', 'b', '.', '/'), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(glob, path, (g, p) => assert.equal(matcher(g)(p), formerRegExp(g).test(p), `${g} on ${p}`)),
      { seed: 20261203, numRuns: 3000 },
    );
  });

  it('answers at once where a backtracking matcher takes minutes', () => {
    // The former regular expression took 2 s on 35 characters and grew with the 11th power of the length.
    const m = matcher('*a*a*a*a*a*a*a*a*a*a*a*b');
    assert.equal(withinSeconds(10, () => m('a'.repeat(250))), false);
    assert.equal(m(`${'a'.repeat(250)}b`), true);
  });

  it('refuses braces that expand too far, and says so', () => {
    const messages: string[] = [];
    assert.equal(globMatcher(`{1..${MAX_GLOB_EXPANSIONS + 1}}.json`, (m) => messages.push(m)), undefined);
    assert.deepEqual(messages, [`The glob "{1..${MAX_GLOB_EXPANSIONS + 1}}.json" expands to more than ${MAX_GLOB_EXPANSIONS} globs; it is ignored.`]);
    assert.ok(globMatcher(`{1..${MAX_GLOB_EXPANSIONS}}.json`));
    assert.equal(globMatcher('{a,b}'.repeat(20), (m) => messages.push(m)), undefined, 'a million expansions are not made');
  });
});
