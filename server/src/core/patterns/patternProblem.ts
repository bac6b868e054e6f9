// What pattern validation reports: a stable code, a severity, a sentence and the range of the token.
// Rejections keep EventBridge's own reason (the engine Lambda shares) and say what Lambda will print.

import type { Severity } from '../model/problem';
import type { SourceRange } from '../model/sourceRange';

export type PatternProblemCode =
  /** Not JSON: AWS rejects it. */
  | 'pattern-json'
  /** JSON, but not a valid EventBridge pattern: AWS rejects it. */
  | 'pattern-invalid'
  /** Longer than Lambda's 4,096 characters. */
  | 'pattern-too-long'
  /** An operator Lambda's documentation says it does not support. */
  | 'pattern-lambda-unsupported'
  /** An operator that works in EventBridge but that no Lambda documentation lists. */
  | 'pattern-lambda-unverified'
  /** Beyond an EventBridge service limit (wildcard complexity, `$or` combinations). */
  | 'pattern-too-complex'
  /** A number outside the range or precision older engine versions compare exactly. */
  | 'pattern-number-precision'
  /** A key repeated in one object: only the last one counts. */
  | 'pattern-duplicate-key'
  /** Text after the pattern's closing brace. */
  | 'pattern-trailing-text';

export interface PatternProblem {
  readonly code: PatternProblemCode;
  readonly severity: Severity;
  readonly message: string;
  readonly range: SourceRange;
  /** For rejections: EventBridge's reason, exactly as AWS words it after "Event pattern is not valid. Reason: ". */
  readonly reason?: string;
}

/** Which service's rules apply: Lambda (operator subset, generic error) or EventBridge itself. */
export type PatternTarget = 'lambda' | 'eventbridge';

export const LAMBDA_REJECTION = 'Invalid filter pattern definition.';

/** A rejection: EventBridge's reason, a hint when there is an obvious fix, and what Lambda answers. */
export function rejection(code: 'pattern-json' | 'pattern-invalid', reason: string, range: SourceRange, hint?: string): PatternProblem {
  const sentence = /[.!?)]$/.test(reason) ? reason : `${reason}.`;
  const lead = code === 'pattern-json' ? 'The pattern is not valid JSON: ' : '';
  return {
    code,
    severity: 'error',
    reason,
    range,
    message: `${lead}${sentence}${hint ? ` ${hint}` : ''} AWS rejects the pattern; Lambda answers "${LAMBDA_REJECTION}"`,
  };
}

/**
 * The first error in reading order, which is what EventBridge reports: it reads the pattern as a stream
 * and stops at the first error. Validation lists problems in that same order.
 */
export function firstError(problems: readonly PatternProblem[]): PatternProblem | undefined {
  return problems.find((p) => p.severity === 'error');
}
