// Every case of the AWS-recorded EventBridge corpus (test/fixtures/patterns/conformance.json): the engine
// must agree on the outcome (match, no match, invalid) and, for invalid patterns, on AWS's reason.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { compilePattern } from '../../server/src/core/patterns/compilePattern';
import { parsePatternText } from '../../server/src/core/patterns/parsePattern';
import { firstError } from '../../server/src/core/patterns/patternProblem';
import { FIXTURES } from '../support/paths';

interface Case {
  readonly name: string;
  readonly expected: 'match' | 'no-match' | 'invalid';
  readonly error?: string;
  readonly patternText: string;
  readonly eventText: string;
}

const CASES = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'patterns', 'conformance.json'), 'utf8')) as Case[];
const PREFIX = 'Event pattern is not valid. Reason: ';

/**
 * Cases where the engine knowingly differs from AWS, with the reason. A case listed here must still
 * differ (the test says so when it starts to agree), so the list cannot go stale.
 */
const EXPECTED_DEVIATIONS: Readonly<Record<string, string>> = {};

function outcome(c: Case): { outcome: Case['expected']; reason?: string } {
  const parsed = parsePatternText(c.patternText, { target: 'eventbridge' });
  if (!parsed.pattern) return { outcome: 'invalid', reason: firstError(parsed.problems)?.reason ?? '(no error)' };
  return { outcome: compilePattern(parsed.pattern).test(JSON.parse(c.eventText)) ? 'match' : 'no-match' };
}

function agrees(c: Case, actual: ReturnType<typeof outcome>): boolean {
  if (actual.outcome !== c.expected) return false;
  return c.expected !== 'invalid' || actual.reason === c.error!.slice(PREFIX.length);
}

describe('EventBridge conformance corpus (AWS-recorded)', () => {
  it('holds 173 cases', () => assert.equal(CASES.length, 173));

  for (const c of CASES) {
    it(`${c.name} → ${c.expected}`, () => {
      const actual = outcome(c);
      if (c.name in EXPECTED_DEVIATIONS) {
        assert.ok(!agrees(c, actual), `${c.name} now agrees with AWS: remove it from EXPECTED_DEVIATIONS`);
        return;
      }
      assert.equal(actual.outcome, c.expected);
      if (c.expected === 'invalid') assert.equal(actual.reason, c.error!.slice(PREFIX.length));
    });
  }

  it('scores every case but the listed deviations', () => {
    const agreeing = CASES.filter((c) => agrees(c, outcome(c))).length;
    assert.equal(agreeing, CASES.length - Object.keys(EXPECTED_DEVIATIONS).length);
  });
});
