// `lambda-esm check` follows module calls: a local child module and one `terraform init` installed under
// `.terraform/modules/`, each checked with the values its call passes, the findings reported on the
// caller's values. The bundled CLI runs on scratch copies of the rule fixtures.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ensureFreshBundle, runCli } from '../support/cli';
import { FIXTURES } from '../support/paths';

const LOCAL = path.join(FIXTURES, 'rules', 'sqs-batch-window', 'module-map-of-mappings');
const INSTALLED = path.join(FIXTURES, 'rules', 'value-out-of-range', 'module-called-twice');
let dir = '';

describe('lambda-esm check with module calls', () => {
  before(() => {
    ensureFreshBundle();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-modules-'));
    fs.cpSync(LOCAL, path.join(dir, 'local'), { recursive: true });
    fs.cpSync(INSTALLED, path.join(dir, 'installed'), { recursive: true });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports what a map of mappings passed to a local module causes, on the entry, once', () => {
    const { code, stdout } = runCli(['check', 'local'], dir);
    assert.equal(code, 1, stdout);
    const findings = stdout.split('\n').filter((l) => /: (error|warning)/.test(l));
    assert.deepEqual(findings.map((l) => l.split(': ').slice(0, 2).join(': ')), ['local/main.tf:10:26: error sqs-batch-window']);
    assert.match(findings[0]!, /\(module `consumer`: `aws_lambda_event_source_mapping\.this` in modules\/lambda\/main\.tf\)$/);
  });

  it('reads a registry module from .terraform/modules, once per call, never reporting on its files', () => {
    const { code, stdout } = runCli(['check', 'installed'], dir);
    assert.equal(code, 1, stdout);
    const findings = stdout.split('\n').filter((l) => /: (error|warning)/.test(l));
    assert.deepEqual(findings.map((l) => l.split(': ').slice(0, 2).join(': ')), ['installed/main.tf:16:22: error value-out-of-range']);
    assert.doesNotMatch(stdout, /\.terraform\/modules\/bulk_consumer\/main\.tf:/);
  });

  it('without the manifest, an installed module is not found and nothing is guessed', () => {
    fs.rmSync(path.join(dir, 'installed', '.terraform', 'modules', 'modules.json'));
    const { code, stdout } = runCli(['check', 'installed'], dir);
    assert.equal(code, 0, stdout);
  });
});
