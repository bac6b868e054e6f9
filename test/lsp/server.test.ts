// The bundled server over JSON-RPC, as an editor drives it: open, edit, close, settings, workspace
// files, and a non-ASCII line before a diagnostic.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileUri, LspClient } from '../support/lspClient';
import { FIXTURES, REPO } from '../support/paths';

const SQS = `resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn  = "arn:aws:sqs:us-east-1:123456789012:orders"
  function_name     = "process-orders"
  starting_position = "LATEST"
}
`;

const codes = (d: { code?: string | number }[]) => d.map((x) => String(x.code)).sort();

/** Applies LSP text edits (non-overlapping, any order) to a text. */
function applyEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('language server over stdio', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it('publishes diagnostics with code, source, link and exact range on open', async () => {
    const uri = 'file:///virtual/open/main.tf';
    client.open(uri, SQS);
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(codes(diagnostics), ['starting-position-forbidden']);
    const [d] = diagnostics;
    assert.equal(d!.source, 'lambda-esm');
    assert.deepEqual(d!.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 19 } });
    assert.match(d!.codeDescription!.href, /docs\/rules\/starting-position-forbidden\.md$/);
    assert.ok(fs.existsSync(new URL(d!.codeDescription!.href)), 'the rule page the diagnostic links to exists');
  });

  it('updates diagnostics after incremental edits', async () => {
    const uri = 'file:///virtual/edit/main.tf';
    client.open(uri, SQS);
    await client.diagnostics(uri, (d) => d.length === 1);
    // Delete the starting_position line: the finding goes away.
    client.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, text: '' }]);
    assert.deepEqual(await client.diagnostics(uri), []);
    // Type a batch size above 10 without a window, one character at a time.
    client.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '  batch_size = 2\n' }]);
    assert.deepEqual(await client.diagnostics(uri), []);
    client.change(uri, [{ range: { start: { line: 3, character: 16 }, end: { line: 3, character: 16 } }, text: '0' }]);
    const after = await client.diagnostics(uri);
    assert.deepEqual(codes(after), ['sqs-batch-window']);
    assert.deepEqual(after[0]!.range.start, { line: 3, character: 15 });
  });

  it('counts columns in UTF-16 code units after non-ASCII text', async () => {
    const uri = 'file:///virtual/utf16/main.tf';
    const text = `# Bestellungen für München 🚀\n${SQS.replace('"process-orders"', '"process-orders" # ü🚀')}`;
    client.open(uri, text);
    const [d] = await client.diagnostics(uri, (x) => x.length === 1);
    assert.deepEqual(d!.range.start, { line: 4, character: 2 });
  });

  it('reports a syntax error once and survives it', async () => {
    const uri = 'file:///virtual/syntax/main.tf';
    client.open(uri, SQS.replace('"process-orders"', '"process-orders'));
    const diagnostics = await client.diagnostics(uri);
    assert.equal(diagnostics.filter((d) => d.code === 'hcl-syntax').length, 1);
    client.change(uri, [{ text: SQS }]);
    assert.deepEqual(codes(await client.diagnostics(uri)), ['starting-position-forbidden']);
  });

  it('applies rule settings: a new severity, or off', async () => {
    const uri = 'file:///virtual/settings/main.tf';
    client.open(uri, SQS);
    await client.diagnostics(uri, (d) => d.length === 1);
    client.setSettings({ rules: { 'starting-position-forbidden': 'warning' } });
    const warned = await client.diagnostics(uri, (d) => d[0]?.severity === 2);
    assert.equal(warned.length, 1);
    client.setSettings({ rules: { 'starting-position-forbidden': 'off' } });
    assert.deepEqual(await client.diagnostics(uri, (d) => d.length === 0), []);
    client.setSettings({ rules: {} });
    await client.diagnostics(uri, (d) => d.length === 1);
  });

  it('offers quick fixes and a fix-all that remove the mistakes', async () => {
    const uri = 'file:///virtual/fixes/main.tf';
    const text = SQS.replace('  starting_position = "LATEST"\n', '  starting_position = "LATEST"\n  batch_size        = 50\n');
    client.open(uri, text);
    const diagnostics = await client.diagnostics(uri, (d) => d.length === 2);
    assert.deepEqual(codes(diagnostics), ['sqs-batch-window', 'starting-position-forbidden']);
    type Action = { title: string; kind: string; isPreferred?: boolean; edit: { changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> } };
    const forbidden = diagnostics.find((d) => d.code === 'starting-position-forbidden')!;
    const quick = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: forbidden.range, context: { diagnostics: [forbidden] } })) as Action[];
    const remove = quick.find((a) => a.kind === 'quickfix' && a.title.includes('starting_position'));
    assert.ok(remove?.isPreferred, JSON.stringify(quick.map((a) => a.title)));
    assert.equal(applyEdits(text, remove.edit.changes[uri]!), SQS.replace('  starting_position = "LATEST"\n', '  batch_size        = 50\n'));
    const all = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: forbidden.range, context: { diagnostics: [], only: ['source.fixAll'] } })) as Action[];
    assert.equal(all.length, 1);
    const fixed = applyEdits(text, all[0]!.edit.changes[uri]!);
    client.change(uri, [{ text: fixed }]);
    assert.deepEqual(await client.diagnostics(uri), [], fixed);
  });

  for (const name of ['mistakes.ts', 'mistakes.tf.json']) {
    it(`offers quick fixes and fix-all in the file's own syntax (${name})`, async () => {
      const uri = `file:///virtual/fixes-${name.replace(/\W/g, '-')}/${name}`;
      const text = fs.readFileSync(path.join(FIXTURES, 'fixes', name), 'utf8');
      client.open(uri, text);
      const diagnostics = await client.diagnostics(uri, (d) => d.length > 0);
      type Action = { title: string; kind: string; edit: { changes: Record<string, Parameters<typeof applyEdits>[1]> } };
      const typo = diagnostics.find((d) => d.code === 'unknown-argument')!;
      const quick = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: typo.range, context: { diagnostics: [typo] } })) as Action[];
      const rename = name.endsWith('.ts') ? 'Rename to `functionResponseTypes`' : 'Rename to `function_response_types`';
      assert.deepEqual(quick.filter((a) => a.kind === 'quickfix').map((a) => a.title), [rename]);
      const all = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: typo.range, context: { diagnostics: [], only: ['source.fixAll'] } })) as Action[];
      const fixed = applyEdits(text, all[0]!.edit.changes[uri]!);
      assert.equal(fixed, fs.readFileSync(path.join(FIXTURES, 'fixes', name.replace(/(\.tf\.json|\.ts)$/, '.fixed$1')), 'utf8'));
      client.change(uri, [{ text: fixed }]);
      assert.deepEqual(await client.diagnostics(uri, (d) => d.length === 0), []);
      client.close(uri);
    });
  }

  it('clears diagnostics of a closed file that is not on disk', async () => {
    const uri = 'file:///virtual/close/main.tf';
    client.open(uri, SQS);
    await client.diagnostics(uri, (d) => d.length === 1);
    client.close(uri);
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('resolves references across the open files of one module and re-checks when they change', async () => {
    const main = 'file:///virtual/module/main.tf';
    const queue = 'file:///virtual/module/queue.tf';
    client.open(main, `resource "aws_lambda_event_source_mapping" "m" {\n  event_source_arn = aws_sqs_queue.q.arn\n  function_name    = "f"\n  batch_size       = 20\n}\n`);
    // Standard or FIFO cannot be known yet, so neither queue rule speaks.
    assert.deepEqual(await client.diagnostics(main), []);
    client.open(queue, `resource "aws_sqs_queue" "q" {\n  name = "q"\n}\n`);
    assert.deepEqual(codes(await client.diagnostics(main, (d) => d.length > 0)), ['sqs-batch-window']);
    // The queue turns out to be FIFO: the same mapping now breaks the FIFO limit instead.
    client.change(queue, [{ text: `resource "aws_sqs_queue" "q" {\n  name       = "q.fifo"\n  fifo_queue = true\n}\n` }]);
    assert.deepEqual(codes(await client.diagnostics(main, (d) => d[0]?.code !== 'sqs-batch-window')), ['sqs-fifo-batching']);
  });
});

describe('language server with workspace diagnostics', () => {
  let client: LspClient;
  let folder: string;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-ws-'));
    fs.cpSync(path.join(REPO, 'examples', 'terraform'), folder, { recursive: true });
    client = await LspClient.start({ workspaceFolder: folder, settings: { workspaceDiagnostics: true } });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('checks Terraform files that are not open', async () => {
    const uri = fileUri(path.join(folder, 'main.tf'));
    const diagnostics = client.latestDiagnostics(uri) ?? (await client.diagnostics(uri));
    assert.deepEqual(codes(diagnostics), [
      'event-source-arn-invalid',
      'invalid-enum-value',
      'kms-key-arn',
      'sqs-batch-window',
      'sqs-visibility-timeout',
      'starting-position-forbidden',
      'starting-position-required',
      'value-out-of-range',
    ]);
  });
});

describe('language server: sample results above filters', () => {
  let client: LspClient;
  let folder: string;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-lens-'));
    fs.cpSync(path.join(REPO, 'examples', 'terraform'), folder, { recursive: true });
    client = await LspClient.start({ workspaceFolder: folder, settings: { workspaceDiagnostics: true } });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('shows how many samples each filter matches, with the user sample file', async () => {
    const uri = fileUri(path.join(folder, 'main.tf'));
    client.open(uri, fs.readFileSync(path.join(folder, 'main.tf'), 'utf8'));
    await client.diagnostics(uri);
    type Lens = { range: { start: { line: number } }; command: { title: string; command: string; arguments: [{ results: { name: string; matched: boolean; reason?: string }[] }] } };
    const all = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as Lens[];
    // Each count has an "Open in playground" lens beside it (test/lsp/playground.test.ts checks those).
    const lenses = all.filter((l) => l.command.command === 'lambdaEsm.showSampleResults');
    const paid = lenses.find((l) => l.command.arguments[0].results.some((r) => r.name === 'paid-order-250'));
    assert.ok(paid, `no lens with the user's samples among ${JSON.stringify(lenses.map((l) => l.command.title))}`);
    assert.match(paid.command.title, /^matches \d+ of \d+ samples$/);
    const results = paid.command.arguments[0].results;
    assert.equal(results.find((r) => r.name === 'paid-order-250')?.matched, true);
    const lowercase = results.find((r) => r.name === 'paid-order-lowercase');
    assert.equal(lowercase?.matched, false);
    assert.match(lowercase?.reason ?? '', /equals-ignore-case/);
    const matched = results.filter((r) => r.matched).length;
    assert.equal(paid.command.title, `matches ${matched} of ${results.length} samples`);
  });
});

describe('language server with a CDKTF stack', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it('checks new LambdaEventSourceMapping(...) in TypeScript with the same rules', async () => {
    const uri = 'file:///virtual/stack/main.ts';
    client.open(uri, fs.readFileSync(path.join(REPO, 'examples', 'cdktf', 'main.ts'), 'utf8'));
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(codes(diagnostics), ['invalid-enum-value', 'starting-position-forbidden', 'value-out-of-range']);
    // Fix the casing of `startingPosition: 'latest'`: its finding goes away, the others stay.
    const line = diagnostics.find((d) => d.code === 'invalid-enum-value')!.range;
    client.change(uri, [{ range: line, text: "'LATEST'" }]);
    assert.deepEqual(codes(await client.diagnostics(uri)), ['starting-position-forbidden', 'value-out-of-range']);
  });

  it('leaves TypeScript files without provider bindings alone', async () => {
    const uri = 'file:///virtual/stack/util.ts';
    client.open(uri, "export const startingPosition = 'latest';\n");
    assert.deepEqual(await client.diagnostics(uri), []);
  });
});

describe('language server: filter patterns', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  const mapping = (pattern: string) =>
    `resource "aws_lambda_event_source_mapping" "m" {\n  event_source_arn = "arn:aws:sqs:us-east-1:123456789012:q"\n  function_name    = "f"\n  filter_criteria {\n    filter {\n      pattern = ${pattern}\n    }\n  }\n}\n`;

  it('points at the token inside a heredoc', async () => {
    const uri = 'file:///virtual/patterns-heredoc/main.tf';
    client.open(uri, mapping('<<-EOT\n        {\n          "body": { "status": [ { "prefix": 42 } ] }\n        }\n      EOT'));
    const [d] = await client.diagnostics(uri, (x) => x.length > 0);
    assert.equal(d!.code, 'filter-pattern');
    assert.deepEqual(d!.range, { start: { line: 7, character: 44 }, end: { line: 7, character: 46 } });
    assert.match(String(d!.message), /prefix match pattern must be a string.*Invalid filter pattern definition/);
  });

  it('points at the token inside a flush heredoc with a line of spaces', async () => {
    const uri = 'file:///virtual/patterns-heredoc-blank/main.tf';
    client.open(uri, mapping('<<-EOT\n        {\n          \n          "body": { "status": [ { "prefix": 42 } ] }\n        }\n      EOT'));
    const [d] = await client.diagnostics(uri, (x) => x.length > 0);
    assert.deepEqual(d!.range, { start: { line: 8, character: 44 }, end: { line: 8, character: 46 } });
  });

  it('points at the token inside an escaped JSON string', async () => {
    const uri = 'file:///virtual/patterns-escaped/main.tf';
    client.open(uri, mapping('"{\\"body\\": {\\"n\\": [{\\"numeric\\": [\\">\\", \\"x\\"]}]}}"'));
    const [d] = await client.diagnostics(uri, (x) => x.length > 0);
    // `\"x\"` as written in the HCL string, escapes included.
    assert.deepEqual(d!.range, { start: { line: 5, character: 59 }, end: { line: 5, character: 64 } });
  });

  it('follows edits inside jsonencode', async () => {
    const uri = 'file:///virtual/patterns-jsonencode/main.tf';
    client.open(uri, mapping('jsonencode({ body = { total = [{ numeric = [">", "100"] }] } })'));
    const [d] = await client.diagnostics(uri, (x) => x.length > 0);
    assert.deepEqual(d!.range, { start: { line: 5, character: 65 }, end: { line: 5, character: 70 } });
    // Remove the quotes around 100: the pattern becomes valid.
    client.change(uri, [{ range: d!.range, text: '100' }]);
    assert.deepEqual(await client.diagnostics(uri), []);
  });
});
