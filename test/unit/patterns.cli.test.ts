// `lambda-esm test-pattern` end to end: the bundled CLI run as a child process on sample files.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { SAMPLE_RECORDS } from '../../server/src/core/patterns/samples/sampleRecords';
import { ensureFreshBundle, runCli, unprivilegedUser } from '../support/cli';

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

  it('judges and shows numbers as the event wrote them, in a JSON file, JSON Lines and an SQS body', () => {
    const pattern = '{"n": [{"numeric": [">", 0]}]}';
    write('big.json', '{"n": 1e400}');
    const file = cli(['test-pattern', '--pattern', pattern, '--events', 'big.json', '--source', 'raw']);
    assert.equal(file.code, 0);
    assert.match(file.stdout, /^#0: no match — `n` is 1e400 \(beyond the range of a double\)/);
    assert.doesNotMatch(file.stdout, /null/);
    write('big.jsonl', '{"n": 2}\n{"n": 9007199254740993, "m": 1}\n');
    const exact = cli(['test-pattern', '--pattern', '{"n": [9007199254740992]}', '--events', 'big.jsonl', '--source', 'raw']).stdout;
    assert.match(exact, /#1: no match — `n` is 9007199254740993 \(not exactly a double, which reads it as 9007199254740992\)/);
    const body = JSON.stringify({ messageId: '1', receiptHandle: 'r', eventSource: 'aws:sqs', body: '{"n": 1e400}' });
    const sqs = cli(['test-pattern', '--pattern', '{"body": {"n": [{"numeric": [">", 0]}]}}', '--events', '-'], body);
    assert.match(sqs.stdout, /`body\.n` is 1e400 \(beyond the range of a double\)/);
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

  it('streams JSON Lines from standard input; unreadable lines are counted apart and exit 1', () => {
    const input = `${JSON.stringify(SAMPLE_RECORDS[0]!.record)}\nnot json\n\n${JSON.stringify({ Records: [SAMPLE_RECORDS[0]!.record, SAMPLE_RECORDS[1]!.record] })}\n`;
    const { code, stdout } = cli(['test-pattern', '--pattern', ORDER, '--events', '-', '--format', 'json'], input);
    assert.equal(code, 1);
    const output = JSON.parse(stdout) as { results: { matched?: boolean; error?: string }[]; matched: number; total: number; unreadable: number };
    assert.deepEqual(output.results.map((r) => r.matched), [true, undefined, true, false]);
    assert.match(output.results[1]!.error!, /line 2 is not valid JSON/);
    assert.deepEqual([output.matched, output.total, output.unreadable], [2, 3, 1]);
    const summary = cli(['test-pattern', '--pattern', ORDER, '--events', '-', '--summary'], input);
    assert.deepEqual([summary.code, summary.stdout], [1, '2 of 3 records match; 1 line could not be read\n']);
    assert.deepEqual(JSON.parse(cli(['test-pattern', '--pattern', ORDER, '--events', '-', '--summary', '--format', 'json'], input).stdout), { matched: 2, total: 3, unreadable: 1 });
  });

  it('accepts a byte order mark at the start of the events and pattern files', () => {
    const bom = '\uFEFF';
    const pattern = write('bom-pattern.json', bom + ORDER);
    for (const events of [write('bom.jsonl', `${bom}${JSON.stringify(SAMPLE_RECORDS[0]!.record)}\n`), write('bom.json', bom + JSON.stringify(SAMPLE_RECORDS[0]!.record))]) {
      const { code, stdout } = cli(['test-pattern', '--pattern', pattern, '--events', events, '--summary']);
      assert.deepEqual([code, stdout], [0, '1 of 1 record match\n'], events);
    }
  });

  it('skips a line longer than 64 MiB with its number, instead of running out of memory', () => {
    const long = `{"body":"${'x'.repeat(64 * 1024 * 1024)}"}`;
    const input = `${JSON.stringify(SAMPLE_RECORDS[0]!.record)}\n${long}\n${JSON.stringify(SAMPLE_RECORDS[0]!.record)}\n`;
    const { code, stdout } = cli(['test-pattern', '--pattern', ORDER, '--events', '-'], input);
    assert.equal(code, 1);
    assert.deepEqual(stdout.split('\n').slice(1), ['#1: unreadable — line 2 is longer than 64 MiB, the most a line may hold; it was skipped', '#2: match', '2 of 2 records match; 1 line could not be read', '']);
  });

  it('exits 4 with one line when the pattern or events file cannot be read', () => {
    fs.mkdirSync(path.join(dir, 'folder.jsonl'), { recursive: true });
    fs.symlinkSync('missing.json', path.join(dir, 'broken.json'));
    for (const [args, message] of [
      [['--pattern', ORDER, '--events', 'folder.jsonl'], 'cannot read the events file folder.jsonl: is a folder, not a file'],
      [['--pattern', ORDER, '--events', 'broken.json'], 'cannot read the events file broken.json: broken symbolic link'],
      [['--pattern', 'broken.json', '--events', 'samples.json'], 'cannot read the pattern file broken.json: broken symbolic link'],
      [['--pattern', ORDER, '--events', '/dev/zero'], 'cannot read the events file /dev/zero: not a regular file: a device'],
    ] as const) {
      const { code, stderr } = cli(['test-pattern', ...args]);
      assert.deepEqual([code, stderr], [4, `lambda-esm: ${message}\n`], args.join(' '));
    }
  });

  it('exits 4 when a file cannot be read for its permissions', (t) => {
    const user = unprivilegedUser();
    if (typeof user === 'string') return t.skip(user);
    const pattern = write('secret-pattern.json', ORDER);
    const events = write('secret.jsonl', '{}\n');
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'samples.json'), 0o644);
    fs.chmodSync(pattern, 0o600);
    fs.chmodSync(events, 0o600);
    for (const [args, message] of [
      [['--pattern', pattern, '--events', 'samples.json'], `cannot read the pattern file ${pattern}: permission denied`],
      [['--pattern', ORDER, '--events', 'secret.jsonl'], 'cannot read the events file secret.jsonl: permission denied'],
    ] as const) {
      const { code, stderr } = runCli(['test-pattern', ...args], dir, undefined, user);
      assert.deepEqual([code, stderr], [4, `lambda-esm: ${message}\n`], args.join(' '));
    }
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
