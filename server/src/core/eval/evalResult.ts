// The values the evaluator computes when it cannot compute one: unknown, or a failure Terraform would
// report (an `unknown` with `error`, as tfFunction.ts has it for functions).

import type { SourceRange } from '../model/sourceRange';
import type { UnknownValue } from '../model/value';

export function unknownAt(range: SourceRange, text = ''): UnknownValue {
  return { kind: 'unknown', text, range };
}

export function failureAt(range: SourceRange, error: string, text = ''): UnknownValue {
  return { kind: 'unknown', text, range, error };
}
