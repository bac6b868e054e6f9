// `ITEMS.map((item, i) => …)` over a list the stack fixes: the callback's result read once per item, with
// its parameters bound to the item and its index, as Terraform reads a `for` expression over a known
// list. Any other receiver (a parameter, a variable's value, an open list) leaves the call unknown.

import type * as ts from 'typescript';
import { settle, type Value } from '../../model/value';
import { Scope } from './cdktfScope';
import { stripExpression } from './constructIdentity';
import type { ReadContext } from './readContext';
import { isArrowFunction, isBlock, isFunctionExpression, isIdentifier, isPropertyAccessExpression, isReturnStatement, isSpreadElement } from './tsSyntax';

type Read = (expression: ts.Expression, context: ReadContext, level: number) => Value;

/** More items than this are not expanded: a stack's lists of subnets or patterns are far shorter. */
const MAX_ITEMS = 64;
/** Items expanded per unit (a statement) in all; maps reached through maps would multiply them. */
const MAX_UNIT_ITEMS = 1_000;

export interface MapCall {
  readonly receiver: ts.Expression;
  readonly callback: ts.ArrowFunction | ts.FunctionExpression;
  /** What the callback returns: its expression body, or a body that is just `return …`. */
  readonly result: ts.Expression;
}

export function mapCallOf(call: ts.CallExpression): MapCall | undefined {
  const callee = stripExpression(call.expression);
  const argument = call.arguments[0];
  if (!isPropertyAccessExpression(callee) || callee.name.text !== 'map' || call.arguments.length !== 1 || !argument || isSpreadElement(argument)) return undefined;
  const callback = stripExpression(argument);
  if (!isArrowFunction(callback) && !isFunctionExpression(callback)) return undefined;
  let result: ts.Expression | undefined;
  if (isBlock(callback.body)) {
    const statements = callback.body.statements;
    const only = statements[0];
    // Only a body that is just `return …`: declarations before it would need their own scope.
    if (statements.length === 1 && only && isReturnStatement(only)) result = only.expression;
  } else {
    result = callback.body;
  }
  return result && { receiver: callee.expression, callback, result };
}

/**
 * One context per item of the receiver, with the callback's parameters bound (`item`, `index`); undefined
 * when the receiver is not a known, closed list, or a parameter is not a plain name.
 */
export function itemContexts(map: MapCall, context: ReadContext, level: number, read: Read): ReadContext[] | undefined {
  const parameters = map.callback.parameters;
  if (context.scope.insideItem()) return undefined;
  if (parameters.length > 2 || parameters.some((p) => !isIdentifier(p.name) || p.dotDotDotToken || p.initializer)) return undefined;
  const receiver = settle(read(map.receiver, context, level));
  if (receiver.kind !== 'list' || receiver.open || receiver.items.length > MAX_ITEMS) return undefined;
  if (context.deps.expandedItems + receiver.items.length > MAX_UNIT_ITEMS) return undefined;
  context.deps.expandedItems += receiver.items.length;
  const item = parameters[0];
  const index = parameters[1];
  return receiver.items.map((value, i) => {
    const scope = new Scope(context.scope);
    scope.forItem = true;
    if (item) scope.declare((item.name as ts.Identifier).text, { kind: 'value', node: item, value });
    if (index) scope.declare((index.name as ts.Identifier).text, { kind: 'value', node: index, value: { kind: 'number', value: i, range: value.range } });
    return { ...context, scope };
  });
}
