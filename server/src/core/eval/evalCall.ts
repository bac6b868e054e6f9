// A function call: the function from the table (functions/index.ts), or unknown when the evaluator does
// not have it. `jsonencode` keeps what it encodes as a value (the model's `jsonencode` kind), so rules
// read the pattern with the positions of the HCL it was written as. `f(a, list...)` spreads the list.

import type { CallExpr } from '../model/expr';
import { settle, type Value } from '../model/value';
import type { EvalContext } from './evalContext';
import { failureAt, unknownAt } from './evalResult';
import { FUNCTIONS } from './functions/index';
import type { CallSite } from './tfFunction';

export function evalCall(expr: CallExpr, ctx: EvalContext): Value {
  const { range, name } = expr;
  const text = `${name}(…)`;
  let args = expr.args.map((a) => ctx.evaluate(a, ctx));
  if (expr.expand) {
    const last = settle(args[args.length - 1] ?? { kind: 'null', range });
    if (last.kind === 'unknown') return last.error !== undefined ? failureAt(range, last.error, text) : unknownAt(range, text);
    if (last.kind === 'reference') return unknownAt(range, text);
    if (last.kind !== 'list') return failureAt(range, 'Invalid expanding argument value: a list, set or tuple is required.', text);
    args = [...args.slice(0, -1), ...last.items];
  }
  if (name === 'jsonencode' && args.length === 1) {
    const inner = args[0]!;
    const v = settle(inner);
    if (v.kind === 'unknown') return v.error !== undefined ? failureAt(range, v.error, text) : unknownAt(range, text);
    if (v.kind === 'reference') return unknownAt(range, text);
    return { kind: 'jsonencode', inner, range };
  }
  const fn = FUNCTIONS.get(name);
  if (!fn) return unknownAt(range, text);
  const call: CallSite = { name, text, range };
  try {
    return fn(args, call);
  } catch {
    // A function must not throw (the function tests check it); if one does, it knows nothing.
    return unknownAt(range, text);
  }
}
