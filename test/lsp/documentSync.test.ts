// The server over JSON-RPC when the editor sends what it should not: ranges that are not LSP positions,
// changes to documents that are not open, and registrations the client did not offer to take.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../support/lspClient';

const SQS = `resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn  = "arn:aws:sqs:us-east-1:123456789012:orders"
  function_name     = "process-orders"
  starting_position = "LATEST"
}
`;

const codes = (d: { code?: string | number }[]) => d.map((x) => String(x.code)).sort();

/** Ranges whose lines or characters are not unsigned integers, as LSP positions must be. */
const INVALID_RANGES = [
  { name: 'a line of -2', range: { start: { line: -2, character: 0 }, end: { line: -2, character: 0 } } },
  { name: 'a line of -1', range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } } },
  { name: 'a fractional line', range: { start: { line: 1.5, character: 0 }, end: { line: 2, character: 0 } } },
  { name: 'a negative character', range: { start: { line: 3, character: -4 }, end: { line: 3, character: 2 } } },
  { name: 'a fractional character', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0.5 } } },
  { name: 'a line that is not a number', range: { start: { line: '3', character: 0 }, end: { line: 3, character: 0 } } },
];

describe('language server: changes that do not fit the document', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  for (const [i, { name, range }] of INVALID_RANGES.entries()) {
    it(`rejects a change with ${name}, logs it, and keeps the document`, async () => {
      const uri = `file:///virtual/bad-range/${i}/main.tf`;
      client.open(uri, SQS);
      await client.diagnostics(uri, (d) => d.length === 1);
      client.change(uri, [{ range, text: 'resource "x" {' }]);
      await client.roundTrip();
      const log = client.logs.find((m) => m.includes(uri));
      assert.ok(log, `an error names ${uri}: ${client.logs.join('\n')}`);
      assert.ok(log.includes(JSON.stringify(range.start)), `the error shows the range: ${log}`);
      // The document is still the one opened: a valid edit applies where it should.
      client.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, text: '' }]);
      assert.deepEqual(await client.diagnostics(uri), []);
      // And a full replace gives the truth.
      client.change(uri, [{ text: SQS }]);
      assert.deepEqual(codes(await client.diagnostics(uri)), ['starting-position-forbidden']);
    });
  }

  it('reads a line past the end as the end of the document', async () => {
    const uri = 'file:///virtual/past-end/main.tf';
    client.open(uri, SQS);
    await client.diagnostics(uri, (d) => d.length === 1);
    client.change(uri, [{ range: { start: { line: 99, character: 7 }, end: { line: 120, character: 0 } }, text: SQS.replaceAll('orders', 'more') }]);
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(codes(diagnostics), ['starting-position-forbidden', 'starting-position-forbidden']);
    assert.deepEqual(diagnostics.map((d) => d.range.start.line).sort(), [3, 8]);
  });

  it('reads a character past the end of its line as the end of that line', async () => {
    const uri = 'file:///virtual/past-line-end/main.tf';
    client.open(uri, SQS);
    await client.diagnostics(uri, (d) => d.length === 1);
    // Were the end read past the line break, the closing brace would go and the block would not parse.
    client.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 500 } }, text: '  batch_size = 5' }]);
    assert.deepEqual(await client.diagnostics(uri), []);
    client.change(uri, [{ text: SQS }]);
    assert.deepEqual(codes(await client.diagnostics(uri)), ['starting-position-forbidden']);
  });

  it('ignores and logs a change to a document that is not open, and keeps nothing of it', async () => {
    const uri = 'file:///virtual/never-opened/main.tf';
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    await client.roundTrip();
    assert.ok(client.logs.some((m) => m.includes(uri) && m.includes('not open')), client.logs.join('\n'));
    // Nothing was made up for it: opening it later reads only the text opened.
    client.open(uri, SQS);
    assert.deepEqual(codes(await client.diagnostics(uri)), ['starting-position-forbidden']);
  });
});

describe('language server: dynamic registration', () => {
  const registrations = async (capabilities: Record<string, unknown>): Promise<string[]> => {
    const client = await LspClient.start({ capabilities });
    try {
      // The server asks for settings, then registers; a round trip after the answer lets it finish.
      await client.event((e) => e.kind === 'configuration');
      await client.roundTrip();
      await client.roundTrip();
      return client.events.flatMap((e) => (e.kind === 'register' ? e.methods : [])).sort();
    } finally {
      assert.equal(await client.stop(), 0);
    }
  };

  it('registers for settings and file changes when the client takes dynamic registration', async () => {
    const workspace = { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } };
    assert.deepEqual(await registrations({ workspace }), ['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']);
  });

  it('registers nothing when the client does not say it takes dynamic registration', async () => {
    assert.deepEqual(await registrations({ workspace: { configuration: true } }), []);
    const workspace = { configuration: true, didChangeConfiguration: { dynamicRegistration: false }, didChangeWatchedFiles: { dynamicRegistration: false } };
    assert.deepEqual(await registrations({ workspace }), []);
  });
});
