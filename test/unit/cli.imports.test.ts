// `lambda-esm test-pattern --events` on what the AWS CLI prints (`aws sqs receive-message`, `aws kinesis
// get-records`, `aws dynamodbstreams get-records`): the bundled CLI, run on the import fixtures, converts
// each record to Lambda's shape before matching, from a file and from JSON Lines on standard input.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { ensureFreshBundle, runCli } from '../support/cli';
import { FIXTURES } from '../support/paths';

const DIR = path.join(FIXTURES, 'imports');

const cli = (args: readonly string[], input?: string) => runCli(['test-pattern', ...args], DIR, input);

/** A fixture as one JSON Lines line, as `aws … --output json | jq -c` would pipe it. */
const oneLine = (file: string): string => `${JSON.stringify(JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')))}\n`;

const ORDER = '{"body": {"eventType": ["OrderCreated"]}}';
const CLICK = '{"data": {"type": ["click"]}}';

describe('lambda-esm test-pattern on AWS CLI output', () => {
  before(() => ensureFreshBundle());

  it('reads `aws sqs receive-message` output as SQS records', () => {
    const expected = [
      '#0: match',
      '#1: no match — The SQS `body` is not JSON ("Order ord-1043 shipped to Lisbon"), so a pattern on fields inside it never matches; Lambda drops the message and deletes it from the queue.',
      '1 of 2 records match',
      '',
    ].join('\n');
    assert.deepEqual(cli(['--pattern', ORDER, '--events', 'sqs-receive-message.json']), { code: 0, stdout: expected, stderr: '' });
    assert.deepEqual(cli(['--pattern', ORDER, '--events', '-'], oneLine('sqs-receive-message.json')), { code: 0, stdout: expected, stderr: '' });
  });

  it('matches message attributes in Lambda’s casing, whatever their data type', () => {
    const pattern = '{"messageAttributes": {"weight": {"dataType": ["Number.float"]}, "signature": {"binaryValue": ["c2lnLTAwNDI="]}, "priority": {"stringValue": ["7"]}}}';
    assert.equal(cli(['--pattern', pattern, '--events', 'sqs-receive-message-attribute-types.json']).stdout, '#0: match\n1 of 1 record match\n');
  });

  it('reports a message without a body as unreadable, and exits 1', () => {
    const { code, stdout } = cli(['--pattern', ORDER, '--events', 'sqs-receive-message-without-body.json']);
    assert.equal(code, 1);
    assert.deepEqual(stdout.split('\n').slice(1, 3), [
      '#1: unreadable — Messages[1] is an SQS message without Body (a string): Lambda delivers no record without one',
      '#2: unreadable — Messages[2] is not an SQS message (an object)',
    ]);
  });

  it('reads `aws kinesis get-records` output as Kinesis records, base64 data decoded', () => {
    const expected = {
      results: [
        { index: 0, matched: true },
        { index: 1, matched: false, reason: 'The Kinesis `data` is not JSON ("temperature=21.5;unit=C"), so a pattern on fields inside it never matches; Lambda skips the record.' },
      ],
      matched: 1,
      total: 2,
    };
    for (const run of [cli(['--pattern', CLICK, '--events', 'kinesis-get-records.json', '--format', 'json']), cli(['--pattern', CLICK, '--events', '-', '--format', 'json'], oneLine('kinesis-get-records.json'))]) {
      assert.equal(run.code, 0);
      assert.deepEqual(JSON.parse(run.stdout), expected);
    }
  });

  it('compares a Kinesis arrival time printed as a date as the epoch seconds Lambda gives', () => {
    const pattern = '{"approximateArrivalTimestamp": [{"numeric": [">=", 1767225600.25]}]}';
    assert.equal(cli(['--pattern', pattern, '--events', 'kinesis-get-records.json', '--summary']).stdout, '1 of 2 records match\n');
  });

  it('reads `aws dynamodbstreams get-records` output with dates and a Time to Live identity as Lambda writes them', () => {
    const pattern = '{"dynamodb": {"ApproximateCreationDateTime": [{"numeric": [">", 1767225600]}]}, "userIdentity": {"type": ["Service"]}}';
    const { code, stdout } = cli(['--pattern', pattern, '--events', 'dynamodb-get-records.json']);
    assert.equal(code, 0);
    assert.deepEqual(stdout.split('\n'), ['#0: no match — `dynamodb.ApproximateCreationDateTime` is 1767225600, which matches none of: numeric > 1767225600.', '#1: match', '1 of 2 records match', '']);
  });

  it('reports a pretty-printed file with a mistake once, as a file that is not JSON', () => {
    const { code, stdout, stderr } = cli(['--pattern', ORDER, '--events', 'pretty-json-with-a-mistake.json']);
    assert.deepEqual([code, stdout], [2, '']);
    assert.match(stderr, /^lambda-esm: the events file is not valid JSON: /);
    assert.equal(stderr.split('\n').length, 2);
  });
});
