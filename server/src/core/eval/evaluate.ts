// Evaluates a Terraform expression (model/expr.ts) to a value, with Terraform's semantics and `unknown`
// for whatever cannot be known statically: it propagates through operators, templates and calls. What
// Terraform would reject is `unknown` with an `error`. Nothing throws, and a step budget bounds the work.

import type { ConditionalExpr, Expr, ObjectExpr } from '../model/expr';
import { settle, type ObjectEntry, type Value } from '../model/value';
import { boolOf, errorOf, stringOf } from './convert';
import { evalCall } from './evalCall';
import { MAX_STEPS, type EvalContext } from './evalContext';
import { evalFor } from './evalFor';
import { evalBinary, evalUnary } from './evalOperator';
import { failureAt, unknownAt } from './evalResult';
import { evalTemplate } from './evalTemplate';
import { evalTraversal } from './evalTraversal';
import type { Scope } from './scope';

export function evaluate(expr: Expr, scope: Scope): Value {
  return evalExpr(expr, { scope, vars: undefined, budget: { left: MAX_STEPS }, evaluate: evalExpr });
}

function evalExpr(expr: Expr, ctx: EvalContext): Value {
  if (--ctx.budget.left < 0) return unknownAt(expr.range);
  switch (expr.type) {
    case 'literal':
      return expr.value;
    case 'template':
      return evalTemplate(expr, ctx);
    case 'tuple': {
      // An element Terraform fails on fails the whole tuple (so `try([x.missing], [])` takes the `[]`).
      const items = expr.items.map((item) => evalExpr(item, ctx));
      const failed = items.find((item) => errorOf(item) !== undefined);
      return failed ? failureAt(expr.range, errorOf(failed)!) : { kind: 'list', items, range: expr.range };
    }
    case 'object':
      return evalObject(expr, ctx);
    case 'traversal':
      return evalTraversal(expr, ctx);
    case 'call':
      return evalCall(expr, ctx);
    case 'unary':
      return evalUnary(expr.op, evalExpr(expr.operand, ctx), expr.range);
    case 'binary':
      return evalBinary(expr.op, evalExpr(expr.left, ctx), evalExpr(expr.right, ctx), expr.range);
    case 'conditional':
      return evalConditional(expr, ctx);
    case 'for':
      return evalFor(expr, ctx);
    case 'unsupported':
      return unknownAt(expr.range);
  }
}

function evalObject(expr: ObjectExpr, ctx: EvalContext): Value {
  const entries: ObjectEntry[] = [];
  for (const { key, value } of expr.entries) {
    let name: string;
    if ('name' in key) name = key.name;
    else {
      const k = settle(evalExpr(key.expr, ctx));
      if (k.kind === 'unknown') return k.error !== undefined ? failureAt(expr.range, k.error) : unknownAt(expr.range);
      if (k.kind === 'reference') return unknownAt(expr.range);
      if (k.kind === 'null') return failureAt(expr.range, 'Invalid object key: the key is null.');
      const text = stringOf(k);
      if (text === undefined) return failureAt(expr.range, 'Invalid object key: a string is required.');
      name = text;
    }
    const v = evalExpr(value, ctx);
    const error = errorOf(v);
    if (error !== undefined) return failureAt(expr.range, error);
    // A later duplicate replaces the earlier one, as in a map.
    const at = entries.findIndex((e) => e.key === name);
    const entry = { key: name, keyRange: key.range, value: v };
    if (at >= 0) entries[at] = entry;
    else entries.push(entry);
  }
  return { kind: 'object', entries, range: expr.range };
}

/**
 * `c ? a : b`: only the chosen branch is evaluated; when the other is a string and the chosen a number or
 * a bool, Terraform unifies them to string (`true ? 1 : "x"` is "1").
 */
function evalConditional(expr: ConditionalExpr, ctx: EvalContext): Value {
  const c = settle(evalExpr(expr.condition, ctx));
  if (c.kind === 'unknown') return c.error !== undefined ? failureAt(expr.range, c.error) : unknownAt(expr.range);
  if (c.kind === 'reference') return unknownAt(expr.range);
  if (c.kind === 'null') return failureAt(expr.range, 'The condition value is null.');
  const b = boolOf(c);
  if (b === undefined) return failureAt(expr.range, 'The condition must be a bool.');
  const chosen = evalExpr(b ? expr.then : expr.else, ctx);
  const v = settle(chosen);
  if (v.kind !== 'number' && v.kind !== 'bool') return chosen;
  const other = settle(evalExpr(b ? expr.else : expr.then, ctx));
  // The other branch's type is not known when its value is not: the result's type is not either.
  if (other.kind === 'unknown' || other.kind === 'reference') return unknownAt(expr.range);
  if (other.kind === 'string' || (other.kind !== 'null' && other.kind !== v.kind && (other.kind === 'number' || other.kind === 'bool'))) {
    return other.kind === 'string' ? { kind: 'string', value: stringOf(v)!, form: 'quoted', contentStart: expr.range.start + 1, range: v.range } : unknownAt(expr.range);
  }
  return chosen;
}
