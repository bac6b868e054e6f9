// The CDKTF front end runs on TypeScript's classic compiler API (the parser, not the type checker).
// TypeScript 7 has no such API in its npm package; these tests fail loudly if it is not there, so an
// upgrade cannot silently turn CDKTF analysis into nothing.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseErrorsOf } from '../../server/src/core/extract/cdktf/cdktfParse';

describe('the TypeScript compiler API', () => {
  // Loaded as the front end loads it, without a type for what must be there.
  const ts = require('typescript') as Record<string, unknown> & { version: string };

  it('has createSourceFile', () => {
    assert.equal(typeof ts.createSourceFile, 'function', `typescript ${ts.version} has no createSourceFile: the CDKTF front end needs the classic compiler API (TypeScript 6.0.x)`);
  });

  it('has what incremental parsing needs', () => {
    for (const name of ['updateSourceFile', 'collapseTextChangeRangesAcrossMultipleVersions', 'createTextChangeRange', 'createTextSpan', 'forEachChild']) {
      assert.equal(typeof ts[name], 'function', `typescript ${ts.version} has no ${name}`);
    }
  });

  it('keeps parse errors on the source file', () => {
    // `parseDiagnostics` is not in TypeScript's public types; the front end reads it to leave out
    // constructs with syntax errors. Without it every file would look error-free.
    const createSourceFile = ts.createSourceFile as typeof import('typescript').createSourceFile;
    const latest = (ts.ScriptTarget as { Latest: number }).Latest;
    const file = createSourceFile('broken.ts', 'new A(this, "x", { a: 1 b: 2 });', latest, true);
    assert.equal(parseErrorsOf(file).length, 1);
  });
});
