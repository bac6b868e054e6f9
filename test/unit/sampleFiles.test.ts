// Reading the user's sample files stays bounded: a file over the size limit is skipped with a message
// naming it and the limit (a 200 MB file took 775 MB and 5.5 s to read before), records beyond the total
// limit are left out with a message, and braces in the globs find files.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findSampleFiles, MAX_SAMPLE_FILE_BYTES, MAX_SAMPLE_RECORDS, readSampleFile, readSampleFiles } from '../../server/src/sampleFiles';

function samplesFile(count: number, prefix: string): string {
  const samples = Array.from({ length: count }, (_, i) => ({ name: `${prefix}-${i}`, source: 'sqs', record: { body: '{}' } }));
  return JSON.stringify({ samples });
}

describe('sample files', () => {
  let folder: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-samples-'));
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('skips a file over the size limit without reading it, and names the file and the limit', () => {
    const file = path.join(folder, 'huge.esm-samples.json');
    // Sparse: 200 MB long, no disk space, and not JSON (zeros) if it were read.
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 200 * 1024 * 1024);
    const messages: string[] = [];
    assert.deepEqual(readSampleFile(file, (m) => messages.push(m)), []);
    assert.deepEqual(messages, [`Sample file ${file} is skipped: it is 200 MB, over the limit of 5 MB for a sample file.`]);
    assert.equal(MAX_SAMPLE_FILE_BYTES, 5 * 1024 * 1024);
  });

  it('reads what the AWS CLI prints, as the playground and the CLI import it', () => {
    const file = path.join(folder, 'received.esm-samples.json');
    fs.writeFileSync(file, JSON.stringify({ Messages: [{ MessageId: 'm-1', ReceiptHandle: 'r', MD5OfBody: 'x', Body: '{"status":"PAID"}' }] }));
    const messages: string[] = [];
    const samples = readSampleFile(file, (m) => messages.push(m));
    assert.deepEqual(messages, []);
    assert.deepEqual(samples.map((s) => [s.name, s.source, (s.record as { body: string }).body]), [['received.esm-samples.json #1', 'sqs', '{"status":"PAID"}']]);
  });

  it('reads a file at the size limit', () => {
    const file = path.join(folder, 'limit.json');
    const text = samplesFile(1, 'limit');
    fs.writeFileSync(file, text + ' '.repeat(MAX_SAMPLE_FILE_BYTES - text.length));
    const messages: string[] = [];
    assert.deepEqual(readSampleFile(file, (m) => messages.push(m)).map((s) => s.name), ['limit-0']);
    assert.deepEqual(messages, []);
  });

  it(`keeps the first ${MAX_SAMPLE_RECORDS} records of all files, and says what is left out`, () => {
    const files = ['a', 'b', 'c'].map((name) => {
      const file = path.join(folder, `${name}.json`);
      fs.writeFileSync(file, samplesFile(600, name));
      return file;
    });
    const messages: string[] = [];
    const samples = readSampleFiles(files, (m) => messages.push(m));
    assert.equal(samples.length, MAX_SAMPLE_RECORDS);
    assert.equal(samples.at(-1)?.name, `b-${MAX_SAMPLE_RECORDS - 600 - 1}`);
    assert.deepEqual(messages, [`Sample files hold more than ${MAX_SAMPLE_RECORDS} records; only the first ${MAX_SAMPLE_RECORDS} are used (the rest of ${files[1]} and 1 more file left out).`]);
  });

  it('finds files with braces in the glob', () => {
    for (const rel of ['samples/one.json', 'fixtures/x/two.jsonl', 'other/three.json']) {
      fs.mkdirSync(path.dirname(path.join(folder, rel)), { recursive: true });
      fs.writeFileSync(path.join(folder, rel), '{}');
    }
    const found = findSampleFiles(folder, ['{samples,fixtures}/**/*.{json,jsonl}']).map((f) => path.relative(folder, f).split(path.sep).join('/'));
    assert.deepEqual(found, ['fixtures/x/two.jsonl', 'samples/one.json']);
  });
});
