// `lambda-esm check --fix` never loses a file: a write that fails part-way (a file size limit), a
// read-only file or folder, and an edit saved while the check runs all leave the file exactly as it was,
// with a one-line note on stderr and no temporary file left behind; the other files are still fixed.
// The file keeps its mode. A fix that would break the syntax is left out (guardedFixAll).

import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Parser } from 'web-tree-sitter';
import { fixPaths } from '../../server/src/cli/fixPaths';
import { guardedFixAll } from '../../server/src/core/fixes/guardedFixAll';
import type { Problem } from '../../server/src/core/model/problem';
import { syntaxErrorCount } from '../../server/src/syntaxErrorCount';
import { ensureFreshBundle, unprivilegedUser } from '../support/cli';
import { FIXTURES, REPO } from '../support/paths';
import { createTestParser } from '../support/wasm';

const BIN = path.join(REPO, 'bin', 'lambda-esm.js');
const MISTAKES = fs.readFileSync(path.join(FIXTURES, 'fixes', 'mistakes.tf'), 'utf8');
const FIXED = fs.readFileSync(path.join(FIXTURES, 'fixes', 'mistakes.fixed.tf'), 'utf8');

let scratch = '';
let parser: Parser;

/** A fresh folder anyone may use (the CLI may run as another user), with these files. */
function folderWith(files: Record<string, string>): string {
  const folder = fs.mkdtempSync(path.join(scratch, 'case-'));
  fs.chmodSync(folder, 0o777);
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(folder, name);
    if (!fs.existsSync(path.dirname(file))) {
      fs.mkdirSync(path.dirname(file));
      fs.chmodSync(path.dirname(file), 0o777);
    }
    fs.writeFileSync(file, text);
    fs.chmodSync(file, 0o666);
  }
  return folder;
}

function runFix(folder: string, args: readonly string[], options: { fileSizeLimitKb?: number; unprivileged?: boolean } = {}): { code: number | null; stdout: string; stderr: string } {
  const spawnOptions: SpawnSyncOptions = { cwd: folder, encoding: 'utf8', timeout: 60_000 };
  const { bin = BIN, ...ids } = options.unprivileged ? unprivilegedUser() : {};
  Object.assign(spawnOptions, ids);
  const command = ['check', '--fix', ...args];
  const result =
    options.fileSizeLimitKb === undefined
      ? spawnSync(process.execPath, [bin, ...command], spawnOptions)
      : spawnSync('bash', ['-c', `ulimit -f ${options.fileSizeLimitKb} && exec "$0" "$@"`, process.execPath, bin, ...command], spawnOptions);
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

describe('check --fix writes safely', () => {
  before(async () => {
    ensureFreshBundle();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-fix-'));
    fs.chmodSync(scratch, 0o755);
    parser = await createTestParser();
  });
  after(() => {
    parser.delete();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('leaves a file whole when the write fails part-way (a file size limit)', () => {
    // 97 KB: more than the 80 KB limit, so writing the fixed text fails after 80 KB.
    const big = MISTAKES + `# ${'padding '.repeat(12)}\n`.repeat(1000);
    assert.ok(Buffer.byteLength(big) > 90 * 1024);
    const folder = folderWith({ 'big.tf': big });
    const { code, stderr } = runFix(folder, ['big.tf'], { fileSizeLimitKb: 80 });
    assert.equal(fs.readFileSync(path.join(folder, 'big.tf'), 'utf8'), big);
    assert.deepEqual(fs.readdirSync(folder), ['big.tf'], 'a temporary file was left');
    assert.equal(stderr, 'lambda-esm: big.tf: not fixed: cannot write it: file size limit exceeded (EFBIG)\n');
    // It could not be written: an I/O error, as for a file that cannot be read.
    assert.equal(code, 4);
  });

  it('reports a read-only file in one line and still fixes the others', () => {
    const folder = folderWith({ 'a/main.tf': MISTAKES, 'b/main.tf': MISTAKES });
    fs.chmodSync(path.join(folder, 'a', 'main.tf'), 0o444);
    const { code, stderr } = runFix(folder, ['.'], { unprivileged: true });
    assert.equal(fs.readFileSync(path.join(folder, 'a', 'main.tf'), 'utf8'), MISTAKES);
    assert.equal(fs.statSync(path.join(folder, 'a', 'main.tf')).mode & 0o777, 0o444);
    assert.equal(fs.readFileSync(path.join(folder, 'b', 'main.tf'), 'utf8'), FIXED);
    assert.equal(stderr, `lambda-esm: ${path.join('a', 'main.tf')}: not fixed: cannot write it: permission denied (EACCES)\n`);
    assert.deepEqual([fs.readdirSync(path.join(folder, 'a')), fs.readdirSync(path.join(folder, 'b'))], [['main.tf'], ['main.tf']]);
    assert.equal(code, 4);
  });

  it('reports a file whose folder is read-only, and leaves nothing behind', () => {
    const folder = folderWith({ 'main.tf': MISTAKES });
    fs.chmodSync(folder, 0o555);
    try {
      const { code, stderr } = runFix(folder, ['main.tf'], { unprivileged: true });
      assert.equal(fs.readFileSync(path.join(folder, 'main.tf'), 'utf8'), MISTAKES);
      assert.deepEqual(fs.readdirSync(folder), ['main.tf']);
      assert.equal(stderr, 'lambda-esm: main.tf: not fixed: cannot write it: permission denied (EACCES)\n');
      assert.equal(code, 4);
    } finally {
      fs.chmodSync(folder, 0o777);
    }
  });

  it('keeps the mode of the file it replaces, and a symbolic link stays a link', () => {
    const folder = folderWith({ 'main.tf': MISTAKES });
    const file = path.join(folder, 'main.tf');
    fs.chmodSync(file, 0o640);
    fs.symlinkSync('main.tf', path.join(folder, 'link.tf'));
    const { code } = runFix(folder, ['link.tf']);
    assert.equal(code, 0);
    assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
    assert.equal(fs.statSync(file).mode & 0o7777, 0o640);
    assert.ok(fs.lstatSync(path.join(folder, 'link.tf')).isSymbolicLink());
  });

  it('does not overwrite an edit saved while the check ran', () => {
    const folder = folderWith({ 'main.tf': MISTAKES });
    const file = path.join(folder, 'main.tf');
    const saved = MISTAKES.replace('"process-orders"', '"process-orders-v2"');
    // The seam runs after the fixed text is written aside and before the original is replaced: the
    // moment an editor's save would go unnoticed.
    const { results, notes } = fixPaths([file], parser, { beforeReplace: (f) => fs.writeFileSync(f, saved) });
    assert.equal(fs.readFileSync(file, 'utf8'), saved);
    assert.deepEqual(fs.readdirSync(folder), ['main.tf']);
    assert.deepEqual(
      notes.map((n) => [path.basename(n.file), n.kind, n.message]),
      [['main.tf', 'changed', 'not fixed: the file changed while it was being checked; run again to fix it']],
    );
    // The results are those of the file as it is now, unfixed.
    assert.equal(results[0]!.text, saved);
    assert.ok(results[0]!.problems.some((p) => p.code === 'sqs-fifo-batching'));
  });

  it('leaves a file that is not UTF-8 as it is: writing it back would replace those bytes', () => {
    const folder = folderWith({});
    const file = path.join(folder, 'main.tf');
    // A Latin-1 comment (0xE9): read as U+FFFD, so the text analysed is not the file's.
    const bytes = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\n' + MISTAKES)]);
    fs.writeFileSync(file, bytes);
    const { notes } = fixPaths([file], parser);
    assert.ok(fs.readFileSync(file).equals(bytes));
    assert.deepEqual(
      notes.map((n) => n.kind),
      ['unwritable'],
    );
    assert.match(notes[0]!.message, /not valid UTF-8/);
  });

  it('leaves out a fix that would break the syntax, and keeps the others', () => {
    const text = 'resource "aws_lambda_event_source_mapping" "m" {\n  function_name = "f"\n}\n';
    const insert = (at: number, newText: string, title: string) => ({ title, preferred: true, edits: [{ range: { start: at, end: at }, newText }] });
    const problems: Problem[] = [
      { code: 'a', severity: 'error', message: 'a', range: { start: 0, end: 1 }, fixes: [insert(text.indexOf('}'), '  batch_size = 10\n', 'good')] },
      { code: 'b', severity: 'error', message: 'b', range: { start: 2, end: 3 }, fixes: [insert(text.indexOf('"f"'), '{', 'breaks')] },
    ];
    const fixed = guardedFixAll(text, problems, (t) => syntaxErrorCount('main.tf', t, parser));
    assert.deepEqual(
      fixed.dropped.map((f) => f.title),
      ['breaks'],
    );
    assert.equal(fixed.text, text.replace('}', '  batch_size = 10\n}'));
    assert.equal(syntaxErrorCount('main.tf', fixed.text, parser), 0);
    // Two arguments on one line: our grammar reads it, HashiCorp's HCL does not ("Missing newline
    // after argument"), and the guard counts it as an error too.
    const sameLine = [{ ...problems[0]!, fixes: [insert(text.indexOf('function_name'), 'batch_size = 10 ', 'same line')] }];
    assert.deepEqual(
      guardedFixAll(text, sameLine, (t) => syntaxErrorCount('main.tf', t, parser)).dropped.map((f) => f.title),
      ['same line'],
    );
    // A stack's TypeScript syntax errors count too.
    assert.equal(syntaxErrorCount('main.ts', 'import { LambdaEventSourceMapping } from "@cdktf/provider-aws/lib/lambda-event-source-mapping";\nconst x = {;\n', parser) > 0, true);
  });
});
