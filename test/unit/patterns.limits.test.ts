// Large patterns take time in proportion to their size: the duplicate-key check compared every pair of
// keys of an object (a 1.3 MB pattern of 60,000 keys took 9 s), and reading a Terraform string that
// holds many `$${` escapes moved the rest of the string for each one. The time guards catch those
// hangs coming back; they are far above what the linear versions take. A pattern hundreds of levels deep
// made the matcher list every dotted spelling of its paths (500 levels: 4 GB and minutes).

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StringValue } from '../../server/src/core/model/value';
import { compilePattern } from '../../server/src/core/patterns/compilePattern';
import { parsePatternText, parsePatternValue } from '../../server/src/core/patterns/parsePattern';
import { withinSeconds } from '../support/withinSeconds';

function duplicateKeys(text: string): string[] {
  return parsePatternText(text)
    .problems.filter((p) => p.code === 'pattern-duplicate-key')
    .map((p) => `${text.slice(p.range.start, p.range.end)}@${p.range.start}`);
}

describe('patterns with many keys or escapes', () => {
  it('notes each key that a later one overrides, in order, but not $or', () => {
    const text = '{"a": [1], "b": [2], "a": [3], "c": [4], "b": [5], "a": [6], "$or": [{"x": [1]}, {"y": [1]}], "$or": [{"x": [1]}, {"y": [1]}]}';
    const at = (key: string, nth: number): string => {
      let index = -1;
      for (let k = 0; k <= nth; k++) index = text.indexOf(`"${key}"`, index + 1);
      return `"${key}"@${index}`;
    };
    assert.deepEqual(duplicateKeys(text), [at('a', 0), at('b', 0), at('a', 1)]);
    assert.deepEqual(duplicateKeys('{"a": [1], "b": [2]}'), []);
  });

  it('checks 150,000 keys for duplicates in linear time', () => {
    const keys = 150_000;
    const parts: string[] = [];
    for (let i = 0; i < keys; i++) parts.push(`"key${String(i).padStart(6, '0')}": ["value"]`);
    parts.push('"key000007": ["again"]');
    const text = `{${parts.join(', ')}}`;
    assert.deepEqual(withinSeconds(30, () => duplicateKeys(text)), [`"key000007"@${text.indexOf('"key000007"')}`]);
  });

  it('maps positions through 100,000 `$${` escapes of a heredoc in linear time', () => {
    const escaped = Array.from({ length: 100_000 }, () => '"$${x}"').join(', ');
    const document = `<<EOT\n{"a": [${escaped}], "b": "oops"}\nEOT`;
    const value: StringValue = {
      kind: 'string',
      value: `{"a": [${escaped.replaceAll('$${', '${')}], "b": "oops"}\n`,
      form: 'heredoc',
      contentStart: document.indexOf('\n') + 1,
      range: { start: 0, end: document.length },
    };
    const problem = withinSeconds(30, () => parsePatternValue(value, document))!.problems.find((p) => p.code === 'pattern-invalid')!;
    assert.equal(document.slice(problem.range.start, problem.range.end), '"oops"');
  });

  it('compiles and matches a pattern 500 levels deep, including through dotted event keys', () => {
    const depth = 500;
    const pattern = withinSeconds(20, () => compilePattern(parsePatternText(`${'{"a":'.repeat(depth)}[1]${'}'.repeat(depth)}`).pattern!));
    const nested = (leaf: string, levels: number): string => `${'{"a":'.repeat(levels)}${leaf}${'}'.repeat(levels)}`;
    assert.equal(pattern.test(JSON.parse(nested('1', depth))), true);
    assert.equal(pattern.test(JSON.parse(nested('2', depth))), false);
    // `a.a` is two levels in one key, as EventBridge reads it.
    assert.equal(pattern.test(JSON.parse(`{"a.a":${nested('1', depth - 2)}}`)), true);
    assert.equal(pattern.test(JSON.parse(`{"a.a":${nested('2', depth - 2)}}`)), false);
  });
});
