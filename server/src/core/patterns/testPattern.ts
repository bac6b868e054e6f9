// Tests a mapping's filters against records, the one way the CLI (`lambda-esm test-pattern`), the code
// lens and the playground do it, so they cannot disagree. Filters come as the text a user types (parsed
// and validated here, problems on offsets of that text) or as patterns validated elsewhere (a Terraform
// value, whose problems are diagnostics). `filterTester` prepares them once and tests one record at a
// time, so a caller streaming a large input keeps only the record at hand; `testPattern` runs a list.

import { compilePattern, type CompiledPattern } from './compilePattern';
import { decodeRecord, isObject, type DecodedRecord, type RecordSource } from './decodeRecord';
import { describeValue } from './describeMismatch';
import { explainMatch, type Explanation } from './explainMatch';
import { filterSet } from './filterSet';
import { parsePatternText } from './parsePattern';
import type { PatternAst } from './patternAst';
import type { PatternProblem } from './patternProblem';
import type { ValidateOptions } from './validatePattern';

/** A filter's pattern text, or a pattern already validated (its problems reported where it was read). */
export type FilterInput = string | PatternAst;

export interface FilterReport {
  /** What validation found, ranges in offsets of the filter's text; none for a pattern given validated. */
  readonly problems: readonly PatternProblem[];
  /** False when an error keeps the filter from compiling: records are then tested without it. */
  readonly tested: boolean;
}

export interface RecordTest {
  /** Whether Lambda delivers the record: any tested filter matches (Lambda ORs the filters). */
  readonly matched: boolean;
  /** The indexes of the filters that let the record through. */
  readonly matchedBy: readonly number[];
  /**
   * Per filter, in order: whether it matches, and the engine's explanation in full (why not, with the
   * failing fields of the closest branch and their paths in `decoded.view`; for a match, a caveat if
   * any). Undefined for a filter that was not tested.
   */
  readonly filters: readonly (Explanation | undefined)[];
  /**
   * The record as Lambda filters it: `view` has the SQS body parsed, Kinesis, MQ and Kafka payloads
   * decoded, DynamoDB records as they are. Numbers a double cannot hold are symbols there (eventJson.ts).
   */
  readonly decoded: DecodedRecord;
  /** Set when the input is not a record at all (not a JSON object): a pasted value, a wrong line. */
  readonly problem?: string;
}

export interface FilterTester {
  readonly filters: readonly FilterReport[];
  /** True when every filter compiled: AWS rejects the whole filter criteria for one invalid filter. */
  readonly valid: boolean;
  /** Decodes one record as Lambda does for `source` and tests it against every tested filter, explained. */
  test(record: unknown, source: RecordSource): RecordTest;
  /** Only whether Lambda delivers the record: no explanations, for counting large inputs quickly. */
  matches(record: unknown, source: RecordSource): boolean;
}

/** Parses, validates and compiles the filters once, for testing any number of records. Never throws. */
export function filterTester(filters: readonly FilterInput[], options: ValidateOptions = {}): FilterTester {
  const compiled: (CompiledPattern | undefined)[] = [];
  const reports = filters.map((filter): FilterReport => {
    const { pattern, problems } = typeof filter === 'string' ? parsePatternText(filter, options) : { pattern: filter, problems: [] };
    compiled.push(pattern && compilePattern(pattern));
    return { problems, tested: pattern !== undefined };
  });
  const usable = compiled.filter((p): p is CompiledPattern => p !== undefined);
  const set = filterSet(usable);
  return {
    filters: reports,
    valid: usable.length === filters.length,
    test(record, source) {
      const decoded = decodeRecord(record, source);
      const matchedBy: number[] = [];
      const outcomes = compiled.map((pattern, i) => {
        if (!pattern) return undefined;
        const explanation = explainMatch(pattern, decoded);
        if (explanation.matched) matchedBy.push(i);
        return explanation;
      });
      const result = { matched: matchedBy.length > 0, matchedBy, filters: outcomes, decoded };
      return isObject(record) ? result : { ...result, problem: notARecord(record) };
    },
    matches: (record, source) => set.matches(decodeRecord(record, source)),
  };
}

function notARecord(value: unknown): string {
  const kind = Array.isArray(value) ? 'an array' : typeof value === 'object' ? undefined : `a ${typeof value}`;
  const what = kind ? `${kind} (${describeValue(value)})` : describeValue(value);
  return `The record is ${what}, not a JSON object: Lambda hands functions objects, so it has no fields, and only \`exists: false\` can match.`;
}

export interface NamedRecord {
  readonly name: string;
  /** The record as the function receives it. */
  readonly record: unknown;
}

export interface TestPatternInput {
  readonly source: RecordSource;
  readonly filters: readonly FilterInput[];
  readonly records: readonly NamedRecord[];
  readonly options?: ValidateOptions;
}

export interface TestPatternResult {
  readonly filters: readonly FilterReport[];
  readonly valid: boolean;
  /** How many records Lambda delivers. */
  readonly matched: number;
  readonly records: readonly (RecordTest & { readonly name: string })[];
}

/** Tests every record against the filters; the list-at-once form of `filterTester`. Never throws. */
export function testPattern(input: TestPatternInput): TestPatternResult {
  const tester = filterTester(input.filters, input.options);
  const records = input.records.map((r) => ({ name: r.name, ...tester.test(r.record, input.source) }));
  return { filters: tester.filters, valid: tester.valid, matched: records.filter((r) => r.matched).length, records };
}
