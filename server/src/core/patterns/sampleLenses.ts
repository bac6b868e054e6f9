// What the editor shows above each filter: how many sample records of the mapping's source it lets
// through, and, per sample, whether it matched and why not. Built-in samples come first, then the
// user's sample files. The same engine as the diagnostics and the CLI, so they can never disagree.

import type { AnalyzeOptions } from '../analyze';
import { mappingsOf } from '../analyze';
import type { FileModel } from '../model/fileModel';
import { blocksOf, firstBlock } from '../model/mapping';
import { shiftRange, type SourceRange } from '../model/sourceRange';
import type { ModuleIndex } from '../module/moduleIndex';
import type { SourceKind } from '../sources/sourceKind';
import { compilePattern, type CompiledPattern } from './compilePattern';
import { decodeRecord, type RecordSource } from './decodeRecord';
import { explainMatch } from './explainMatch';
import { parsePatternValue } from './parsePattern';
import { samplesFor, type SampleRecord } from './samples/sampleRecords';

export interface SampleResult {
  readonly name: string;
  readonly matched: boolean;
  /** Why it did not match (or a caveat for a match). */
  readonly reason?: string;
}

export interface FilterLens {
  /** Where the lens stands: a `filter` block (or `filter_criteria`, for all filters together). */
  readonly range: SourceRange;
  readonly title: string;
  readonly results: readonly SampleResult[];
}

/** How Lambda hands records of each source kind to the function. */
export const RECORD_SOURCE: Readonly<Record<SourceKind, RecordSource | undefined>> = {
  sqs: 'sqs',
  'sqs-fifo': 'sqs',
  kinesis: 'kinesis',
  dynamodb: 'dynamodb',
  'mq-activemq': 'mq',
  'mq-rabbitmq': 'mq',
  msk: 'kafka',
  kafka: 'kafka',
  documentdb: undefined,
};

export function sampleLenses(file: FileModel, module: ModuleIndex, options: AnalyzeOptions, userSamples: readonly SampleRecord[]): FilterLens[] {
  const lenses: FilterLens[] = [];
  for (const { offset, analysis } of mappingsOf(file, module, options)) {
    const kinds = analysis.source.kinds;
    const sources = new Set(kinds?.map((k) => RECORD_SOURCE[k]));
    const source = sources.size === 1 ? [...sources][0] : undefined;
    const criteria = firstBlock(analysis.mapping.body, 'filter_criteria');
    if (!source || !criteria) continue;
    const samples = [...samplesFor(source), ...userSamples.filter((s) => s.source === source)];
    const text = options.text.slice(offset, offset + analysis.mapping.body.range.end);
    const compiled: CompiledPattern[] = [];
    for (const filter of blocksOf(criteria, 'filter')) {
      const value = filter.attributes.get('pattern')?.value;
      const pattern = value && parsePatternValue(value, text)?.pattern;
      if (!pattern || filter.dynamic) {
        compiled.length = 0;
        break; // One unknown filter makes what passes unknown.
      }
      const one = compilePattern(pattern);
      compiled.push(one);
      const results = samples.map((s) => resultOf(s, [one], source));
      lenses.push({ range: shiftRange(filter.typeRange, offset), title: titleOf('matches', results), results });
    }
    if (compiled.length > 1) {
      const results = samples.map((s) => resultOf(s, compiled, source));
      lenses.push({ range: shiftRange(criteria.typeRange, offset), title: titleOf('lets through', results), results });
    }
  }
  return lenses;
}

function resultOf(sample: SampleRecord, patterns: readonly CompiledPattern[], source: RecordSource): SampleResult {
  const decoded = decodeRecord(sample.record, source);
  let reason: string | undefined;
  for (const pattern of patterns) {
    const explanation = explainMatch(pattern, decoded);
    if (explanation.matched) return { name: sample.name, matched: true, ...(explanation.reason ? { reason: explanation.reason } : {}) };
    reason ??= explanation.reason;
  }
  return { name: sample.name, matched: false, ...(reason ? { reason } : {}) };
}

function titleOf(verb: string, results: readonly SampleResult[]): string {
  const matched = results.filter((r) => r.matched).length;
  return `${verb} ${matched} of ${results.length} sample${results.length === 1 ? '' : 's'}`;
}
