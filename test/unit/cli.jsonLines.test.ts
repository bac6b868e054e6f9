// The JSON Lines splitter of `test-pattern`: lines whole however the input is cut into chunks, and a
// line over the bound skipped by number without being held.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linesOf, type Line } from '../../server/src/cli/jsonLines';

async function split(chunks: readonly (string | Buffer)[], maxBytes?: number): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of linesOf(chunks, maxBytes)) out.push(line);
  return out;
}

/** The input cut after every byte: the hardest chunking for a splitter. */
function bytewise(text: string): Buffer[] {
  return [...Buffer.from(text)].map((b) => Buffer.from([b]));
}

describe('JSON Lines splitter', () => {
  it('keeps characters, CRLF and a byte order mark whole across chunk boundaries', async () => {
    const text = '\uFEFF{"a":"é😀"}\r\n\n{"b":1}\r\n{"c":2}';
    const expected = [
      { number: 1, text: '{"a":"é😀"}' },
      { number: 2, text: '' },
      { number: 3, text: '{"b":1}' },
      { number: 4, text: '{"c":2}' },
    ];
    assert.deepEqual(await split([text]), expected);
    assert.deepEqual(await split(bytewise(text)), expected);
  });

  it('reports a line over the bound by its number and goes on with the next', async () => {
    const text = '{"a":1}\n' + 'x'.repeat(40) + '\n{"b":2}\n' + 'y'.repeat(11);
    const expected = [{ number: 1, text: '{"a":1}' }, { number: 2, tooLong: true }, { number: 3, text: '{"b":2}' }, { number: 4, tooLong: true }];
    assert.deepEqual(await split([text], 10), expected);
    assert.deepEqual(await split(bytewise(text), 10), expected);
  });

  it('takes a line of exactly the bound', async () => {
    assert.deepEqual(await split(['0123456789\n'], 10), [{ number: 1, text: '0123456789' }]);
  });
});
