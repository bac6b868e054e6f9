// tfvars files over JSON-RPC: a mapping's finding that depends on a variable follows the value the
// folder's tfvars files give it, as they are on disk, as the editor changes them (didChange), and as the
// file watcher reports them created or deleted. Nothing is ever published for a tfvars file itself.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileUri, type LspClient } from '../support/lspClient';
import { startInProcess } from '../support/inProcessServer';
import { FIXTURES } from '../support/paths';

const CASE = path.join(FIXTURES, 'rules', 'sqs-batch-window', 'batch-size-from-tfvars');
const codes = (d: { code?: string | number }[]) => d.map((x) => String(x.code)).sort();
const whole = (text: string) => [{ range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, text }];

describe('language server: tfvars files', () => {
  let folder: string;
  let client: LspClient;
  let main: string;
  let tfvars: string;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-tfvars-'));
    fs.cpSync(CASE, folder, { recursive: true });
    main = fileUri(path.join(folder, 'main.tf'));
    tfvars = fileUri(path.join(folder, 'terraform.tfvars'));
    client = await startInProcess({ workspaceFolder: folder, settings: { workspaceDiagnostics: true } });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('reads terraform.tfvars from disk in the workspace check, and publishes nothing for it', async () => {
    assert.deepEqual(codes(await client.diagnostics(main, (d) => d.length > 0)), ['sqs-batch-window']);
    await client.roundTrip();
    assert.equal(client.latestDiagnostics(tfvars), undefined);
  });

  it('checks the mapping again as terraform.tfvars is edited', async () => {
    client.open(tfvars, fs.readFileSync(path.join(folder, 'terraform.tfvars'), 'utf8'));
    // The value on line 2 (`orders_batch_size = 25`) becomes 10: the finding goes.
    client.change(tfvars, [{ range: { start: { line: 1, character: 20 }, end: { line: 1, character: 22 } }, text: '10' }]);
    assert.deepEqual(await client.diagnostics(main, (d) => d.length === 0), []);
    client.change(tfvars, whole('orders_batch_size = 50\n'));
    assert.deepEqual(codes(await client.diagnostics(main, (d) => d.length > 0)), ['sqs-batch-window']);
    // Half-typed: the file cannot be read, so the variable is unknown and nothing is said.
    client.change(tfvars, whole('orders_batch_size = [\n'));
    assert.deepEqual(await client.diagnostics(main, (d) => d.length === 0), []);
    await client.roundTrip();
    assert.equal(client.latestDiagnostics(tfvars), undefined);
  });

  it('goes back to the file on disk when the editor closes it', async () => {
    client.close(tfvars);
    assert.deepEqual(codes(await client.diagnostics(main, (d) => d.length > 0)), ['sqs-batch-window']);
  });

  it('follows tfvars files the watcher reports created and deleted', async () => {
    const auto = path.join(folder, 'small.auto.tfvars.json');
    fs.writeFileSync(auto, '{ "orders_batch_size": 10 }\n');
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(auto), type: 1 }] });
    assert.deepEqual(await client.diagnostics(main, (d) => d.length === 0), []);
    fs.rmSync(auto);
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(auto), type: 3 }] });
    assert.deepEqual(codes(await client.diagnostics(main, (d) => d.length > 0)), ['sqs-batch-window']);
  });
});
