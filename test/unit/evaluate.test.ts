// The evaluator against Terraform: each case in test/fixtures/eval/*.json is an expression with the
// locals and variable defaults it needs, and what `terraform console` printed for it through
// `jsonencode` (recorded there; cases with a note say why the evaluator must answer otherwise). Each case
// goes through the real front end: the expression is a local of a small module, read as the server reads
// it, and evaluated in that module's scope.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Parser } from 'web-tree-sitter';
import { valueToJson } from '../../server/src/core/eval/valueJson';
import { extractHcl } from '../../server/src/core/extract/hcl/extractHcl';
import { buildModuleIndex } from '../../server/src/core/module/moduleIndex';
import { moduleScope } from '../../server/src/core/module/moduleScope';
import { FIXTURES } from '../support/paths';
import { createTestParser } from '../support/wasm';

const DIR = path.join(FIXTURES, 'eval');
const NAME = 'expr_under_test';

interface Case {
  readonly expr: string;
  readonly locals?: Readonly<Record<string, string>>;
  readonly variables?: Readonly<Record<string, string>>;
  readonly result?: unknown;
  readonly error?: true;
  readonly unknown?: true;
  readonly note?: string;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` compare equal. */
function canonical(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(canonical);
  if (json === null || typeof json !== 'object') return json;
  return Object.fromEntries(Object.entries(json).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]));
}

/** The module Terraform was asked about when the case was recorded. */
function moduleText(c: Case): string {
  const variables = Object.entries(c.variables ?? {}).map(([name, value]) => `variable "${name}" {\n  default = ${value}\n}\n`);
  const locals = Object.entries(c.locals ?? {}).map(([name, value]) => `  ${name} = ${value}\n`);
  return `variable "nodef" {\n  type = any\n}\n${variables.join('')}locals {\n${locals.join('')}  ${NAME} = ${c.expr}\n}\n`;
}

const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe('evaluate (recorded with terraform console)', () => {
  let parser: Parser;
  before(async () => {
    parser = await createTestParser();
  });
  after(() => parser.delete());

  for (const file of files) {
    const fixture = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as { cases: readonly Case[] };
    describe(path.basename(file, '.json'), () => {
      for (const c of fixture.cases) {
        const label = `${c.expr.replace(/\n/g, '⏎')}${c.locals ? ` (locals: ${Object.keys(c.locals).join(', ')})` : ''}`;
        it(label, () => {
          const text = moduleText(c);
          const tree = parser.parse(text)!;
          try {
            const file = extractHcl(tree, text);
            assert.deepEqual(file.syntaxErrors, []);
            const value = moduleScope(buildModuleIndex([file])).local(NAME);
            assert.ok(value, 'the local is read');
            const expected = c.error ? { $error: true } : c.unknown ? { $unknown: true } : c.result;
            assert.deepEqual(canonical(valueToJson(value)), canonical(expected));
          } finally {
            tree.delete();
          }
        });
      }
    });
  }
});
