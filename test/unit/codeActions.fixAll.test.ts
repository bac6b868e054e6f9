// The editor's "fix all" shares check --fix's guard: a fix that would leave a syntax error is left out.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Parser } from 'web-tree-sitter';
import { codeActionsFor, FIX_ALL_KIND } from '../../server/src/features/codeActions';
import type { Problem } from '../../server/src/core/model/problem';
import { syntaxErrorCount } from '../../server/src/syntaxErrorCount';
import { createTestParser } from '../support/wasm';

const URI = 'file:///project/main.tf';
const TEXT = 'resource "aws_lambda_event_source_mapping" "m" {\n  function_name = "f"\n}\n';
const LINE_STARTS = [0, 49, 71, 73];
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };

const insert = (at: number, newText: string, title: string) => ({ title, preferred: true, edits: [{ range: { start: at, end: at }, newText }] });
const PROBLEMS: Problem[] = [
  { code: 'a', severity: 'error', message: 'a', range: { start: 0, end: 1 }, fixes: [insert(TEXT.indexOf('}'), '  batch_size = 10\n', 'good')] },
  { code: 'b', severity: 'error', message: 'b', range: { start: 2, end: 3 }, fixes: [insert(TEXT.indexOf('"f"'), '{', 'breaks')] },
];

describe('fix all in the editor', () => {
  let parser: Parser;
  before(async () => {
    parser = await createTestParser();
  });
  after(() => parser.delete());

  it('leaves out a fix that would break the syntax', () => {
    const guard = { text: () => TEXT, syntaxErrors: (text: string) => syntaxErrorCount(URI, text, parser) };
    const [action] = codeActionsFor(URI, PROBLEMS, LINE_STARTS, WHOLE, [], [FIX_ALL_KIND], guard);
    assert.deepEqual(action?.edit?.changes?.[URI]?.map((e) => e.newText), ['  batch_size = 10\n']);
    // Without the guard (the bare choice) both are taken: the guard is what leaves one out.
    const [bare] = codeActionsFor(URI, PROBLEMS, LINE_STARTS, WHOLE, [], [FIX_ALL_KIND]);
    assert.equal(bare?.edit?.changes?.[URI]?.length, 2);
  });
});
