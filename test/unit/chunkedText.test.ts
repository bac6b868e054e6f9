// ChunkedText must behave exactly like a string under any sequence of edits.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ChunkedText } from '../../server/src/workspace/chunkedText';

describe('ChunkedText', () => {
  it('agrees with a plain string after any edits', () => {
    const big = fc.string({ minLength: 0, maxLength: 70_000, unit: fc.constantFrom('a', 'b', '\n', 'ü', '🚀') });
    const edit = fc.record({ a: fc.nat(), b: fc.nat(), inserted: fc.oneof(fc.string({ maxLength: 5 }), fc.string({ maxLength: 40_000 })) });
    fc.assert(
      fc.property(big, fc.array(edit, { maxLength: 12 }), fc.nat(), fc.nat(), (text, edits, x, y) => {
        const chunked = new ChunkedText(text);
        let plain = text;
        for (const e of edits) {
          const start = Math.min(e.a, e.b) % (plain.length + 1);
          const end = Math.min(plain.length, start + (Math.max(e.a, e.b) % 20_000));
          chunked.replace(start, end, e.inserted);
          plain = plain.slice(0, start) + e.inserted + plain.slice(end);
          const from = x % (plain.length + 1);
          const to = from + (y % (plain.length - from + 1));
          assert.equal(chunked.slice(from, to), plain.slice(from, to));
          assert.equal(chunked.charCodeAt(from), plain.charCodeAt(from));
          assert.equal(chunked.length, plain.length);
        }
        assert.equal(chunked.toString(), plain);
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});
