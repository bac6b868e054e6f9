// The playground's record import: every case in test/fixtures/imports (`<case>.<json|jsonl|txt>`) gives
// exactly the records and problems of `<case>.expected.json` (with `givenSource`, the source the import is
// told). `LAMBDA_ESM_UPDATE_SNAPSHOTS=1` writes the expectations: read each one before committing. Then
// inputs too large for a fixture file, built here.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RECORD_SOURCES, type RecordSource } from '../../server/src/core/patterns/decodeRecord';
import { importRecords, type ImportResult } from '../../server/src/core/patterns/importRecords';
import { SAMPLE_RECORDS } from '../../server/src/core/patterns/samples/sampleRecords';
import { FIXTURES } from '../support/paths';

const DIR = path.join(FIXTURES, 'imports');
const UPDATE = process.env.LAMBDA_ESM_UPDATE_SNAPSHOTS === '1';
const CASES = fs.readdirSync(DIR).filter((f) => /\.(json|jsonl|txt)$/.test(f) && !f.endsWith('.expected.json'));

interface Expected {
  readonly givenSource?: RecordSource;
  readonly records: unknown[];
  readonly problems: unknown[];
}

/** The result as JSON would write it (no undefined fields). */
const plain = (result: ImportResult): { records: unknown[]; problems: unknown[] } => JSON.parse(JSON.stringify(result)) as { records: unknown[]; problems: unknown[] };

function sqsRecord(id: string, body: string): Record<string, unknown> {
  return { messageId: id, receiptHandle: `AQEB${id}`, body, attributes: { ApproximateReceiveCount: '1' }, messageAttributes: {}, md5OfBody: 'd41d8cd98f00b204e9800998ecf8427e', eventSource: 'aws:sqs' };
}

describe('record import cases', () => {
  it('has at least 20 cases', () => assert.ok(CASES.length >= 20, `${CASES.length} cases`));
  for (const file of CASES) {
    it(file, () => {
      const expectedFile = path.join(DIR, file.replace(/\.\w+$/, '.expected.json'));
      const given = fs.existsSync(expectedFile) ? (JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as Expected).givenSource : undefined;
      const actual = { ...(given ? { givenSource: given } : {}), ...plain(importRecords(fs.readFileSync(path.join(DIR, file), 'utf8'), given)) };
      if (UPDATE) fs.writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      else assert.deepEqual(actual, JSON.parse(fs.readFileSync(expectedFile, 'utf8')));
      const names = actual.records.map((r) => (r as { name: string }).name);
      assert.equal(new Set(names).size, names.length, 'names are unique');
    });
  }

  it('never throws on any prefix of a case, and always answers records or a problem', () => {
    for (const file of CASES) {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      for (let end = 0; end <= text.length; end += Math.max(1, Math.floor(text.length / 97))) {
        const result = importRecords(text.slice(0, end));
        assert.ok(result.records.length + result.problems.length > 0, `${file} cut at ${end}`);
        for (const r of result.records) assert.ok(RECORD_SOURCES.includes(r.source));
      }
    }
  });

  it('gives records back unchanged when they are saved as a samples file and imported again', () => {
    for (const file of CASES) {
      const first = importRecords(fs.readFileSync(path.join(DIR, file), 'utf8'));
      const again = importRecords(JSON.stringify({ samples: first.records }));
      assert.deepEqual(again.records, first.records, file);
    }
  });

  it('finds every built-in sample with its own source, from JSON Lines', () => {
    const { records, problems } = importRecords(SAMPLE_RECORDS.map((s) => JSON.stringify(s.record)).join('\n'));
    assert.deepEqual(problems, []);
    assert.deepEqual(
      records.map((r) => [r.source, r.record]),
      SAMPLE_RECORDS.map((s) => [s.source, s.record]),
    );
  });
});

describe('record import of large inputs', () => {
  it('reads a record of 1 MB whole', () => {
    const body = JSON.stringify({ orderId: 'ord-1', note: 'x'.repeat(1024 * 1024) });
    const record = sqsRecord('m-1', body);
    const { records, problems } = importRecords(JSON.stringify(record));
    assert.deepEqual(problems, []);
    assert.deepEqual(records, [{ name: 'm-1', source: 'sqs', record }]);
  });

  it('reads 10,000 records, as JSON Lines and as one event, with unique names', () => {
    const all = Array.from({ length: 10_000 }, (_, i) => sqsRecord(`m-${i % 5000}`, `{"n": ${i}}`));
    for (const text of [all.map((r) => JSON.stringify(r)).join('\n'), JSON.stringify({ Records: all })]) {
      const started = performance.now();
      const { records, problems } = importRecords(text);
      const ms = performance.now() - started;
      assert.deepEqual(problems, []);
      assert.equal(records.length, 10_000);
      assert.equal(new Set(records.map((r) => r.name)).size, 10_000);
      assert.equal(records[5000]!.name, 'm-0 (2)');
      assert.ok(ms < 5000, `${ms} ms`);
    }
  });
});
