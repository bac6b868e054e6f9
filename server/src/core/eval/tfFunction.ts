// A Terraform function as the evaluator calls it: on values already evaluated (with their source ranges,
// so a result built from an argument's parts still points where each part is written), returning a value.
// What the function cannot compute statically is `unknown`; what Terraform would reject is `unknown`
// with an `error`, so `try` and `can` can tell a failure from a value that is merely not known.

import type { SourceRange } from '../model/sourceRange';
import type { UnknownValue, Value } from '../model/value';

/** The call being evaluated: where it is written, for the range of values it computes. */
export interface CallSite {
  readonly name: string;
  /** The whole call expression, as written. */
  readonly text: string;
  readonly range: SourceRange;
}

export type TfFunction = (args: readonly Value[], call: CallSite) => Value;

/** The result when an argument (or something the function needs) is not known. */
export function unknownResult(call: CallSite): UnknownValue {
  return { kind: 'unknown', text: call.text, range: call.range };
}

/** The result when Terraform fails on the call; `message` says why, as Terraform would. */
export function failedResult(call: CallSite, message: string): UnknownValue {
  return { kind: 'unknown', text: call.text, range: call.range, error: message };
}
