// The filter playground's two requests: the mapping at a place with its filters' pattern texts and the
// sample records, and the engine's answer for edited filter texts against records. A thin adapter over
// the core's `testPattern` (which the CLI and the code lens use too), so they cannot disagree.

import {
  PLAYGROUND_SOURCE_REQUEST,
  TEST_FILTERS_REQUEST,
  type FilterCheck,
  type FilterExplanation,
  type PlaygroundFilter,
  type PlaygroundSample,
  type PlaygroundSourceParams,
  type PlaygroundSourceResult,
  type RecordResult,
  type TestFiltersParams,
  type TestFiltersResult,
} from '../../../protocol/playground';
import { mappingsOf } from '../core/analyze';
import { blocksOf, firstBlock, type Block } from '../core/model/mapping';
import { RECORD_SOURCES, type RecordSource } from '../core/patterns/decodeRecord';
import { patternText } from '../core/patterns/patternText';
import { RECORD_SOURCE } from '../core/patterns/sampleLenses';
import { SAMPLE_RECORDS, type SampleRecord } from '../core/patterns/samples/sampleRecords';
import { filterTester, type RecordTest } from '../core/patterns/testPattern';
import { runSafe } from '../runSafe';
import { serviceDocumentOf } from './serviceDocumentOf';
import type { ServerState } from './serverState';

export function registerPlayground(state: ServerState): void {
  state.connection.onRequest(PLAYGROUND_SOURCE_REQUEST, (params: PlaygroundSourceParams) =>
    runSafe(state.logger, `playground source in ${params?.uri}`, blank(state.samples), () => playgroundSource(state, params)),
  );
  state.connection.onRequest(TEST_FILTERS_REQUEST, (params: TestFiltersParams) =>
    runSafe(state.logger, 'playground filters', { filters: [], records: [] } as TestFiltersResult, () => testFilters(params)),
  );
}

function playgroundSource(state: ServerState, params: PlaygroundSourceParams): PlaygroundSourceResult {
  const served = params?.uri ? serviceDocumentOf(state, params.uri) : undefined;
  if (!served) return blank(state.samples);
  const { service, document } = served;
  const offset = params.position ? document.offsetAt(params.position) : -1;
  const mappings = mappingsOf(service.model, service.module, { text: service.text, ...(service.cache ? { cache: service.cache } : {}) });
  const found =
    mappings.find((m) => params.mapping !== undefined && m.analysis.mapping.name === params.mapping) ??
    mappings.find((m) => offset >= m.offset && offset <= m.offset + m.analysis.mapping.body.range.end);
  if (!found) return blank(state.samples);
  const { mapping, source } = found.analysis;
  const kinds = source.kinds ?? [];
  const sources = new Set(kinds.map((k) => RECORD_SOURCE[k]));
  const recordSource = sources.size === 1 ? [...sources][0] : undefined;
  const criteria = firstBlock(mapping.body, 'filter_criteria');
  const filters = criteria ? blocksOf(criteria, 'filter') : [];
  // Block ranges are relative to the mapping's block.
  const relative = offset - found.offset;
  const focus = filters.findIndex((f) => relative >= f.range.start && relative <= f.range.end);
  return {
    mapping: mapping.name,
    kinds,
    ...(recordSource ? { source: recordSource } : {}),
    filters: filters.map(filterOf),
    ...(focus >= 0 ? { focus } : {}),
    samples: samplesOf(state.samples),
  };
}

function filterOf(filter: Block): PlaygroundFilter {
  const value = filter.attributes.get('pattern')?.value;
  const text = value && !filter.dynamic ? patternText(value) : undefined;
  if (text === undefined) return { origin: 'unknown' };
  return { text, origin: value!.kind === 'reference' ? 'reference' : 'literal' };
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

function testFilters(params: TestFiltersParams): TestFiltersResult {
  const source: RecordSource = RECORD_SOURCES.includes(params?.source) ? params.source : 'raw';
  const texts = Array.isArray(params?.filters) ? params.filters.map((t) => (typeof t === 'string' ? t : '')) : [];
  const records = Array.isArray(params?.records) ? params.records : [];
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
