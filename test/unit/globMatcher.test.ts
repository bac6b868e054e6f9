// The sample-file glob matcher: globs as the settings use them (with the usual glob semantics: `**` is
// special only as a whole segment, a leading `./` is dropped), braces and ranges, and the bounds that
// keep matching quick.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { globMatcher, MAX_GLOB_WILDCARDS, MAX_RANGE_VALUES } from '../../server/src/globMatcher';
import { withinSeconds } from '../support/withinSeconds';

/** [glob, paths it matches, paths it does not]. */
const CASES: readonly [string, readonly string[], readonly string[]][] = [
  ['**/*.esm-samples.json', ['a.esm-samples.json', 'x/y/a.esm-samples.json', 'x/.esm-samples.json'], ['a.esm-samples.jsonx', 'a/b.json', 'a.esm-samples-json']],
  ['samples/*.json', ['samples/a.json', 'samples/.json'], ['samples/x/a.json', 'samples.json', 'x/samples/a.json']],
  ['?.json', ['a.json'], ['ab.json', '.json', '/.json']],
  ['a/**', ['a/b', 'a/b/c'], ['b/a', 'ab']],
  ['**', ['a', 'a/b/c', '.a/.b'], []],
  ['a/**/b.json', ['a/b.json', 'a/x/b.json', 'a/x/y/b.json'], ['ab.json', 'a/xb.json', 'b.json']],
  ['**.json', ['a.json', 'a/b.json'], ['a.jsonl']],
  ['a+b(c)[d]^$|.json', ['a+b(c)[d]^$|.json'], ['aab(c)[d]^$|.json', 'a+b(c)[d]^$|xjson']],
  ['{samples,fixtures}/**/*.{json,jsonl}', ['samples/a.json', 'fixtures/x/a.jsonl'], ['other/a.json', 'samples/a.txt', '{samples,fixtures}/a.json']],
  ['**/*.{a,b}.json', ['x.a.json', 'd/e/x.b.json', '.a.json'], ['x.c.json', 'x.a.jsonl', 'x.ab.json']],
  ['events-{1..3}.json', ['events-1.json', 'events-3.json'], ['events-4.json', 'events-0.json', 'events-13.json']],
  ['events-{1..10}.json', ['events-5.json', 'events-10.json'], ['events-11.json', 'events-0.json']],
  ['events-{01..10..3}.json', ['events-01.json', 'events-04.json', 'events-10.json'], ['events-1.json', 'events-02.json']],
  ['{x..z}/*.json', ['y/a.json'], ['w/a.json', 'xz/a.json']],
  ['{a}.json', ['{a}.json'], ['a.json']],
  ['./samples/*.json', ['samples/a.json'], ['a.json']],
  ['a**', ['ab', 'a.json'], ['a/b']],
];

function matcher(glob: string): (path: string) => boolean {
  const m = globMatcher(glob);
  assert.ok(m, `${glob} compiles`);
  return m;
}

describe('sample-file globs', () => {
  for (const [glob, yes, no] of CASES) {
    it(glob, () => {
      const m = matcher(glob);
      for (const path of yes) assert.ok(m(path), `${glob} matches ${path}`);
      for (const path of no) assert.ok(!m(path), `${glob} does not match ${path}`);
    });
  }

  it('refuses globs with more wildcards than the bound, and says so', () => {
    const messages: string[] = [];
    const pathological = '*a*a*a*a*a*a*a*a*a*a*a*b';
    assert.equal(globMatcher(pathological, (m) => messages.push(m)), undefined);
    assert.match(messages[0] ?? '', /has 12 wildcards \(\*\); at most 3 are allowed/);
    // At the bound, a long name that almost matches is still answered at once.
    const m = matcher('*a'.repeat(MAX_GLOB_WILDCARDS - 1) + '*b');
    assert.equal(withinSeconds(1, () => m('a'.repeat(255))), false);
    assert.equal(m(`${'a'.repeat(254)}b`), true);
  });

  it('refuses ranges that stand for too many values, and says so', () => {
    const messages: string[] = [];
    assert.equal(globMatcher(`{1..${MAX_RANGE_VALUES + 1}}.json`, (m) => messages.push(m)), undefined);
    assert.deepEqual(messages, [`The glob "{1..${MAX_RANGE_VALUES + 1}}.json" is ignored: the range {1..${MAX_RANGE_VALUES + 1}} stands for more than ${MAX_RANGE_VALUES} values`]);
    assert.ok(matcher(`{1..${MAX_RANGE_VALUES}}.json`)(`${MAX_RANGE_VALUES}.json`));
    // Alternatives are not multiplied out: twenty pairs of braces are one expression, not a million globs.
    assert.equal(withinSeconds(1, () => matcher('{a,b}'.repeat(20))('ab'.repeat(10))), true);
  });
});
