// The workspace check over JSON-RPC: it reports progress, answers the editor while it reads a large
// workspace (what is asked during indexing is answered before indexing ends: ordering, not timing), does
// open files' modules first, restarts when settings change, and one file that cannot be read costs no other
// file its findings.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileUri, LspClient, type ServerEvent } from '../support/lspClient';
import { startInProcess } from '../support/inProcessServer';

const QUEUE = `resource "aws_sqs_queue" "jobs" {
  visibility_timeout_seconds = 30
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  timeout       = 60
}
`;

/** A mapping whose visibility-timeout finding needs QUEUE, its neighbour, and one finding of its own. */
const MAPPING = `resource "aws_lambda_event_source_mapping" "jobs" {
  event_source_arn  = aws_sqs_queue.jobs.arn
  function_name     = aws_lambda_function.worker.arn
  starting_position = "LATEST"
}
`;

const sqs = (name: string) => `resource "aws_lambda_event_source_mapping" "${name}" {
  event_source_arn  = "arn:aws:sqs:us-east-1:123456789012:${name}"
  function_name     = "process-${name}"
  starting_position = "LATEST"
}
`;

const codes = (d: { code?: string | number }[]) => d.map((x) => String(x.code)).sort();
type Progress = Extract<ServerEvent, { kind: 'progress' }>;
const isProgress = (kind: Progress['value']['kind']) => (e: ServerEvent): e is Progress => e.kind === 'progress' && e.value.kind === kind;
const CAPABILITIES = { window: { workDoneProgress: true }, workspace: { configuration: true } };

describe('language server: a large workspace is checked in slices', () => {
  const FOLDERS = 60;
  const FILES_PER_FOLDER = 10;
  let folder: string;
  let client: LspClient;
  const others: string[] = [];
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-index-'));
    for (let f = 0; f < FOLDERS; f++) {
      const dir = path.join(folder, `m${String(f).padStart(2, '0')}`);
      fs.mkdirSync(dir);
      for (let i = 0; i < FILES_PER_FOLDER; i++) {
        fs.writeFileSync(path.join(dir, `f${i}.tf`), sqs(`q${f}_${i}`));
        others.push(fileUri(path.join(dir, `f${i}.tf`)));
      }
    }
    // Sorted last, so only priority puts it first.
    fs.mkdirSync(path.join(folder, 'zz-open'));
    fs.writeFileSync(path.join(folder, 'zz-open', 'main.tf'), MAPPING);
    fs.writeFileSync(path.join(folder, 'zz-open', 'queue.tf'), QUEUE);
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('answers requests and edits before indexing ends, open modules first, and restarts on new settings', { timeout: 60_000 }, async () => {
    client = await LspClient.start({ workspaceFolder: folder, capabilities: CAPABILITIES, settings: { workspaceDiagnostics: true } });
    const main = fileUri(path.join(folder, 'zz-open', 'main.tf'));
    client.open(main, MAPPING);
    const begin = await client.event(isProgress('begin'), 30_000);
    const ended = () => client.events.some((e) => isProgress('end')(e) && e.token === begin.token);

    // The open file's module is read and published first: its neighbour's finding is there while most
    // other files wait.
    await client.diagnostics(main, (d) => codes(d).includes('sqs-visibility-timeout'), 30_000);
    const published = new Set(client.events.flatMap((e) => (e.kind === 'diagnostics' && others.includes(e.uri) ? [e.uri] : [])));
    assert.ok(published.size < others.length / 2, `${published.size} other files were published before the open one`);

    const actions = await client.request<{ title: string }[]>('textDocument/codeAction', {
      textDocument: { uri: main },
      range: { start: { line: 3, character: 2 }, end: { line: 3, character: 2 } },
      context: { diagnostics: [] },
    });
    assert.ok(actions.some((a) => /starting_position/.test(a.title)), JSON.stringify(actions));
    client.change(main, [{ range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, text: '' }]);
    assert.deepEqual(codes(await client.diagnostics(main, (d) => !codes(d).includes('starting-position-forbidden'))), ['sqs-visibility-timeout']);
    assert.ok(!ended(), 'the answers came before indexing ended');

    // Files deleted and created meanwhile: the run neither reads the one nor misses the other.
    const deleted = others.pop()!;
    fs.rmSync(new URL(deleted));
    const created = path.join(folder, 'm00', 'created.tf');
    fs.writeFileSync(created, sqs('created'));
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: deleted, type: 3 }, { uri: fileUri(created), type: 1 }] });
    await client.diagnostics(fileUri(created), (d) => d.length === 1);

    // New settings restart the run: the first ends, a second begins, and every file ends up published with them.
    const eventsBefore = client.events.length;
    client.setSettings({ rules: { 'starting-position-forbidden': 'off' } });
    await client.event((e) => isProgress('end')(e) && e.token === begin.token, 30_000);
    const second = await client.event((e): e is Progress => isProgress('begin')(e) && e.token !== begin.token && client.events.indexOf(e) >= eventsBefore, 30_000);
    await client.event((e) => isProgress('end')(e) && e.token === second.token, 30_000);
    for (const uri of others) assert.deepEqual(client.latestDiagnostics(uri), [], uri);
    assert.deepEqual(client.latestDiagnostics(deleted) ?? [], [], 'nothing is left for the deleted file');
    assert.deepEqual(codes(client.latestDiagnostics(main) ?? []), ['sqs-visibility-timeout']);
    assert.ok(client.events.some((e) => isProgress('report')(e)), 'progress was reported between begin and end');
  });
});

describe('language server: one file that cannot be read', () => {
  let folder: string;
  let client: LspClient;
  // Nesting this deep overflowed the stack when this test was written; the marker makes building the
  // file fail through a test hook too, so the test keeps checking isolation once deep nesting is read.
  const MARKER = 'lambda-esm-test: fail build';
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-isolation-'));
    fs.mkdirSync(path.join(folder, 'a'));
    fs.mkdirSync(path.join(folder, 'b'));
    fs.writeFileSync(path.join(folder, 'a', 'deep.tf'), `locals {\n  deep = ${'['.repeat(1000)}${']'.repeat(1000)}\n}\n# ${MARKER}\n`);
    fs.writeFileSync(path.join(folder, 'a', 'main.tf'), MAPPING);
    fs.writeFileSync(path.join(folder, 'a', 'queue.tf'), QUEUE);
    fs.writeFileSync(path.join(folder, 'b', 'main.tf'), sqs('other'));
    // In process, where the server takes a hook that makes building a file with the marker throw.
    client = await startInProcess({
      workspaceFolder: folder,
      settings: { workspaceDiagnostics: true },
      beforeBuild: (uri, text) => {
        if (text.includes(MARKER)) throw new Error(`test fault in ${uri}`);
      },
    });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('is left out with a logged error; its neighbours and other folders are checked', { timeout: 30_000 }, async () => {
    const main = fileUri(path.join(folder, 'a', 'main.tf'));
    assert.deepEqual(codes(await client.diagnostics(main, (d) => d.length > 0)), ['sqs-visibility-timeout', 'starting-position-forbidden']);
    assert.deepEqual(codes(await client.diagnostics(fileUri(path.join(folder, 'b', 'main.tf')), (d) => d.length > 0)), ['starting-position-forbidden']);
    await client.roundTrip();
    assert.ok(client.logs.some((m) => m.includes('deep.tf')), client.logs.join('\n'));
    assert.equal(client.latestDiagnostics(fileUri(path.join(folder, 'a', 'deep.tf'))), undefined);
  });

  it('does not cost an open file the findings that depend on its neighbours', async () => {
    const main = fileUri(path.join(folder, 'a', 'main.tf'));
    client.open(main, MAPPING);
    assert.deepEqual(codes(await client.diagnostics(main)), ['sqs-visibility-timeout', 'starting-position-forbidden']);
    client.close(main);
  });

  it('reads an open file that could not be read again from its next whole text', async () => {
    const bad = fileUri(path.join(folder, 'a', 'deep.tf'));
    client.open(bad, `# ${MARKER}\n`);
    await client.roundTrip();
    assert.equal(client.latestDiagnostics(bad), undefined);
    client.change(bad, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# still unread\n' }]);
    client.change(bad, [{ text: sqs('fixed') }]);
    assert.deepEqual(codes(await client.diagnostics(bad)), ['starting-position-forbidden']);
  });
});
