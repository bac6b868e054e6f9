// The filter playground's requests: the mapping at a place with its filters' pattern texts and the
// sample records; the engine's answer for edited filter texts against records (a thin adapter over the
// core's `testPattern`, which the CLI and the code lens use too, so they cannot disagree); the records in
// a pasted text; and the edits that write a pattern back (applyFilter.ts).

import {
  APPLY_FILTER_REQUEST,
  IMPORT_RECORDS_REQUEST,
  PLAYGROUND_SOURCE_REQUEST,
  TEST_FILTERS_REQUEST,
  type FilterCheck,
  type ApplyFilterParams,
  type ApplyFilterResult,
  type FilterExplanation,
  type ImportRecordsParams,
  type ImportRecordsResult,
  type PlaygroundSample,
  type PlaygroundSourceParams,
  type PlaygroundSourceResult,
  type RecordResult,
  type TestFiltersParams,
  type TestFiltersResult,
} from '../../../protocol/playground';
import { RECORD_SOURCES, type RecordSource } from '../core/patterns/decodeRecord';
import { importRecords } from '../core/patterns/importRecords';
import { RECORD_SOURCE } from '../core/patterns/sampleLenses';
import { SAMPLE_RECORDS, type SampleRecord } from '../core/patterns/samples/sampleRecords';
import { filterTester, type RecordTest } from '../core/patterns/testPattern';
import { runSafe } from '../runSafe';
import { applyFilter } from './applyFilter';
import { filterBlocks, mappingFor, playgroundFilters } from './playgroundMapping';
import { serviceDocumentOf } from './serviceDocumentOf';
import type { ServerState } from './serverState';

export function registerPlayground(state: ServerState): void {
  state.connection.onRequest(PLAYGROUND_SOURCE_REQUEST, (params: PlaygroundSourceParams) =>
    runSafe(state.logger, `playground source in ${params?.uri}`, blank(state.samples), () => playgroundSource(state, params)),
  );
  // The records of the open playgrounds, so a keystroke in a filter does not send them again.
  const recordSets = new Map<string, readonly unknown[]>();
  state.connection.onRequest(TEST_FILTERS_REQUEST, (params: TestFiltersParams) =>
    runSafe(state.logger, 'playground filters', { filters: [], records: [] } as TestFiltersResult, () => testFilters(params, recordSets)),
  );
  state.connection.onRequest<ApplyFilterResult, void>(APPLY_FILTER_REQUEST, (params: ApplyFilterParams) =>
    runSafe<ApplyFilterResult>(state.logger, `playground apply in ${params?.uri}`, { kind: 'refused', reason: 'The pattern could not be written back (see the output).' }, () => applyFilter(state, params)),
  );
  state.connection.onRequest(IMPORT_RECORDS_REQUEST, (params: ImportRecordsParams) =>
    runSafe(state.logger, 'playground import', { records: [], problems: [{ message: 'The records could not be read (see the output).' }] } as ImportRecordsResult, () => importFor(params)),
  );
}

function playgroundSource(state: ServerState, params: PlaygroundSourceParams): PlaygroundSourceResult {
  const served = params?.uri ? serviceDocumentOf(state, params.uri) : undefined;
  if (!served) return blank(state.samples);
  const { service, document } = served;
  const offset = params.position ? document.offsetAt(params.position) : -1;
  const found = mappingFor(service, params.mapping, offset);
  if (!found) return blank(state.samples);
  const { mapping, source } = found.analysis;
  const kinds = source.kinds ?? [];
  const sources = new Set(kinds.map((k) => RECORD_SOURCE[k]));
  const recordSource = sources.size === 1 ? [...sources][0] : undefined;
  // Block ranges are relative to the mapping's block.
  const relative = offset - found.offset;
  const focus = filterBlocks(mapping).findIndex((f) => relative >= f.range.start && relative <= f.range.end);
  return {
    mapping: mapping.name,
    kinds,
    ...(recordSource ? { source: recordSource } : {}),
    filters: playgroundFilters(mapping),
    ...(focus >= 0 ? { focus } : {}),
    samples: samplesOf(state.samples),
  };
}

function blank(userSamples: readonly SampleRecord[]): PlaygroundSourceResult {
  return { kinds: [], filters: [], samples: samplesOf(userSamples) };
}

function samplesOf(userSamples: readonly SampleRecord[]): PlaygroundSample[] {
  const sample = (origin: PlaygroundSample['origin']) => (s: SampleRecord): PlaygroundSample => ({
    name: s.name,
    source: s.source,
    ...(s.description ? { description: s.description } : {}),
    origin,
    record: s.record,
  });
  return [...SAMPLE_RECORDS.map(sample('built-in')), ...userSamples.map(sample('sample file'))];
}

function importFor(params: ImportRecordsParams): ImportRecordsResult {
  const expected = RECORD_SOURCES.includes(params?.source as RecordSource) ? (params.source as RecordSource) : undefined;
  const { records, problems } = importRecords(typeof params?.text === 'string' ? params.text : '', expected);
  return { records, problems: problems.map((p) => ({ message: p.message, ...(p.line !== undefined ? { line: p.line } : {}) })) };
}

/** How many record lists are kept: one per open playground, and there is one at a time. */
const RECORD_SETS_KEPT = 4;

function testFilters(params: TestFiltersParams, recordSets: Map<string, readonly unknown[]>): TestFiltersResult {
  const source: RecordSource = RECORD_SOURCES.includes(params?.source) ? params.source : 'raw';
  const texts = Array.isArray(params?.filters) ? params.filters.map((t) => (typeof t === 'string' ? t : '')) : [];
  const key = typeof params?.recordsKey === 'string' ? params.recordsKey : undefined;
  let records: readonly unknown[];
  if (Array.isArray(params?.records)) {
    records = params.records;
    if (key !== undefined) {
      recordSets.delete(key);
      recordSets.set(key, records);
      for (const old of recordSets.keys()) if (recordSets.size > RECORD_SETS_KEPT) recordSets.delete(old);
    }
  } else {
    if (key === undefined) records = [];
    else {
      const kept = recordSets.get(key);
      if (!kept) return { filters: [], records: [], missingRecords: true };
      records = kept;
    }
  }
  const tester = filterTester(texts);
  const usable = tester.filters.map((report) => report.tested && !report.problems.some((p) => p.severity === 'error'));
  const filters = tester.filters.map((report, i): FilterCheck => ({
    usable: usable[i]!,
    problems: report.problems.map((p) => ({ severity: p.severity, message: p.message, start: p.range.start, end: p.range.end })),
  }));
  const decode = new Set(Array.isArray(params?.decode) ? params.decode : []);
  return { filters, records: records.map((record, i) => recordResult(tester.test(record, source), usable, decode.has(i))) };
}

/** The core's answer for one record, in the protocol's terms; filters that cannot be used say nothing. */
function recordResult(test: RecordTest, usable: readonly boolean[], withDecoded: boolean): RecordResult {
  const matchedBy = test.matchedBy.filter((filter) => usable[filter]);
  const explanations: FilterExplanation[] = [];
  test.filters.forEach((explanation, filter) => {
    if (!explanation || !usable[filter] || (!explanation.reason && explanation.failures.length === 0)) return;
    explanations.push({
      filter,
      ...(explanation.reason ? { reason: explanation.reason } : {}),
      failures: explanation.failures.map((f) => ({ path: f.path, message: f.message })),
    });
  });
  return { matched: matchedBy.length > 0, matchedBy, explanations, ...(withDecoded ? { decoded: test.decoded.view } : {}), payload: test.decoded.payload };
}
