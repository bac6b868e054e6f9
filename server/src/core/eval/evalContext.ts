// What every part of one evaluation shares: the scope, the for-expression variables in force, and a
// budget of steps, so no expression (however it nests or loops) can keep the server busy.

import type { Expr } from '../model/expr';
import type { Value } from '../model/value';
import type { Scope } from './scope';

/** Expression nodes one evaluation may visit; beyond it the result is unknown. */
export const MAX_STEPS = 200_000;
/** Elements a for-expression or a splat iterates; a larger collection makes the result unknown. */
export const MAX_ITEMS = 10_000;

export interface EvalContext {
  readonly scope: Scope;
  /** For-expression variables, innermost last bound. */
  readonly vars: ReadonlyMap<string, Value> | undefined;
  readonly budget: { left: number };
  /** Evaluates a sub-expression in this context (or with more variables bound). */
  readonly evaluate: (expr: Expr, ctx: EvalContext) => Value;
}
