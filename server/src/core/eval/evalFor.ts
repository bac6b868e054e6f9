// `[for k, v in coll : value if cond]` and `{for k, v in coll : key => value... if cond}`. Lists and sets
// give index (or element) and element, maps and objects key and value in lexical key order. An unknown
// collection, condition or key makes the whole result unknown (its length or keys are not known); an
// unknown value is an unknown element of a known collection.

import type { ForExpr } from '../model/expr';
import { settle, type ObjectEntry, type Value } from '../model/value';
import { boolOf, stringOf } from './convert';
import { MAX_ITEMS, type EvalContext } from './evalContext';
import { failureAt, unknownAt } from './evalResult';
import { compareKeys } from './keyOrder';
import { iterationOrder } from './setItems';

export function evalFor(expr: ForExpr, ctx: EvalContext): Value {
  const { range } = expr;
  const coll = settle(ctx.evaluate(expr.collection, ctx));
  if (coll.kind === 'unknown') return coll.error !== undefined ? failureAt(range, coll.error) : unknownAt(range);
  if (coll.kind === 'reference') return unknownAt(range);
  if (coll.kind === 'null') return failureAt(range, 'Iteration over null value.');
  let pairs: [Value, Value][];
  if (coll.kind === 'list') {
    if (coll.items.length > MAX_ITEMS) return unknownAt(range);
    // A set of other elements has an order of Terraform's own: a list built from it is not known.
    // (An object built from it has no order to get wrong.)
    const ordered = coll.set ? (iterationOrder(coll.items) ?? (expr.object ? coll.items : undefined)) : coll.items;
    if (!ordered) return unknownAt(range);
    pairs = ordered.map((item, i) => [coll.set ? item : { kind: 'number', value: i, range: item.range }, item]);
  } else if (coll.kind === 'object') {
    if (coll.entries.length > MAX_ITEMS) return unknownAt(range);
    pairs = [...coll.entries]
      .sort((a, b) => compareKeys(a.key, b.key))
      .map((e): [Value, Value] => [{ kind: 'string', value: e.key, form: 'quoted', contentStart: e.keyRange.start + 1, range: e.keyRange }, e.value]);
  } else {
    return failureAt(range, 'A for expression iterates over a list, set, map or object.');
  }
  const items: Value[] = [];
  const entries: ObjectEntry[] = [];
  const groups = new Map<string, Value[]>();
  let unknownValue = false;
  for (const [key, value] of pairs) {
    const vars = new Map(ctx.vars ?? []);
    if (expr.keyVar !== undefined) vars.set(expr.keyVar, key);
    vars.set(expr.valueVar, value);
    const inner: EvalContext = { ...ctx, vars };
    if (expr.condition) {
      const c = settle(ctx.evaluate(expr.condition, inner));
      if (c.kind === 'unknown' && c.error !== undefined) return failureAt(range, c.error);
      if (c.kind === 'unknown' || c.kind === 'reference') unknownValue = true;
      else if (c.kind === 'null') return failureAt(range, 'The condition of a for expression is null.');
      else {
        const keep = boolOf(c);
        if (keep === undefined) return failureAt(range, 'The condition of a for expression must be a bool.');
        if (!keep) continue;
      }
      if (unknownValue) continue;
    }
    const v = ctx.evaluate(expr.value, inner);
    if (!expr.object) {
      items.push(v);
      continue;
    }
    const k = settle(ctx.evaluate(expr.key!, inner));
    if (k.kind === 'unknown' && k.error !== undefined) return failureAt(range, k.error);
    if (k.kind === 'unknown' || k.kind === 'reference') {
      unknownValue = true;
      continue;
    }
    if (k.kind === 'null') return failureAt(range, 'The key of a for expression is null.');
    const name = stringOf(k);
    if (name === undefined) return failureAt(range, 'The key of a for expression must be a string.');
    if (expr.group) {
      const group = groups.get(name);
      if (group) group.push(v);
      else {
        groups.set(name, [v]);
        entries.push({ key: name, keyRange: expr.key!.range, value: v });
      }
    } else {
      if (groups.has(name)) return failureAt(range, `Duplicate object key: two items produced the key "${name}"; use the ellipsis (...) to group them.`);
      groups.set(name, []);
      entries.push({ key: name, keyRange: expr.key!.range, value: v });
    }
  }
  if (unknownValue) return unknownAt(range);
  if (!expr.object) return { kind: 'list', items, range };
  const grouped = expr.group ? entries.map((e) => ({ ...e, value: { kind: 'list' as const, items: groups.get(e.key)!, range: expr.value.range } })) : entries;
  return { kind: 'object', entries: grouped, range };
}
