// `lambda-esm check` reads a folder's tfvars files as Terraform does: the bundled CLI on a scratch copy of
// the rule fixture whose bad batch size comes from terraform.tfvars.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ensureFreshBundle, runCli } from '../support/cli';
import { FIXTURES } from '../support/paths';

const CASE = path.join(FIXTURES, 'rules', 'sqs-batch-window', 'batch-size-from-tfvars');
let dir = '';

describe('lambda-esm check with tfvars files', () => {
  before(() => {
    ensureFreshBundle();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-tfvars-'));
    fs.cpSync(CASE, path.join(dir, 'module'), { recursive: true });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports the value terraform.tfvars gives, on the mapping, and never on the tfvars file', () => {
    const { code, stdout } = runCli(['check', 'module'], dir);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /^module\/main\.tf:4:22: error sqs-batch-window: /m);
    assert.doesNotMatch(stdout, /tfvars/);
    assert.match(stdout.trim().split('\n').at(-1)!, / in 3 Terraform files\.$/);
  });

  it('reads the tfvars files of the folder when one file of it is named', () => {
    const { code, stdout } = runCli(['check', path.join('module', 'main.tf')], dir);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /^module\/main\.tf:4:22: error sqs-batch-window: /m);
  });

  it('follows the precedence: an auto file set after terraform.tfvars wins', () => {
    fs.writeFileSync(path.join(dir, 'module', 'small.auto.tfvars.json'), '{ "orders_batch_size": 10 }\n');
    try {
      const { code, stdout } = runCli(['check', 'module'], dir);
      assert.equal(code, 0, stdout);
    } finally {
      fs.rmSync(path.join(dir, 'module', 'small.auto.tfvars.json'));
    }
  });

  it('says nothing about a variable an unreadable tfvars file could set', () => {
    const broken = path.join(dir, 'broken');
    fs.cpSync(CASE, broken, { recursive: true });
    fs.writeFileSync(path.join(broken, 'terraform.tfvars'), 'orders_batch_size = 25\nregion = "eu-west-1\n');
    fs.writeFileSync(path.join(broken, 'variables.tf'), fs.readFileSync(path.join(broken, 'variables.tf'), 'utf8').replace('default     = 5', 'default     = 25'));
    const { code, stdout } = runCli(['check', 'broken'], dir);
    assert.equal(code, 0, stdout);
  });

  it('takes no tfvars file as a file to check', () => {
    const { code, stderr } = runCli(['check', path.join('module', 'terraform.tfvars')], dir);
    assert.equal(code, 2, stderr);
    assert.match(stderr, /read with its folder's Terraform files/);
  });
});
