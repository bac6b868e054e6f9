// The filter playground's two requests: the mapping at a place with its filters' pattern texts and the
// sample records, and the engine's answer for edited filter texts against records. A thin adapter over
// the core's pattern engine (read, validate, compile, decode, explain), so the playground, the code lens
// and the diagnostics cannot disagree.

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
import { compilePattern, type CompiledPattern } from '../core/patterns/compilePattern';
import { decodeRecord, RECORD_SOURCES, type RecordSource } from '../core/patterns/decodeRecord';
import { explainMatch } from '../core/patterns/explainMatch';
import { parsePatternText } from '../core/patterns/parsePattern';
import { patternText } from '../core/patterns/patternText';
import { RECORD_SOURCE } from '../core/patterns/sampleLenses';
import { SAMPLE_RECORDS, type SampleRecord } from '../core/patterns/samples/sampleRecords';
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
  const compiled: (CompiledPattern | undefined)[] = [];
  const filters = texts.map((text): FilterCheck => {
    const result = parsePatternText(text);
    const usable = result.pattern !== undefined && !result.problems.some((p) => p.severity === 'error');
    compiled.push(usable ? compilePattern(result.pattern!) : undefined);
    return { usable, problems: result.problems.map((p) => ({ severity: p.severity, message: p.message, start: p.range.start, end: p.range.end })) };
  });
  const decode = new Set(Array.isArray(params?.decode) ? params.decode : []);
  return { filters, records: records.map((record, i) => recordResult(record, source, compiled, decode.has(i))) };
}

function recordResult(record: unknown, source: RecordSource, compiled: readonly (CompiledPattern | undefined)[], withDecoded: boolean): RecordResult {
  const decoded = decodeRecord(record, source);
  const matchedBy: number[] = [];
  const explanations: FilterExplanation[] = [];
  compiled.forEach((pattern, filter) => {
    if (!pattern) return;
    const explanation = explainMatch(pattern, decoded);
    if (explanation.matched) matchedBy.push(filter);
    if (explanation.reason || explanation.failures.length > 0) {
      explanations.push({
        filter,
        ...(explanation.reason ? { reason: explanation.reason } : {}),
        failures: explanation.failures.map((f) => ({ path: f.path, message: f.message })),
      });
    }
  });
  return { matched: matchedBy.length > 0, matchedBy, explanations, ...(withDecoded ? { decoded: decoded.view } : {}), payload: decoded.payload };
}
