// Matches a compiled pattern against a decoded record with Lambda's rule for payloads whose format is
// not the pattern's: SQS and Kinesis drop the record; Amazon MQ and Kafka filter on the other fields
// only. The rule applies per `$or` branch, since branches may address the payload differently.

import { branchMatcher, type BranchCondition, type CompiledPattern, type RunTester } from './compilePattern';
import { SOURCE_DECODING, type DecodedRecord, type PayloadFormat } from './decodeRecord';
import { MatchRun } from './matchRun';

/** The format a branch expects of the payload field: nested fields mean JSON, a value list plain text. */
export function branchPayloadFormat(branch: readonly BranchCondition[], key: string): 'json' | 'text' | 'none' {
  let format: 'json' | 'text' | 'none' = 'none';
  for (const c of branch) {
    if (c.atoms[0] !== key) continue;
    if (c.atoms.length > 1) return 'json';
    format = 'text';
  }
  return format;
}

const variants = new WeakMap<CompiledPattern, Map<string, RunTester>>();

/**
 * True when Lambda would deliver the record to the function. `run` is the run of a caller that matches
 * several patterns against this decoded record (see `CompiledPattern.run`); without one, a fresh run.
 */
export function matchRecord(pattern: CompiledPattern, decoded: DecodedRecord, run: MatchRun = new MatchRun()): boolean {
  return payloadFits(pattern, decoded) ? pattern.run(decoded.view, run) : testerFor(pattern, decoded.payloadKey!, decoded)(decoded.view, run);
}

/** True when the pattern can be run as it is: no branch expects the payload in another format. */
export function payloadFits(pattern: CompiledPattern, decoded: DecodedRecord): boolean {
  const key = decoded.payloadKey;
  if (key === undefined || decoded.payload === 'absent' || pattern.branches.length === 0) return true;
  const expected = pattern.topFormats.get(key);
  return expected === undefined || expected === decoded.payload;
}

function testerFor(pattern: CompiledPattern, key: string, decoded: DecodedRecord): RunTester {
  const policy = SOURCE_DECODING[decoded.source]?.onMismatch ?? 'drop';
  const id = `${key}\u0000${decoded.payload}\u0000${policy}`;
  let cache = variants.get(pattern);
  if (!cache) variants.set(pattern, (cache = new Map()));
  let tester = cache.get(id);
  if (!tester) cache.set(id, (tester = buildTester(pattern, key, decoded.payload, policy)));
  return tester;
}

function buildTester(pattern: CompiledPattern, key: string, payload: PayloadFormat, policy: 'drop' | 'ignore'): RunTester {
  const formats = pattern.branches.map((b) => branchPayloadFormat(b, key));
  const fits = (f: 'json' | 'text' | 'none'): boolean => f === 'none' || f === payload;
  const testers: RunTester[] = [];
  pattern.branches.forEach((branch, i) => {
    if (fits(formats[i]!)) testers.push(branchMatcher(branch));
    else if (policy === 'ignore') testers.push(branchMatcher(branch.filter((c) => c.atoms[0] !== key)));
  });
  return (view, run) => testers.some((t) => t(view, run));
}
