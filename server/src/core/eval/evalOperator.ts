// Terraform's unary and binary operators on values already evaluated. Arithmetic and comparisons convert
// numeric strings; `&&`, `||` and `!` convert "true"/"false"; any unknown operand makes the result
// unknown (Terraform does not short-circuit: `true || <unknown>` is unknown).

import type { BinaryOp } from '../model/expr';
import type { SourceRange } from '../model/sourceRange';
import { settle, type Value } from '../model/value';
import { boolOf, numberOf, numberText } from './convert';
import { failureAt, unknownAt } from './evalResult';
import { valuesEqual } from './valuesEqual';

/** Undefined when the operand is known (its settled value); the unknown result otherwise. */
function unknownOperand(v: Value, range: SourceRange): Value | undefined {
  if (v.kind === 'unknown') return v.error !== undefined ? failureAt(range, v.error) : unknownAt(range);
  if (v.kind === 'reference') return unknownAt(range);
  return undefined;
}

export function evalUnary(op: '-' | '!', operand: Value, range: SourceRange): Value {
  const v = settle(operand);
  const unknown = unknownOperand(v, range);
  if (unknown) return unknown;
  if (op === '-') {
    const n = numberOf(v);
    return n === undefined ? failureAt(range, 'Unsuitable value for unary operand: number required.') : { kind: 'number', value: n === 0 ? 0 : -n, range };
  }
  const b = boolOf(v);
  return b === undefined ? failureAt(range, 'Unsuitable value for unary operand: bool required.') : { kind: 'bool', value: !b, range };
}

export function evalBinary(op: BinaryOp, left: Value, right: Value, range: SourceRange): Value {
  const l = settle(left);
  const r = settle(right);
  const unknown = unknownOperand(l, range) ?? unknownOperand(r, range);
  if (unknown) return unknown;
  switch (op) {
    case '==':
    case '!=': {
      const equal = valuesEqual(l, r);
      return equal === undefined ? unknownAt(range) : { kind: 'bool', value: op === '==' ? equal : !equal, range };
    }
    case '&&':
    case '||': {
      const a = boolOf(l);
      const b = boolOf(r);
      if (a === undefined || b === undefined) return failureAt(range, `Unsuitable value for ${a === undefined ? 'left' : 'right'} operand: bool required.`);
      return { kind: 'bool', value: op === '&&' ? a && b : a || b, range };
    }
    default: {
      const a = numberOf(l);
      const b = numberOf(r);
      if (a === undefined || b === undefined) return failureAt(range, `Unsuitable value for ${a === undefined ? 'left' : 'right'} operand: number required.`);
      return arithmetic(op, a, b, range);
    }
  }
}

function arithmetic(op: BinaryOp, a: number, b: number, range: SourceRange): Value {
  let n: number;
  switch (op) {
    case '<':
      return { kind: 'bool', value: a < b, range };
    case '<=':
      return { kind: 'bool', value: a <= b, range };
    case '>':
      return { kind: 'bool', value: a > b, range };
    case '>=':
      return { kind: 'bool', value: a >= b, range };
    case '+':
      n = a + b;
      break;
    case '-':
      n = a - b;
      break;
    case '*':
      n = a * b;
      break;
    case '/':
      // Terraform divides to infinity, which nothing can use (`jsonencode` and every argument reject it).
      if (b === 0) return failureAt(range, 'Division by zero.');
      n = a / b;
      break;
    case '%':
      // Terraform answers something for `x % 0`, but nothing a configuration should rely on.
      if (b === 0) return unknownAt(range);
      n = a % b;
      break;
    default:
      return unknownAt(range);
  }
  if (!Number.isFinite(n)) return failureAt(range, 'The result is not a finite number.');
  return { kind: 'number', value: decimal(n), range };
}

/**
 * Terraform computes with arbitrary-precision decimals (`0.1 + 0.2` is `0.3`); binary floating point
 * leaves noise in the last digits, which 15 significant digits round away.
 */
function decimal(n: number): number {
  if (Number.isInteger(n)) return n;
  const rounded = Number(n.toPrecision(15));
  return numberText(rounded) === numberText(n) ? n : rounded;
}
