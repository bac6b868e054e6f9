// A string template: `"${local.prefix}-orders"`. A template that is one interpolation and nothing else is
// that value, unconverted (`"${1}"` is the number 1); otherwise each part is converted to a string:
// numbers and bools convert, null and collections fail, and any unknown part makes the string unknown.

import type { TemplateExpr } from '../model/expr';
import { settle, type Value } from '../model/value';
import { stringOf } from './convert';
import type { EvalContext } from './evalContext';
import { failureAt, unknownAt } from './evalResult';

export function evalTemplate(expr: TemplateExpr, ctx: EvalContext): Value {
  const { parts, range } = expr;
  const only = parts.length === 1 ? parts[0]! : undefined;
  if (only && 'expr' in only) return ctx.evaluate(only.expr, ctx);
  let out = '';
  let unknown = false;
  for (const part of parts) {
    if ('literal' in part) {
      out += part.literal;
      continue;
    }
    const v = settle(ctx.evaluate(part.expr, ctx));
    if (v.kind === 'unknown' && v.error !== undefined) return failureAt(range, v.error);
    if (v.kind === 'unknown' || v.kind === 'reference') {
      // Later parts may still fail, which Terraform would report; keep looking.
      unknown = true;
      continue;
    }
    if (v.kind === 'null') return failureAt(range, 'Invalid template interpolation value: the expression result is null.');
    // `jsonencode` text is a string too, but its exact escaping is the function's business.
    if (v.kind === 'jsonencode') {
      unknown = true;
      continue;
    }
    const text = stringOf(v);
    if (text === undefined) return failureAt(range, 'Invalid template interpolation value: a string, number or bool is required.');
    out += text;
  }
  if (unknown) return unknownAt(range);
  return { kind: 'string', value: out.normalize('NFC'), form: 'quoted', contentStart: range.start + 1, range };
}
