// Each Terraform function the evaluator knows, against the cases in test/fixtures/functions/<name>.json:
// `{ function, source, cases: [{ expr, args, result } | { expr, args, error: true }] }`, where `expr` is
// the call as written in `terraform console` and `result` what it printed through `jsonencode` (recorded
// there; `{"$unknown": true}` cases follow Terraform's rule that a function of an unknown is unknown).
// Objects compare without regard to key order. Every function must have a fixture, and none may throw
// on any arguments at all.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { FUNCTIONS } from '../../server/src/core/eval/functions/index';
import type { CallSite } from '../../server/src/core/eval/tfFunction';
import { valueFromJson, valueToJson } from '../../server/src/core/eval/valueJson';
import type { Value } from '../../server/src/core/model/value';
import { FIXTURES } from '../support/paths';

const DIR = path.join(FIXTURES, 'functions');

interface Case {
  readonly expr?: string;
  readonly note?: string;
  readonly args: readonly unknown[];
  readonly result?: unknown;
  readonly error?: true;
}

interface FunctionFixture {
  readonly function: string;
  readonly source: string;
  readonly cases: readonly Case[];
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` compare equal. */
function canonical(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(canonical);
  if (json === null || typeof json !== 'object') return json;
  return Object.fromEntries(Object.entries(json).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]));
}

const fixtures = (fs.existsSync(DIR) ? fs.readdirSync(DIR) : [])
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as FunctionFixture);

describe('Terraform functions', () => {
  for (const fixture of fixtures) {
    describe(fixture.function, () => {
      fixture.cases.forEach((c, i) => {
        it(c.expr ?? c.note ?? `case ${i + 1}`, () => {
          const fn = FUNCTIONS.get(fixture.function);
          assert.ok(fn, `${fixture.function} is not in FUNCTIONS`);
          const call: CallSite = { name: fixture.function, text: c.expr ?? `${fixture.function}(…)`, range: { start: 0, end: 0 } };
          const actual = valueToJson(fn(c.args.map((a) => valueFromJson(a)), call));
          assert.deepEqual(canonical(actual), canonical(c.error ? { $error: true } : c.result));
        });
      });
    });
  }

  it('every function has a fixture with cases', () => {
    const covered = new Set(fixtures.filter((f) => f.cases.length > 0).map((f) => f.function));
    assert.deepEqual([...FUNCTIONS.keys()].filter((name) => !covered.has(name)), []);
  });

  it('no function throws, whatever its arguments', () => {
    const range = { start: 0, end: 0 };
    const samples: Value[] = [
      valueFromJson(null),
      valueFromJson(''),
      valueFromJson('a,b'),
      valueFromJson(-1.5),
      valueFromJson(1e300),
      valueFromJson(true),
      valueFromJson([]),
      valueFromJson([1, [2, [3]], 'x', null]),
      valueFromJson({ a: 1, b: [{ $unknown: true }] }),
      valueFromJson({ $set: ['b', 'a'] }),
      valueFromJson({ $unknown: true }),
      valueFromJson({ $error: true }),
      { kind: 'reference', path: ['var', 'x'], range },
      { kind: 'jsonencode', inner: valueFromJson({ a: [1] }), range },
    ];
    for (const [name, fn] of FUNCTIONS) {
      const call: CallSite = { name, text: `${name}(…)`, range };
      for (let n = 0; n <= 3; n++) {
        for (let s = 0; s < samples.length ** Math.min(n, 2); s++) {
          const args = Array.from({ length: n }, (_, k) => samples[Math.floor(s / samples.length ** k) % samples.length]!);
          assert.doesNotThrow(() => fn(args, call), `${name} with ${n} argument(s), sample ${s}`);
        }
      }
    }
  });
});
