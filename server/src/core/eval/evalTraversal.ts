// `local.settings.batch`, `aws_sqs_queue.q.arn`, `var.queues[each.key]`, `local.items[*].name`. The longest
// prefix of names and literal keys is the scope's to answer (it knows variables, locals and resources);
// computed indexes and splats then apply to that value. For-expression variables shadow the scope.

import type { Expr, TraversalExpr, TraversalStep } from '../model/expr';
import type { SourceRange } from '../model/sourceRange';
import { settle, type Value } from '../model/value';
import { numberOf, stringOf } from './convert';
import { MAX_ITEMS, type EvalContext } from './evalContext';
import { failureAt, unknownAt } from './evalResult';

export function evalTraversal(expr: TraversalExpr, ctx: EvalContext): Value {
  const { root, steps, range } = expr;
  if (typeof root !== 'string') return applySteps(ctx.evaluate(root, ctx), steps, 0, ctx, range);
  const bound = ctx.vars?.get(root);
  if (bound) return applySteps(bound, steps, 0, ctx, range);
  const path = [root];
  let used = 0;
  for (const step of steps.slice(0, prefixLength(root) - 1)) {
    const name = staticName(step);
    if (name === undefined) break;
    path.push(name);
    used++;
  }
  const end = used === 0 ? range.start + root.length : steps[used - 1]!.range.end;
  const base = ctx.scope.reference(path, { start: range.start, end });
  return used === steps.length ? base : applySteps(base, steps, used, ctx, range);
}

/**
 * How many names the scope takes to name a thing (`var.x`, `aws_sqs_queue.q.arn`, `data.t.n.attr`): the
 * steps after them apply to its value here, so a missing key fails as in Terraform.
 */
function prefixLength(root: string): number {
  if (root === 'data') return 4;
  if (root === 'var' || root === 'local' || root === 'each' || root === 'count' || root === 'path' || root === 'terraform' || root === 'self') return 2;
  return 3;
}

/** An attribute name, or an index written as a literal string or number. */
function staticName(step: TraversalStep): string | undefined {
  if (step.type === 'attr') return step.name;
  if (step.type !== 'index' || step.key.type !== 'literal') return undefined;
  const key = step.key.value;
  return key.kind === 'string' || (key.kind === 'number' && Number.isInteger(key.value) && key.value >= 0) ? String(key.value) : undefined;
}

function applySteps(base: Value, steps: readonly TraversalStep[], from: number, ctx: EvalContext, range: SourceRange): Value {
  let current = base;
  for (let i = from; i < steps.length; i++) {
    const step = steps[i]!;
    const v = settle(current);
    if (v.kind === 'unknown') return v.error !== undefined ? failureAt(range, v.error) : unknownAt(range);
    if (v.kind === 'reference') return unknownAt(range);
    if (step.type === 'splat') {
      if (v.kind === 'null') return { kind: 'list', items: [], range };
      if (v.kind !== 'list') return { kind: 'list', items: [applySteps(v, steps, i + 1, ctx, range)], range };
      if (v.items.length > MAX_ITEMS) return unknownAt(range);
      return { kind: 'list', items: v.items.map((item) => applySteps(item, steps, i + 1, ctx, range)), range };
    }
    if (v.kind === 'null') return failureAt(range, 'Attempt to get an attribute or an element of a null value.');
    if (step.type === 'attr') {
      if (v.kind !== 'object') return failureAt(range, `Unsupported attribute: this value does not have an attribute named "${step.name}".`);
      const entry = v.entries.find((e) => e.key === step.name);
      if (!entry) return failureAt(range, `Unsupported attribute: this object does not have an attribute named "${step.name}".`);
      current = entry.value;
      continue;
    }
    current = index(v, step.key, ctx, range);
  }
  return current;
}

function index(v: Value, keyExpr: Expr, ctx: EvalContext, range: SourceRange): Value {
  const key = settle(ctx.evaluate(keyExpr, ctx));
  if (key.kind === 'unknown') return key.error !== undefined ? failureAt(range, key.error) : unknownAt(range);
  if (key.kind === 'reference') return unknownAt(range);
  if (key.kind === 'null') return failureAt(range, 'Invalid index: the key is null.');
  if (v.kind === 'object') {
    const name = stringOf(key);
    if (name === undefined) return failureAt(range, 'Invalid index: a string key is required.');
    const entry = v.entries.find((e) => e.key === name);
    return entry ? entry.value : failureAt(range, 'Invalid index: the given key does not identify an element in this collection value.');
  }
  if (v.kind === 'list' && !v.set) {
    const n = numberOf(key);
    if (n === undefined) return failureAt(range, 'Invalid index: a number is required.');
    if (!Number.isInteger(n) || n < 0 || n >= v.items.length) return failureAt(range, 'Invalid index: the given key does not identify an element in this collection value.');
    return v.items[n]!;
  }
  return failureAt(range, 'Invalid index: this value does not have any indices.');
}
