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
import type { RecordSource } from './decodeRecord';
import type { Explanation } from './explainMatch';
import { parsePatternValue } from './parsePattern';
import type { PatternAst } from './patternAst';
import { samplesFor, type SampleRecord } from './samples/sampleRecords';
import { filterTester, type RecordTest } from './testPattern';

export interface SampleResult {
  readonly name: string;
  readonly matched: boolean;
  /** Why it did not match (or a caveat for a match). */
  readonly reason?: string;
  /** The pattern's fields it failed on (dotted paths), a few at most. */
  readonly fields?: readonly string[];
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
    const text = options.text.slice(offset, offset + analysis.mapping.body.range.end);
    const patterns: PatternAst[] = [];
    const ranges: SourceRange[] = [];
    // One unknown filter makes what passes unknown: the filters before it keep their lenses, the criteria gets none.
    let known = true;
    for (const filter of blocksOf(criteria, 'filter')) {
      const value = filter.attributes.get('pattern')?.value;
      const pattern = value && parsePatternValue(value, text)?.pattern;
      if (!pattern || filter.dynamic) {
        known = false;
        break;
      }
      patterns.push(pattern);
      ranges.push(shiftRange(filter.typeRange, offset));
    }
    if (patterns.length === 0) continue;
    const samples = [...samplesFor(source), ...userSamples.filter((s) => s.source === source)];
    const tester = filterTester(patterns);
    const tests = samples.map((s) => tester.test(s.record, source));
    ranges.forEach((range, i) => {
      const results = samples.map((s, k) => resultOf(s.name, tests[k]!.filters[i]!));
      lenses.push({ range, title: titleOf('matches', results), results });
    });
    if (known && patterns.length > 1) {
      const results = samples.map((s, k) => resultOf(s.name, combined(tests[k]!)));
      lenses.push({ range: shiftRange(criteria.typeRange, offset), title: titleOf('lets through', results), results });
    }
  }
  return lenses;
}

/** The failing fields a list can name in a line. */
const MAX_FIELDS = 3;

function resultOf(name: string, explanation: Explanation): SampleResult {
  const fields = [...new Set(explanation.failures.map((f) => f.path))].slice(0, MAX_FIELDS);
  return { name, matched: explanation.matched, ...(explanation.reason ? { reason: explanation.reason } : {}), ...(fields.length > 0 && !explanation.matched ? { fields } : {}) };
}

/** For all filters together: the caveat of the first filter that matches, or the first reason why none does. */
function combined(test: RecordTest): Explanation {
  const first = test.matchedBy[0];
  if (first !== undefined) return test.filters[first]!;
  return test.filters.find((e) => e?.reason) ?? test.filters[0]!;
}

function titleOf(verb: string, results: readonly SampleResult[]): string {
  const matched = results.filter((r) => r.matched).length;
  return `${verb} ${matched} of ${results.length} sample${results.length === 1 ? '' : 's'}`;
}
