// The text of every finding and fix title the rule fixtures (and the Terraform JSON cases) produce:
// the annotations check ids and places, these snapshots the words (a TypeScript message names arguments
// in camelCase, a Terraform one in snake_case). A case with findings has a `<case>.messages.txt` beside
// it; a case without has none. LAMBDA_ESM_UPDATE_SNAPSHOTS=1 writes them instead (review the diff).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../server/src/core/analyze';
import { extractCdktf } from '../../server/src/core/extract/cdktf/extractCdktf';
import type { Problem } from '../../server/src/core/model/problem';
import { buildModuleIndex } from '../../server/src/core/module/moduleIndex';
import { analyzeFiles, FIXTURE_NOW } from '../support/analyzeFiles';
import { lineColumn } from '../support/lineColumn';
import { FIXTURES } from '../support/paths';

const ROOT = path.join(FIXTURES, 'rules');
const TERRAFORM_JSON = path.join(FIXTURES, 'tfjson');

/** A stack is analysed on its own, as one module (as the CDKTF fixture test does). */
function stackProblems(file: string): { file: string; line: number; column: number; problem: Problem }[] {
  const text = fs.readFileSync(file, 'utf8');
  const model = extractCdktf(text, file);
  return analyzeFile(model, buildModuleIndex([model]), { text, now: FIXTURE_NOW }).problems.map((problem) => ({ file, ...lineColumn(text, problem.range.start), problem }));
}

function render(target: string, found: readonly { file: string; line: number; column: number; problem: Problem }[]): string {
  const lines: string[] = [];
  for (const { file, line, column, problem } of found) {
    const where = file === target ? '' : `${path.relative(target, file)}:`;
    lines.push(`${where}${line + 1}:${column + 1} ${problem.severity} ${problem.code}: ${problem.message}`);
    for (const fix of problem.fixes ?? []) lines.push(`  fix: ${fix.title}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** Compares (or writes) the snapshot of one case: a file, or a folder analysed as one module. */
async function checkSnapshot(target: string): Promise<void> {
  const found = target.endsWith('.ts')
    ? stackProblems(target)
    : (await analyzeFiles(target)).map((p) => ({ file: p.file, line: p.line, column: p.column, problem: p }));
  const actual = render(target, found);
  const snapshot = `${target}.messages.txt`;
  if (process.env['LAMBDA_ESM_UPDATE_SNAPSHOTS'] === '1') {
    if (actual) fs.writeFileSync(snapshot, actual);
    else fs.rmSync(snapshot, { force: true });
    return;
  }
  assert.equal(actual, fs.existsSync(snapshot) ? fs.readFileSync(snapshot, 'utf8') : '');
}

function checkNoStraySnapshot(dir: string, cases: readonly string[]): void {
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.messages.txt'))) assert.ok(cases.includes(name.slice(0, -'.messages.txt'.length)), name);
}

describe('rule fixture messages', () => {
  for (const ruleId of fs.readdirSync(ROOT).sort()) {
    describe(ruleId, () => {
      const dir = path.join(ROOT, ruleId);
      const entries = fs.readdirSync(dir, { withFileTypes: true });
      const cases = entries.filter((e) => e.isDirectory() || e.name.endsWith('.tf') || e.name.endsWith('.ts')).map((e) => e.name).sort();
      for (const entry of cases) it(entry, () => checkSnapshot(path.join(dir, entry)));
      it('has no snapshot without its case', () => checkNoStraySnapshot(dir, cases));
    });
  }
});

describe('Terraform JSON messages', () => {
  const cases = fs.readdirSync(TERRAFORM_JSON).filter((f) => f.endsWith('.tf.json')).sort();
  for (const file of cases) it(file, () => checkSnapshot(path.join(TERRAFORM_JSON, file)));
  it('has no snapshot without its case', () => checkNoStraySnapshot(TERRAFORM_JSON, cases));
});
