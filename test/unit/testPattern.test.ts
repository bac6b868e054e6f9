// `testPattern()`, the one core function the CLI, the code lens and the playground test filters with:
// each case in test/fixtures/testPattern/ is { source, filters (texts), records, expected }, expected
// being the whole result in a JSON form (problems and failing keys with the text they cover, so offsets
// read at a glance; numbers a double cannot hold as {"$number": text}). `{"$repeat": unit, "times": n}`
// anywhere in a case stands for the unit repeated (a 1 MiB record stays a small file).
// `LAMBDA_ESM_UPDATE_SNAPSHOTS=1` writes `expected` from the results: review the diff.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RECORD_SOURCES, type RecordSource } from '../../server/src/core/patterns/decodeRecord';
import type { SourceRange } from '../../server/src/core/model/sourceRange';
import { filterTester, testPattern, type NamedRecord } from '../../server/src/core/patterns/testPattern';
import { FIXTURES } from '../support/paths';

const DIR = path.join(FIXTURES, 'testPattern');
const UPDATE = process.env.LAMBDA_ESM_UPDATE_SNAPSHOTS === '1';

interface Case {
  readonly description: string;
  readonly source: RecordSource;
  readonly filters: readonly string[];
  readonly records: readonly NamedRecord[];
  readonly expected: unknown;
}

/** Replaces every `{"$repeat": unit, "times": n}` by the repeated text. */
function expand(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expand);
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (typeof o.$repeat === 'string' && typeof o.times === 'number') return o.$repeat.repeat(o.times);
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, expand(v)]));
}

/** The reverse, for long strings that repeat one short unit. */
function compress(value: unknown): unknown {
  if (typeof value === 'string' && value.length > 4096) {
    for (let n = 1; n <= 64; n++) {
      const unit: string = value.slice(0, n);
      if (value.length % n === 0 && unit.repeat(value.length / n) === value) return { $repeat: unit, times: value.length / n };
    }
  }
  if (Array.isArray(value)) return value.map(compress);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compress(v)]));
}

const span = (text: string, range: SourceRange): unknown => ({ range: [range.start, range.end], text: text.slice(range.start, range.end) });

/** The result as plain JSON: what the expectations are written in. */
function plain(c: Case, result: ReturnType<typeof testPattern>): unknown {
  const json = {
    valid: result.valid,
    matched: result.matched,
    filters: result.filters.map((f, i) => ({
      tested: f.tested,
      problems: f.problems.map((p) => ({ code: p.code, severity: p.severity, ...(span(c.filters[i]!, p.range) as object), message: p.message })),
    })),
    records: result.records.map((r) => ({
      name: r.name,
      matched: r.matched,
      matchedBy: r.matchedBy,
      filters: r.filters.map((e, i) =>
        e === undefined
          ? null
          : {
              matched: e.matched,
              ...(e.reason !== undefined ? { reason: e.reason } : {}),
              failures: e.failures.map((f) => ({ path: f.atoms, key: span(c.filters[i]!, f.keyRange), message: f.message })),
            },
      ),
      ...(r.problem !== undefined ? { problem: r.problem } : {}),
      payload: r.decoded.payload,
      view: r.decoded.view,
    })),
  };
  return JSON.parse(JSON.stringify(json, (_k, v: unknown) => (typeof v === 'symbol' ? { $number: v.description } : v)));
}

describe('testPattern: fixtures', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
  it('has cases', () => assert.ok(files.length >= 7));
  for (const file of files) {
    it(file, () => {
      const raw = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Case;
      const c = expand(raw) as Case;
      assert.ok(RECORD_SOURCES.includes(c.source), `unknown source ${c.source}`);
      const result = testPattern({ source: c.source, filters: c.filters, records: c.records });
      const actual = plain(c, result);
      if (UPDATE) {
        fs.writeFileSync(path.join(DIR, file), `${JSON.stringify({ ...raw, expected: compress(actual) }, null, 2)}\n`);
        return;
      }
      assert.deepEqual(actual, c.expected);
      // The quick form the CLI counts with answers as the explained one.
      const tester = filterTester(c.filters);
      for (const r of result.records) assert.equal(tester.matches(c.records.find((x) => x.name === r.name)!.record, c.source), r.matched, r.name);
    });
  }
});
