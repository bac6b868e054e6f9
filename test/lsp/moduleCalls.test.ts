// Module calls over JSON-RPC: the caller's diagnostics hold what the values it passes cause in the child
// module (a local folder of the workspace, or one `terraform init` installed), they follow an edit of the
// child in the editor, and they follow `.terraform/modules/modules.json` as the watcher reports it.
// Nothing is published for the installed module's own files.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileUri, type LspClient } from '../support/lspClient';
import { startInProcess } from '../support/inProcessServer';
import { FIXTURES } from '../support/paths';

const LOCAL = path.join(FIXTURES, 'rules', 'sqs-batch-window', 'module-map-of-mappings');
const INSTALLED = path.join(FIXTURES, 'rules', 'value-out-of-range', 'module-called-twice');
const codes = (d: { code?: string | number }[]) => d.map((x) => String(x.code)).sort();
const lines = (d: { range: { start: { line: number } } }[]) => d.map((x) => x.range.start.line).sort();
type Diagnostics = Awaited<ReturnType<LspClient['diagnostics']>>;

describe('language server: module calls', () => {
  let folder: string;
  let client: LspClient;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-modules-'));
    fs.cpSync(LOCAL, path.join(folder, 'local'), { recursive: true });
    fs.cpSync(INSTALLED, path.join(folder, 'installed'), { recursive: true });
    client = await startInProcess({ workspaceFolder: folder, settings: { workspaceDiagnostics: true } });
  });
  /** The file's diagnostics once they satisfy `done`: the ones already published (the workspace check ran), or the next. */
  function settled(uri: string, done: (d: Diagnostics) => boolean): Promise<Diagnostics> {
    const latest = client.latestDiagnostics(uri);
    return latest && done(latest) ? Promise.resolve(latest) : client.diagnostics(uri, done);
  }
  after(async () => {
    assert.equal(await client.stop(), 0);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('reports on the entry of the map a local module call passes, and follows an edit of the child', async () => {
    const caller = fileUri(path.join(folder, 'local', 'main.tf'));
    const child = fileUri(path.join(folder, 'local', 'modules', 'lambda', 'main.tf'));
    const first = await settled(caller, (d) => d.length > 0);
    assert.deepEqual([codes(first), lines(first)], [['sqs-batch-window'], [9]]);
    // The child gets a default window: the caller's finding goes.
    const text = fs.readFileSync(path.join(folder, 'local', 'modules', 'lambda', 'main.tf'), 'utf8');
    client.open(child, text);
    client.change(child, [{ text: text.replace('try(each.value.maximum_batching_window_in_seconds, null)', 'try(each.value.maximum_batching_window_in_seconds, 5)') }]);
    assert.deepEqual(await client.diagnostics(caller, (d) => d.length === 0), []);
    client.close(child);
  });

  it('reads an installed module once `terraform init` wrote its manifest, and reports nothing on its files', async () => {
    const caller = fileUri(path.join(folder, 'installed', 'main.tf'));
    assert.deepEqual(codes(await settled(caller, (d) => d.length > 0)), ['value-out-of-range']);
    const manifest = path.join(folder, 'installed', '.terraform', 'modules', 'modules.json');
    const saved = fs.readFileSync(manifest, 'utf8');
    fs.rmSync(manifest);
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(manifest), type: 3 }] });
    assert.deepEqual(await client.diagnostics(caller, (d) => d.length === 0), []);
    fs.writeFileSync(manifest, saved);
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(manifest), type: 1 }] });
    assert.deepEqual(codes(await client.diagnostics(caller, (d) => d.length > 0)), ['value-out-of-range']);
    await client.roundTrip();
    assert.equal(client.latestDiagnostics(fileUri(path.join(folder, 'installed', '.terraform', 'modules', 'bulk_consumer', 'main.tf'))), undefined);
  });
});

describe('language server: instances point where their value is written', () => {
  let client: LspClient;
  before(async () => {
    client = await startInProcess({ settings: { debounceMs: 0 } });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it('a finding of one for_each instance points at its entry of the locals map', async () => {
    const file = path.join(FIXTURES, 'rules', 'value-out-of-range', 'for-each-instance.tf');
    const text = fs.readFileSync(file, 'utf8');
    const uri = 'file:///virtual/instances/main.tf';
    client.open(uri, text);
    const [finding] = await client.diagnostics(uri, (d) => d.length > 0);
    assert.match(String(finding!.message), /Only in instance `\["bulk"\]` \(1 of 3\)\.$/);
    const lines = text.split('\n');
    const entry = lines.findIndex((l) => l.includes('bulk   = {'));
    assert.deepEqual(finding!.relatedInformation, [
      {
        location: { uri, range: { start: { line: entry, character: lines[entry]!.indexOf('20000') }, end: { line: entry, character: lines[entry]!.indexOf('20000') + 5 } } },
        message: 'The value is written here for instance ["bulk"].',
      },
    ]);
    client.close(uri);
  });
});
