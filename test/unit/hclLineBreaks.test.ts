// The line breaks fix-all's guard checks (hclLineBreaks.ts) against HashiCorp's own HCL (@cdktf/hcl2json):
// on corner cases and on every Terraform fixture and example our grammar reads without error, we find a
// line-break error exactly when HCL reports one.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Parser } from 'web-tree-sitter';
import { hclLineBreakErrors } from '../../server/src/hclLineBreaks';
import { filesUnder } from '../support/filesUnder';
import { FIXTURES, REPO } from '../support/paths';
import { createTestParser } from '../support/wasm';

// Loaded with require: the package's typings pull in the DOM lib, which would leak into every test file.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hcl2json = require('@cdktf/hcl2json') as { parse(filename: string, contents: string): Promise<unknown> };

const CORNERS: Record<string, string> = {
  'one-line block': 'resource "a" "b" { x = 1 }\n',
  'last argument before the brace': 'resource "a" "b" {\n  x = 1}\n',
  'two arguments on a line': 'resource "a" "b" {\n  x = 1 y = 2\n}\n',
  'one-line opening, closing below': 'resource "a" "b" { x = 1\n}\n',
  'empty block': 'resource "a" "b" {}\n',
  'empty block with a space': 'resource "a" "b" { }\n',
  'one-line nested block': 'resource "a" "b" {\n  c { x = 1 }\n}\n',
  'block inside a one-line block': 'resource "a" "b" { c {} }\n',
  'two blocks on a line': 'resource "a" "b" {} resource "a" "c" {}\n',
  'comment after the brace': 'resource "a" "b" { # c\n  x = 1\n}\n',
  heredoc: 'resource "a" "b" {\n  x = <<EOT\nhi\nEOT\n  y = 2\n}\n',
  'comments after arguments': 'resource "a" "b" {\n  x = 1 # c\n  y = 2 /* d */\n}\n',
  'values over several lines': 'resource "a" "b" {\n  x = [\n 1, 2]\n  y = { a = 1\n b = 2 }\n}\n',
  crlf: 'resource "a" "b" {\r\n  x = 1\r\n}\r\n',
  'nested argument before the brace': 'resource "a" "b" {\n  c {\n    x = 1 }\n}\n',
};

async function hclSaysLineBreak(text: string): Promise<boolean> {
  try {
    await hcl2json.parse('main.tf', text);
    return false;
  } catch (error) {
    return /Missing newline|single-line block|single-argument block/.test(String(error instanceof Error ? error.message : error));
  }
}

describe('line breaks HCL requires', () => {
  let parser: Parser;
  before(async () => {
    parser = await createTestParser();
  });
  after(() => parser.delete());

  const files = [...filesUnder(FIXTURES, '.tf'), ...filesUnder(path.join(REPO, 'examples'), '.tf')];
  const inputs = [...Object.entries(CORNERS), ...files.map((f) => [path.relative(REPO, f), fs.readFileSync(f, 'utf8')] as const)];
  it(`agree with HashiCorp HCL on ${Object.keys(CORNERS).length} corner cases and the Terraform fixtures`, async () => {
    let flagged = 0;
    for (const [name, text] of inputs) {
      const tree = parser.parse(text)!;
      // Files our grammar rejects are the front end's to report.
      const ours = tree.rootNode.hasError ? undefined : hclLineBreakErrors(tree) > 0;
      tree.delete();
      if (ours === undefined) continue;
      assert.equal(ours, await hclSaysLineBreak(text), name);
      if (ours) flagged++;
    }
    assert.ok(flagged >= 6, `only ${flagged} inputs with line-break errors`);
  });
});
