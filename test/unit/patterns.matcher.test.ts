// Matcher cases per operator from test/fixtures/patterns/matcher/*.json: each pattern is validated,
// compiled and matched against its event (decoded for its source first), or must be rejected with the
// given reason. For records matched as they are, the fast walker must also agree with the reference
// algorithm on every branch.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { compilePattern } from '../../server/src/core/patterns/compilePattern';
import { decodeRecord, type RecordSource } from '../../server/src/core/patterns/decodeRecord';
import { parseEventJson } from '../../server/src/core/patterns/eventJson';
import { matchExact } from '../../server/src/core/patterns/matchExact';
import { matchRecord } from '../../server/src/core/patterns/matchRecord';
import { parsePatternText } from '../../server/src/core/patterns/parsePattern';
import { FIXTURES } from '../support/paths';

interface MatcherCase {
  readonly name: string;
  readonly pattern?: unknown;
  readonly patternText?: string;
  readonly event?: unknown;
  /** The event as text, when number spelling matters (read as test-pattern reads events). */
  readonly eventText?: string;
  readonly expected: 'match' | 'no-match' | 'invalid';
  /** For `invalid`: the start of the reason. */
  readonly error?: string;
  readonly source?: RecordSource;
}

const DIR = path.join(FIXTURES, 'patterns', 'matcher');

describe('pattern matcher fixtures', () => {
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()) {
    const cases = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as MatcherCase[];
    describe(file.replace(/\.json$/, ''), () => {
      for (const c of cases) {
        it(`${c.name} → ${c.expected}`, () => {
          const text = c.patternText ?? JSON.stringify(c.pattern);
          const parsed = parsePatternText(text);
          if (c.expected === 'invalid') {
            const errors = parsed.problems.filter((p) => p.severity === 'error');
            assert.equal(parsed.pattern, undefined, 'the pattern should be rejected');
            if (c.error) assert.ok(errors.some((p) => p.message.includes(c.error!)), `expected "${c.error}", got: ${errors.map((p) => p.message).join('; ')}`);
            return;
          }
          assert.ok(parsed.pattern, `invalid pattern: ${parsed.problems.map((p) => p.message).join('; ')}`);
          const compiled = compilePattern(parsed.pattern);
          const decoded = decodeRecord(c.eventText !== undefined ? parseEventJson(c.eventText) : c.event, c.source ?? 'raw');
          assert.equal(matchRecord(compiled, decoded) ? 'match' : 'no-match', c.expected);
          if ((c.source ?? 'raw') === 'raw') {
            const reference = compiled.branches.some((b) => matchExact(b, decoded.view));
            assert.equal(reference ? 'match' : 'no-match', c.expected, 'the reference algorithm disagrees');
          }
        });
      }
    });
  }

  it('a pathological wildcard against a long value finishes fast', () => {
    const compiled = compilePattern(parsePatternText('{"p": [{"wildcard": "*a*a*a*a*a*a*a*a*b"}]}').pattern!);
    const value = 'a'.repeat(200_000);
    const started = process.hrtime.bigint();
    assert.equal(compiled.test({ p: value }), false);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 200, 'wildcard matching took more than 200 ms');
  });
});
