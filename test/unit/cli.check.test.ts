// `lambda-esm check` end to end: the bundled CLI run as a child process on the examples and on scratch
// copies of the fix-all cases, in every output format, with `--fix`, and with bad usage.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ensureFreshBundle, runCli } from '../support/cli';
import { FIXTURES, REPO } from '../support/paths';

let dir = '';

describe('lambda-esm check', () => {
  before(() => {
    ensureFreshBundle();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-check-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports the mistakes of the bundled examples and exits 1', () => {
    const { code, stdout } = runCli(['check', 'examples'], REPO);
    assert.equal(code, 1);
    assert.match(stdout, /^examples\/terraform\/main\.tf:\d+:\d+: error event-source-arn-invalid: /m);
    assert.match(stdout, /^examples\/cdktf\/main\.ts:\d+:\d+: error /m);
    assert.match(stdout.trim().split('\n').at(-1)!, /^\d+ problems \(\d+ errors?, \d+ warnings?\) in 4 Terraform files\.$/);
  });

  it('prints the same findings as JSON and as SARIF 2.1.0', () => {
    const text = runCli(['check', 'examples'], REPO).stdout.trim().split('\n').slice(0, -1);
    type Finding = { file: string; line: number; column: number; severity: string; code: string; message: string };
    const json = JSON.parse(runCli(['check', 'examples', '--format', 'json'], REPO).stdout) as Finding[];
    assert.deepEqual(json.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code}: ${f.message}`), text);
    const sarif = JSON.parse(runCli(['check', 'examples', '--format=sarif'], REPO).stdout) as { version: string; runs: { results: unknown[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0]!.results.length, text.length);
  });

  for (const name of ['mistakes.tf', 'mistakes.ts', 'mistakes.tf.json']) {
    it(`--fix writes the safe fixes into ${name} and reports what is left`, () => {
      const folder = fs.mkdtempSync(path.join(dir, 'fix-'));
      const file = path.join(folder, name);
      fs.copyFileSync(path.join(FIXTURES, 'fixes', name), file);
      const { code, stdout } = runCli(['check', '--fix', '.'], folder);
      assert.equal(code, 0, stdout);
      assert.match(stdout, /^No problems in 1 Terraform file\./);
      assert.equal(fs.readFileSync(file, 'utf8'), fs.readFileSync(path.join(FIXTURES, 'fixes', name.replace(/(\.tf\.json|\.tf|\.ts)$/, '.fixed$1')), 'utf8'));
    });
  }

  it('--fix runs again when a fix reveals another mistake', () => {
    const folder = fs.mkdtempSync(path.join(dir, 'passes-'));
    // The queue URL hides that the queue is FIFO; once it is an ARN, the batch of 25 is too large.
    const before = `resource "aws_sqs_queue" "orders" {
  name       = "orders.fifo"
  fifo_queue = true
}

resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = aws_sqs_queue.orders.url
  function_name    = "process-orders"
  batch_size       = 25
}
`;
    fs.writeFileSync(path.join(folder, 'main.tf'), before);
    assert.equal(runCli(['check', '--fix'], folder).code, 0);
    assert.equal(fs.readFileSync(path.join(folder, 'main.tf'), 'utf8'), before.replace('orders.url', 'orders.arn').replace('= 25', '= 10'));
  });

  it('leaves a finding without a safe fix, and the file, as they are', () => {
    const folder = fs.mkdtempSync(path.join(dir, 'unfixable-'));
    const text = 'resource "aws_lambda_event_source_mapping" "m" {\n  function_name = "f"\n}\n';
    fs.writeFileSync(path.join(folder, 'main.tf'), text);
    const { code, stdout } = runCli(['check', '--fix', 'main.tf'], folder);
    assert.equal(code, 1);
    assert.match(stdout, /exactly-one-source/);
    assert.equal(fs.readFileSync(path.join(folder, 'main.tf'), 'utf8'), text);
  });

  it('exits 2 on bad usage', () => {
    for (const args of [['check', '--frmat', 'json'], ['check', '--format', 'xml'], ['check', 'no-such-folder'], ['check', 'package.json'], ['lint']]) {
      const { code, stderr } = runCli(args, REPO);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^lambda-esm: /);
    }
  });
});
