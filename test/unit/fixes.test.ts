// Quick fixes in every syntax. Every fix offered on any fixture (the rule cases in Terraform and their
// CDKTF twins, the Terraform JSON cases) is applied on its own: the file must still parse, and the
// finding it fixes must be gone. The cases in test/fixtures/fixes/ pin the exact text "fix all" writes.
// A fixed Terraform file is also read by HashiCorp's own HCL parser (@cdktf/hcl2json), which is stricter
// than our grammar about line breaks (an argument must end its line), and a fix in a file with CRLF line
// endings must write CRLF.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { parse as parseJson, type ParseError } from 'jsonc-parser';
import * as ts from 'typescript';
import { applyEdits, fixAllEdits } from '../../server/src/core/fixes/fixAll';
import { analyzeFiles, type LocatedProblem } from '../support/analyzeFiles';
import { FIXTURES } from '../support/paths';

const SCRATCH = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-fixes-'));
after(() => fs.rmSync(SCRATCH, { recursive: true, force: true }));

/** Every fixture case: a file, or a folder analysed as one module. */
function cases(): string[] {
  const out: string[] = [];
  const rules = path.join(FIXTURES, 'rules');
  for (const rule of fs.readdirSync(rules).sort()) {
    for (const entry of fs.readdirSync(path.join(rules, rule)).sort()) out.push(path.join(rules, rule, entry));
  }
  for (const file of fs.readdirSync(path.join(FIXTURES, 'tfjson')).sort()) if (file.endsWith('.tf.json')) out.push(path.join(FIXTURES, 'tfjson', file));
  return out;
}

/** Syntax errors of a file by its own parser; HCL's come from the analysis (`hcl-syntax`). */
function syntaxErrors(file: string, text: string, problems: readonly LocatedProblem[]): string[] {
  if (file.endsWith('.tf.json')) {
    const errors: ParseError[] = [];
    parseJson(text, errors, { allowTrailingComma: false, disallowComments: true });
    return errors.map((e) => `JSON error ${e.error} at ${e.offset}`);
  }
  if (file.endsWith('.ts')) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    return ((source as { parseDiagnostics?: ts.Diagnostic[] }).parseDiagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
  }
  return problems.filter((p) => p.file === file && p.code === 'hcl-syntax').map((p) => p.message);
}

/** Copies a case to a scratch folder with one file's text replaced; returns the copy's path and file. */
function copyWith(target: string, file: string, text: string, n: number): { target: string; file: string } {
  const dir = path.join(SCRATCH, String(n));
  fs.mkdirSync(dir, { recursive: true });
  if (fs.statSync(target).isDirectory()) {
    for (const f of fs.readdirSync(target)) fs.copyFileSync(path.join(target, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, path.basename(file)), text);
    return { target: dir, file: path.join(dir, path.basename(file)) };
  }
  const copy = path.join(dir, path.basename(file));
  fs.writeFileSync(copy, text);
  return { target: copy, file: copy };
}

// Loaded with require: the package's typings pull in the DOM lib, which would leak into every test file.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hcl2json = require('@cdktf/hcl2json') as { parse(filename: string, contents: string): Promise<unknown> };

/** HashiCorp HCL's complaint about a Terraform file, or '' when it reads it. */
async function hclError(text: string): Promise<string> {
  try {
    await hcl2json.parse('main.tf', text);
    return '';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Line breaks that are not CRLF, in a text that should have only CRLF. */
const bareLineFeeds = (text: string): number => text.split('\n').filter((line, i, lines) => i < lines.length - 1 && !line.endsWith('\r')).length;

const count = (problems: readonly LocatedProblem[], file: string, code: string): number => problems.filter((p) => p.file === file && p.code === code).length;

let n = 0;

describe('every quick fix on every fixture', () => {
  const applied = { '.tf': 0, '.ts': 0, '.tf.json': 0 };
  for (const target of cases()) {
    it(path.relative(FIXTURES, target), async () => {
      const problems = await analyzeFiles(target);
      for (const problem of problems) {
        for (const fix of problem.fixes ?? []) {
          const text = fs.readFileSync(problem.file, 'utf8');
          const fixed = applyEdits(text, fix.edits);
          const copy = copyWith(target, problem.file, fixed, n++);
          const after = (await analyzeFiles(copy.target)).map((p) => ({ ...p, file: p.file === copy.file ? problem.file : p.file }));
          const what = `${path.basename(problem.file)}: ${problem.code}: "${fix.title}"`;
          // No new syntax error (a case about syntax errors has some before the fix).
          const before = syntaxErrors(problem.file, text, problems).length;
          assert.ok(syntaxErrors(problem.file, fixed, after).length <= before, `${what} broke the syntax:\n${fixed}`);
          if (problem.file.endsWith('.tf') && (await hclError(text)) === '') assert.equal(await hclError(fixed), '', `${what} broke the syntax for Terraform:\n${fixed}`);
          assert.ok(count(after, problem.file, problem.code) < count(problems, problem.file, problem.code), `${what} did not fix it:\n${fixed}`);
          const ext = problem.file.endsWith('.tf.json') ? '.tf.json' : path.extname(problem.file);
          applied[ext as keyof typeof applied]++;
        }
      }
    });
  }
  it('applied fixes in every syntax', (t) => {
    t.diagnostic(`fixes applied: ${JSON.stringify(applied)}`);
    // A floor, so a change that stops offering fixes in one syntax cannot pass unnoticed.
    assert.ok(applied['.tf'] >= 25 && applied['.ts'] >= 20 && applied['.tf.json'] >= 3, JSON.stringify(applied));
  });
});

describe('fix all', () => {
  const dir = path.join(FIXTURES, 'fixes');
  for (const file of fs.readdirSync(dir).filter((f) => /\.(tf|tf\.json|ts)$/.test(f) && !f.includes('.fixed.')).sort()) {
    it(file, async () => {
      const source = path.join(dir, file);
      const text = fs.readFileSync(source, 'utf8');
      const fixed = applyEdits(text, fixAllEdits(await analyzeFiles(source)));
      const expectedFile = path.join(dir, file.replace(/(\.tf\.json|\.tf|\.ts)$/, '.fixed$1'));
      if (process.env['LAMBDA_ESM_UPDATE_SNAPSHOTS'] === '1') fs.writeFileSync(expectedFile, fixed);
      assert.equal(fixed, fs.readFileSync(expectedFile, 'utf8'));
      if (file.startsWith('crlf.')) assert.equal(bareLineFeeds(fixed), 0, 'a fix in a CRLF file wrote LF');
      if (file.endsWith('.tf')) assert.equal(await hclError(fixed), '');
      // These cases hold only mistakes that fix all removes: the fixed file, on its own, is clean.
      const copy = copyWith(source, source, fixed, n++);
      assert.deepEqual((await analyzeFiles(copy.target)).map((p) => `${p.code}: ${p.message}`), []);
    });
  }
});
