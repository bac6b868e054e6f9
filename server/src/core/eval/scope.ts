// What an expression's names stand for. The evaluator binds for-expression variables itself and asks the
// scope for everything else: `var.x`, `local.y`, `aws_sqs_queue.q.arn`, `each.value`, `path.module`, …

import type { SourceRange } from '../model/sourceRange';
import type { Value } from '../model/value';

export interface Scope {
  /**
   * The value of a traversal whose steps are all names or literal keys (`local.settings.batch`), as far
   * as the scope knows it: a value keeps the range where it is written; what is not known is a
   * `reference` without `resolved` (or `unknown`).
   */
  reference(path: readonly string[], range: SourceRange): Value;
  /** Settles a value read from the source that holds expressions or references of its own. */
  value(value: Value): Value;
}

/** A scope where nothing is known: every name is unknown. */
export const EMPTY_SCOPE: Scope = {
  reference: (path, range) => ({ kind: 'reference', path, range }),
  value: (value) => value,
};
