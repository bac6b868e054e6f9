// Every case under test/fixtures/rules/<rule-id>/ must produce exactly the diagnostics its caret
// annotations state: no more, no fewer. Cases with no annotation must produce none.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ALL_RULES } from '../../server/src/core/rules';
import { analyzeFiles, type LocatedProblem } from '../support/analyzeFiles';
import { readExpectations } from '../support/annotations';
import { FIXTURES } from '../support/paths';

const ROOT = path.join(FIXTURES, 'rules');

describe('rule fixtures', () => {
  for (const ruleId of fs.readdirSync(ROOT).sort()) {
    describe(ruleId, () => {
      it('is a known rule id', () => {
        assert.ok(ALL_RULES.some((r) => r.id === ruleId), `no rule has the id ${ruleId}`);
      });
      // Terraform cases: `.tf` files and folders (modules). `.ts` twins are the CDKTF front end's.
      const cases = fs.readdirSync(path.join(ROOT, ruleId), { withFileTypes: true }).filter((e) => e.isDirectory() || e.name.endsWith('.tf'));
      for (const entry of cases.map((e) => e.name).sort()) {
        it(entry, async () => {
          const target = path.join(ROOT, ruleId, entry);
          const files = fs.statSync(target).isDirectory()
            ? fs.readdirSync(target).filter((f) => f.endsWith('.tf')).map((f) => path.join(target, f))
            : [target];
          const actual = await analyzeFiles(target);
          const expected = files.flatMap((file) => readExpectations(fs.readFileSync(file, 'utf8')).map((e) => ({ ...e, file })));
          const show = (p: { file: string; line: number; column: number; code: string; severity: string }) =>
            `${path.basename(p.file)}:${p.line + 1}:${p.column + 1} ${p.severity} ${p.code}`;
          const unmatched = [...actual];
          const missing: string[] = [];
          for (const e of expected) {
            const i = unmatched.findIndex((a) => matches(a, e));
            if (i >= 0) unmatched.splice(i, 1);
            else missing.push(show(e));
          }
          assert.deepEqual(
            { missing, unexpected: unmatched.map((u) => `${show(u)}: ${u.message}`) },
            { missing: [], unexpected: [] },
          );
          if (!path.basename(entry).startsWith('ok-')) assert.ok(expected.some((e) => e.code === ruleId), 'a failing case must expect its own rule');
        });
      }
    });
  }
});

function matches(a: LocatedProblem, e: { file: string; line: number; column: number; endColumn: number; code: string; severity: string }): boolean {
  if (a.file !== e.file || a.code !== e.code || a.severity !== e.severity || a.line !== e.line || a.column !== e.column) return false;
  // A range over several lines is compared by its start only.
  return a.endLine !== a.line || a.endColumn === e.endColumn;
}
