// `lambda-esm test-pattern` end to end: the bundled CLI run as a child process on sample files.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { SAMPLE_RECORDS } from '../../server/src/core/patterns/samples/sampleRecords';
import { ensureFreshBundle, runCli } from '../support/cli';

let dir = '';

const cli = (args: readonly string[], input?: string) => runCli(args, dir, input);

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

const ORDER = '{"body": {"eventType": ["OrderCreated"]}}';

describe('lambda-esm test-pattern', () => {
  before(() => {
    ensureFreshBundle();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-test-pattern-'));
    write('samples.json', JSON.stringify({ samples: SAMPLE_RECORDS }));
    write('records.jsonl', SAMPLE_RECORDS.map((s) => JSON.stringify(s.record)).join('\n') + '\n');
  });

  it('prints a line per record with the reason, then the count', () => {
    const { code, stdout } = cli(['test-pattern', '--pattern', ORDER, '--events', 'samples.json']);
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, SAMPLE_RECORDS.length + 1);
    assert.equal(lines[0], '#0 sqs-order-created: match');
    assert.match(lines[1]!, /^#1 sqs-plain-text: no match — The SQS `body` is not JSON/);
    assert.equal(lines.at(-1), `1 of ${SAMPLE_RECORDS.length} records match`);
  });

  it('prints JSON results', () => {
    const { code, stdout } = cli(['test-pattern', '--pattern', ORDER, '--events', 'samples.json', '--format', 'json']);
    assert.equal(code, 0);
    const output = JSON.parse(stdout) as { results: { index: number; matched: boolean; reason?: string }[]; matched: number; total: number };
    assert.equal(output.total, SAMPLE_RECORDS.length);
    assert.equal(output.matched, 1);
    assert.deepEqual(output.results.map((r) => r.index), SAMPLE_RECORDS.map((_, i) => i));
    assert.deepEqual(output.results[0], { index: 0, matched: true });
    assert.ok(output.results.slice(1).every((r) => !r.matched && typeof r.reason === 'string'));
  });

  it('prints only the counts with --summary', () => {
    assert.equal(cli(['test-pattern', '--pattern', ORDER, '--events', 'records.jsonl', '--summary']).stdout, `1 of ${SAMPLE_RECORDS.length} records match\n`);
    assert.deepEqual(JSON.parse(cli(['test-pattern', '--pattern', ORDER, '--events', 'records.jsonl', '--summary', '--format', 'json']).stdout), { matched: 1, total: SAMPLE_RECORDS.length });
  });

  it('exits 2 with EventBridge’s reason for an invalid pattern', () => {
    const pattern = write('bad.json', '{\n  "body": {"eventType": "OrderCreated"}\n}\n');
    const { code, stdout, stderr } = cli(['test-pattern', '--pattern', pattern, '--events', 'samples.json']);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /invalid filter pattern at 2:25: "eventType" must be an object or an array/);
    assert.match(stderr, /Lambda answers "Invalid filter pattern definition\."/);
  });

  it('reads AWS FilterCriteria: a record matches when any pattern does', () => {
    const filters = write('criteria.json', JSON.stringify({ Filters: [{ Pattern: ORDER }, { Pattern: '{"data": {"type": ["click"]}}' }] }));
    assert.match(cli(['test-pattern', '--pattern', filters, '--events', 'samples.json', '--summary']).stdout, /^3 of /);
  });

  it('streams JSON Lines from standard input and reports unreadable lines', () => {
    const input = `${JSON.stringify(SAMPLE_RECORDS[0]!.record)}\nnot json\n\n${JSON.stringify({ Records: [SAMPLE_RECORDS[0]!.record, SAMPLE_RECORDS[1]!.record] })}\n`;
    const { code, stdout } = cli(['test-pattern', '--pattern', ORDER, '--events', '-', '--format', 'json'], input);
    assert.equal(code, 0);
    const output = JSON.parse(stdout) as { results: { matched: boolean; reason?: string }[]; matched: number; total: number };
    assert.deepEqual(output.results.map((r) => r.matched), [true, false, true, false]);
    assert.match(output.results[1]!.reason!, /line 2 is not valid JSON/);
  });

  it('matches EventBridge-style events as they are with --source raw', () => {
    const events = write('events.json', JSON.stringify([{ source: 'shop', detail: { state: 'ok' } }, { source: 'shop', detail: { state: 'bad' } }]));
    assert.equal(cli(['test-pattern', '--pattern', '{"detail": {"state": ["ok"]}}', '--events', events, '--source', 'raw', '--summary']).stdout, '1 of 2 records match\n');
  });

  it('rejects bad usage with exit code 2, and check still works', () => {
    assert.equal(cli(['test-pattern', '--pattern', ORDER]).code, 2);
    assert.equal(cli(['test-pattern', '--pattern', ORDER, '--events', 'samples.json', '--source', 'sns']).code, 2);
    assert.equal(cli(['test-pattern', '--pattern', ORDER, '--events', 'missing.json']).code, 2);
    assert.match(cli(['test-pattern', '--help']).stdout, /^Usage: lambda-esm test-pattern/);
    const tf = write('main.tf', 'resource "aws_lambda_event_source_mapping" "m" {\n  event_source_arn = "arn:aws:sqs:us-east-1:123456789012:q"\n  function_name    = "f"\n}\n');
    assert.equal(cli(['check', tf]).code, 0);
  });
});
