// The value of a condition (`isProd ? 600 : 0`) when the stack fixes it: a boolean, a negation, or an
// equality of two known scalars (`env === 'prod'` with `const env = 'prod'`). Anything else, including a
// truthiness test of a string or number, is not known: the conditional is then unknown too.

import type * as ts from 'typescript';
import { settle, type Value } from '../../model/value';
import { stripExpression } from './constructIdentity';
import type { ReadContext } from './readContext';
import { SyntaxKind } from './tsSyntax';

type Read = (expression: ts.Expression, context: ReadContext, level: number) => Value;

/** Nesting of `!` and parentheses this follows; a condition deeper than that is not known. */
const MAX_CONDITION_DEPTH = 8;

export function knownCondition(expression: ts.Expression, context: ReadContext, read: Read, depth = 0): boolean | undefined {
  if (depth >= MAX_CONDITION_DEPTH) return undefined;
  const e = stripExpression(expression);
  if (e.kind === SyntaxKind.PrefixUnaryExpression) {
    const unary = e as ts.PrefixUnaryExpression;
    if (unary.operator !== SyntaxKind.ExclamationToken) return undefined;
    const inner = knownCondition(unary.operand, context, read, depth + 1);
    return inner === undefined ? undefined : !inner;
  }
  if (e.kind === SyntaxKind.BinaryExpression) {
    const binary = e as ts.BinaryExpression;
    const op = binary.operatorToken.kind;
    const strict = op === SyntaxKind.EqualsEqualsEqualsToken || op === SyntaxKind.ExclamationEqualsEqualsToken;
    const loose = op === SyntaxKind.EqualsEqualsToken || op === SyntaxKind.ExclamationEqualsToken;
    if (!strict && !loose) return undefined;
    const equal = sameScalar(settle(read(binary.left, context, 0)), settle(read(binary.right, context, 0)), strict);
    if (equal === undefined) return undefined;
    return op === SyntaxKind.EqualsEqualsEqualsToken || op === SyntaxKind.EqualsEqualsToken ? equal : !equal;
  }
  const value = settle(read(e, context, 0));
  return value.kind === 'bool' ? value.value : undefined;
}

/**
 * Whether two known scalars are equal; undefined when either is not a string, number or bool (the front
 * end reads `undefined` as null, so null cannot tell `=== undefined` from `=== null`), or when `==`
 * compares different kinds (it converts, which is not worth guessing at).
 */
function sameScalar(a: Value, b: Value, strict: boolean): boolean | undefined {
  if (!isScalar(a) || !isScalar(b)) return undefined;
  if (a.kind !== b.kind) return strict ? false : undefined;
  return a.value === b.value;
}

function isScalar(v: Value): v is Value & { kind: 'string' | 'number' | 'bool' } {
  return v.kind === 'string' || v.kind === 'number' || v.kind === 'bool';
}
