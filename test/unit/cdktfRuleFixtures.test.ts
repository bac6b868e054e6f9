// The same rules on CDK for Terraform stacks: every `.ts` twin of a rule fixture (and every stack in
// test/fixtures/cdktf/) must produce exactly the diagnostics its `//` caret annotations state, and a twin
// the same rule ids and severities as its `.tf` case. Every rule but `hcl-syntax` has a failing and a
// passing twin.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../server/src/core/analyze';
import { extractCdktf } from '../../server/src/core/extract/cdktf/extractCdktf';
import { MAPPING_FACTS } from '../../server/src/core/facts/eventSourceMappingFacts';
import type { BlockFact } from '../../server/src/core/facts/factTypes';
import type { Problem } from '../../server/src/core/model/problem';
import { buildModuleIndex } from '../../server/src/core/module/moduleIndex';
import { ALL_RULES } from '../../server/src/core/rules';
import { analyzeFiles, FIXTURE_NOW } from '../support/analyzeFiles';
import { readExpectations, type Expectation } from '../support/annotations';
import { lineColumn } from '../support/lineColumn';
import { FIXTURES } from '../support/paths';

const RULES = path.join(FIXTURES, 'rules');
const STACKS = path.join(FIXTURES, 'cdktf');
/** Rules that cannot happen in a TypeScript file. */
const HCL_ONLY = new Set(['hcl-syntax']);

/**
 * A stack file is analysed on its own, as one module: its constructs refer to each other through
 * variables of the same file, so the file is what a Terraform module is to `.tf` files.
 */
function analyzeStack(file: string): Problem[] {
  const text = fs.readFileSync(file, 'utf8');
  const model = extractCdktf(text, file);
  return analyzeFile(model, buildModuleIndex([model]), { text, now: FIXTURE_NOW }).problems;
}

function checkAnnotations(file: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const actual = analyzeStack(file).map((p) => {
    const start = lineColumn(text, p.range.start);
    const end = lineColumn(text, p.range.end);
    return { ...p, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  });
  const expected = readExpectations(text);
  const show = (p: { line: number; column: number; code: string; severity: string }) => `${path.basename(file)}:${p.line + 1}:${p.column + 1} ${p.severity} ${p.code}`;
  const unmatched = [...actual];
  const missing: string[] = [];
  for (const e of expected) {
    const i = unmatched.findIndex((a) => matches(a, e));
    if (i >= 0) unmatched.splice(i, 1);
    else missing.push(show(e));
  }
  assert.deepEqual({ missing, unexpected: unmatched.map((u) => `${show(u)}: ${u.message}`) }, { missing: [], unexpected: [] });
}

function matches(a: { line: number; column: number; endLine: number; endColumn: number; code: string; severity: string }, e: Expectation): boolean {
  if (a.code !== e.code || a.severity !== e.severity || a.line !== e.line || a.column !== e.column) return false;
  // A range over several lines is compared by its start only.
  return a.endLine !== a.line || a.endColumn === e.endColumn;
}

/** Every snake_case argument and block name of the facts. */
const FACT_NAMES = new Set<string>();
(function collect(fact: BlockFact): void {
  for (const name of [...Object.keys(fact.attributes), ...Object.keys(fact.blocks)]) if (name.includes('_')) FACT_NAMES.add(name);
  for (const child of Object.values(fact.blocks)) collect(child);
})(MAPPING_FACTS);

const summary = (problems: readonly { severity: string; code: string }[]): string[] => problems.map((p) => `${p.severity} ${p.code}`).sort();

describe('CDKTF rule fixtures', () => {
  for (const ruleId of fs.readdirSync(RULES).sort()) {
    const twins = fs.readdirSync(path.join(RULES, ruleId)).filter((f) => f.endsWith('.ts')).sort();
    describe(ruleId, () => {
      if (!HCL_ONLY.has(ruleId)) {
        it('has a failing and a passing twin', () => {
          assert.ok(twins.some((t) => t.startsWith('ok-')), `no ok-*.ts twin in ${ruleId}`);
          assert.ok(twins.some((t) => !t.startsWith('ok-')), `no failing .ts twin in ${ruleId}`);
        });
      }
      for (const twin of twins) {
        const file = path.join(RULES, ruleId, twin);
        it(`${twin}: the annotations`, () => {
          checkAnnotations(file);
          if (!twin.startsWith('ok-')) assert.ok(readExpectations(fs.readFileSync(file, 'utf8')).some((e) => e.code === ruleId), 'a failing case must expect its own rule');
        });
        it(`${twin}: messages name the facts' arguments in camelCase`, () => {
          for (const problem of analyzeStack(file)) {
            const spans = [...problem.message.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).filter((code) => !/^(aws_|awscc_|data\.)/.test(code));
            const snake = spans.flatMap((code) => code.replace(/"[^"]*"/g, '').match(/[a-z][a-z0-9]*(?:_[a-z0-9]+)+/g) ?? []).filter((w) => FACT_NAMES.has(w));
            assert.deepEqual(snake, [], problem.message);
          }
        });
        it(`${twin}: the same findings as the .tf case`, async () => {
          const base = file.replace(/\.ts$/, '');
          const tfCase = fs.existsSync(`${base}.tf`) ? `${base}.tf` : base;
          assert.ok(fs.existsSync(tfCase), `${twin} has no .tf case (${path.basename(base)}.tf or ${path.basename(base)}/)`);
          assert.deepEqual(summary(analyzeStack(file)), summary(await analyzeFiles(tfCase)));
        });
      }
    });
  }
  it('knows every rule id it skips', () => {
    for (const id of HCL_ONLY) assert.ok(ALL_RULES.some((r) => r.id === id), id);
  });
});

describe('CDKTF stacks', () => {
  for (const file of fs.readdirSync(STACKS).filter((f) => f.endsWith('.ts')).sort()) {
    it(file, () => checkAnnotations(path.join(STACKS, file)));
  }
});
