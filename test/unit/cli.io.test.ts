// `lambda-esm check` on files it cannot read: each is one line on standard error and exit code 4, never
// an internal error with a stack, and the other files are still checked. Runs the bundled CLI on
// scratch folders with unreadable folders, broken and looping links, named pipes and a closed pipe.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkPaths } from '../../server/src/cli/checkPaths';
import { cliCommand, ensureFreshBundle, runCli, unprivilegedUser } from '../support/cli';
import { REPO } from '../support/paths';
import { createTestParser } from '../support/wasm';

let dir = '';

const MAPPING = 'resource "aws_lambda_event_source_mapping" "m" {\n  event_source_arn = "arn:aws:sqs:us-east-1:123456789012:q"\n  function_name    = "f"\n  batch_size       = 20000\n}\n';

/** A scratch folder with `files` (path → text); a text starting with `->` makes a symbolic link. */
function folder(name: string, files: Record<string, string>): string {
  const root = path.join(dir, name);
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(root, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    if (text.startsWith('->')) fs.symlinkSync(text.slice(2), full);
    else fs.writeFileSync(full, text);
  }
  return root;
}

/** The CLI's one-line messages: no stack, no internal error. */
function assertOneLiners(stderr: string): string[] {
  assert.doesNotMatch(stderr, /internal error|^\s+at /m, stderr);
  return stderr.trim().split('\n');
}

describe('lambda-esm check on what it cannot read', () => {
  before(() => {
    ensureFreshBundle();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-io-'));
    // The unprivileged user must reach the scratch folders.
    fs.chmodSync(dir, 0o755);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports a folder without read permission, exits 4 and still checks the others', () => {
    const user = unprivilegedUser();
    const root = folder('locked', { 'locked/main.tf': MAPPING, 'readable/main.tf': MAPPING, 'readable/nested/locked/main.tf': MAPPING });
    for (const p of ['locked', 'readable/nested/locked']) fs.chmodSync(path.join(root, p), 0o000);
    try {
      const { code, stdout, stderr } = runCli(['check', 'locked', 'readable'], root, undefined, user);
      assert.deepEqual(assertOneLiners(stderr), ['lambda-esm: cannot check locked: permission denied', 'lambda-esm: cannot check readable/nested/locked: permission denied']);
      assert.match(stdout, /^readable\/main\.tf:4:\d+: error sqs-batch-window: /m);
      assert.match(stdout, /in 1 Terraform file\. 2 could not be checked\.$/m);
      assert.equal(code, 4);
    } finally {
      for (const p of ['locked', 'readable/nested/locked']) fs.chmodSync(path.join(root, p), 0o755);
    }
  });

  it('reports a file without read permission', () => {
    const user = unprivilegedUser();
    const root = folder('locked-file', { 'main.tf': MAPPING, 'secret.tf': MAPPING });
    fs.chmodSync(path.join(root, 'secret.tf'), 0o000);
    const { code, stdout, stderr } = runCli(['check', '.'], root, undefined, user);
    assert.deepEqual(assertOneLiners(stderr), ['lambda-esm: cannot check secret.tf: permission denied']);
    assert.match(stdout, /^main\.tf:4:/m);
    assert.equal(code, 4);
  });

  it('checks a named file of a folder it cannot list, and says the folder could not be read', () => {
    const user = unprivilegedUser();
    const root = folder('unlisted', { 'mod/main.tf': MAPPING, 'mod/other.tf': MAPPING });
    fs.chmodSync(path.join(root, 'mod'), 0o311);
    try {
      const { code, stdout, stderr } = runCli(['check', 'mod/main.tf'], root, undefined, user);
      assert.deepEqual(assertOneLiners(stderr), ['lambda-esm: cannot check mod: permission denied']);
      assert.match(stdout, /^mod\/main\.tf:4:\d+: error sqs-batch-window: /m);
      assert.equal(code, 4);
    } finally {
      fs.chmodSync(path.join(root, 'mod'), 0o755);
    }
  });

  it('reports broken and looping links and named pipes, named or found, without waiting on a pipe', () => {
    const root = folder('odd', { 'mod/main.tf': MAPPING, 'mod/broken.tf': '->missing.tf', 'mod/self.tf': '->self.tf', 'mod/readme.md': '->missing.md', 'alone.tf': '->nowhere.tf' });
    spawnSync('mkfifo', [path.join(root, 'mod', 'pipe.tf'), path.join(root, 'pipe.tf')]);
    const { code, stdout, stderr } = runCli(['check', 'mod', 'alone.tf', 'pipe.tf'], root);
    assert.deepEqual(assertOneLiners(stderr), [
      'lambda-esm: cannot check alone.tf: broken symbolic link',
      'lambda-esm: cannot check mod/broken.tf: broken symbolic link',
      'lambda-esm: cannot check mod/pipe.tf: not a regular file: a named pipe (FIFO)',
      'lambda-esm: cannot check mod/self.tf: too many levels of symbolic links (a link loop)',
      'lambda-esm: cannot check pipe.tf: not a regular file: a named pipe (FIFO)',
    ]);
    assert.match(stdout, /^mod\/main\.tf:4:\d+: error sqs-batch-window: /m);
    assert.match(stdout, /in 1 Terraform file\. 5 could not be checked\.$/m);
    assert.equal(code, 4, 'an unreadable file outranks the errors found');
  });

  it('reports a settings file that cannot be read instead of checking without it', () => {
    const root = folder('settings', { 'main.tf': MAPPING, '.lambda-esm.json': '->gone.json' });
    const { code, stderr } = runCli(['check', '.'], root);
    assert.deepEqual(assertOneLiners(stderr), ['lambda-esm: cannot check main.tf: cannot read .lambda-esm.json: broken symbolic link']);
    assert.equal(code, 4);
  });

  it('follows linked files and folders, and reads a folder reached again through a link cycle once', () => {
    const root = folder('links', { 'shared/main.tf': MAPPING, 'work/mod/main.tf': MAPPING, 'work/mod/up': '->..', 'work/linked': '->../shared', 'work/file.tf': '->../shared/main.tf' });
    const { code, stdout, stderr } = runCli(['check', '.'], path.join(root, 'work'));
    assert.equal(stderr, '');
    const lines = stdout.trim().split('\n');
    assert.deepEqual(lines.slice(0, -1).map((line) => line.split(':')[0]), ['file.tf', 'linked/main.tf', 'mod/main.tf']);
    assert.equal(lines.at(-1), '3 problems (3 errors, 0 warnings) in 3 Terraform files.');
    assert.equal(code, 1);
  });

  it('stops quietly when the reader of its output goes away (`| head -1`)', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 600; i++) files[`f${String(i).padStart(3, '0')}.tf`] = MAPPING;
    const root = folder('many', files);
    // SARIF is long (about 1 KB a finding): far more than a pipe holds, so the writer meets a closed pipe.
    const shell = spawnSync('bash', ['-c', `${cliCommand(['check', '.', '--format', 'sarif'])} | head -1; echo "exit \${PIPESTATUS[0]}" >&2`], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    assert.equal(shell.stdout, '{\n');
    assert.equal(shell.stderr, 'exit 1\n', 'no stack, and the exit code of the findings');
  });

  it('SARIF uris are percent-encoded and relative to %SRCROOT%', () => {
    const root = folder('sarif names', { 'a b#c%d/é.tf': MAPPING });
    const { stdout } = runCli(['check', '.', '--format', 'sarif'], root);
    type Sarif = { runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[] };
    const run = (JSON.parse(stdout) as Sarif).runs[0]!;
    const location = run.results[0]!.locations[0]!.physicalLocation.artifactLocation;
    assert.deepEqual(location, { uri: 'a%20b%23c%25d/%C3%A9.tf', uriBaseId: '%SRCROOT%' });
    const base = run.originalUriBaseIds['%SRCROOT%']!.uri;
    assert.equal(decodeURIComponent(new URL(location.uri, base).pathname), path.join(fs.realpathSync(root), 'a b#c%d', 'é.tf').split(path.sep).join('/'));
  });

  it('names CDKTF properties as written in its messages (`__proto__`, not `_Proto__`)', () => {
    const file = path.join('test', 'fixtures', 'rules', 'unknown-argument', 'names-as-written.ts');
    const text = fs.readFileSync(path.join(REPO, file), 'utf8').split('\n');
    const { stdout } = runCli(['check', file, '--format', 'json'], REPO);
    const found = (JSON.parse(stdout) as { line: number; column: number; endColumn: number; code: string; message: string }[]).filter((f) => f.code === 'unknown-argument');
    assert.equal(found.length, 4);
    for (const f of found) {
      const written = text[f.line - 1]!.slice(f.column - 1, f.endColumn - 1).replace(/^'(.*)'$/, '$1');
      assert.equal(/^`([^`]+)`/.exec(f.message)?.[1], written, f.message);
    }
  });
});

describe('checkPaths', () => {
  it('reports a file whose checking throws as an internal error, and checks the others', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-throws-'));
    try {
      fs.writeFileSync(path.join(root, 'a.tf'), MAPPING);
      fs.writeFileSync(path.join(root, 'b.tf'), MAPPING.replace('"m"', '"n"'));
      const parser = await createTestParser();
      // The first file parsed (a.tf: members are read in order) throws, as a bug in a front end would.
      let calls = 0;
      const failing = new Proxy(parser, {
        get: (target, key) =>
          key === 'parse'
            ? (...args: unknown[]) => {
                if (calls++ === 0) throw new RangeError('Maximum call stack size exceeded');
                return (target.parse as (...a: unknown[]) => unknown)(...args);
              }
            : (Reflect.get(target, key) as unknown),
      });
      const results = checkPaths([root], failing);
      parser.delete();
      assert.deepEqual(
        results.map((r) => [path.basename(r.file), r.failure, r.problems.map((p) => p.code)]),
        [
          ['a.tf', { kind: 'internal', reason: 'RangeError: Maximum call stack size exceeded' }, []],
          ['b.tf', undefined, ['sqs-batch-window']],
        ],
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
