// The value of an argument as the front ends read it: a literal, a collection, a reference to something
// else in the module, or `unknown` when nothing can be said statically. Rules stay silent on `unknown`.

import type { Expr } from './expr';
import type { SourceRange } from './sourceRange';

interface ValueBase {
  /** Where the whole expression stands in the document. */
  readonly range: SourceRange;
  /**
   * Where a value read from elsewhere is written, when that is not the block being checked: `range` is
   * then relative to that block. A finding the value causes points there too.
   */
  readonly origin?: ValueOrigin;
}

export type ValueOrigin =
  /** A value a module call passes to a child: the caller's `module` block starts at `offset` in the caller's file. */
  | { readonly offset: number }
  /** A value of a `locals` entry or a variable's default: the block that declares it (another block of the module). */
  | { readonly declaration: object };

export interface StringValue extends ValueBase {
  readonly kind: 'string';
  readonly value: string;
  /** How the string was written; positions inside `heredoc` and `quoted` text need unescaping. */
  readonly form: 'quoted' | 'heredoc' | 'json';
  /** Offset of the first character of the content (after the quote or the heredoc header line). */
  readonly contentStart: number;
}

export interface NumberValue extends ValueBase {
  readonly kind: 'number';
  readonly value: number;
}

export interface BoolValue extends ValueBase {
  readonly kind: 'bool';
  readonly value: boolean;
}

export interface NullValue extends ValueBase {
  readonly kind: 'null';
}

export interface ListValue extends ValueBase {
  readonly kind: 'list';
  readonly items: readonly Value[];
  /** A Terraform set (`toset`): no duplicates, no order to index by; `for_each` takes one of strings. */
  readonly set?: true;
  /**
   * More items may stand before, between or after `items` (a spread of something unknown): rules may
   * check each item shown, and that there are too many, but never that one is missing or too few.
   */
  readonly open?: true;
}

export interface ObjectEntry {
  readonly key: string;
  readonly keyRange: SourceRange;
  readonly value: Value;
}

export interface ObjectValue extends ValueBase {
  readonly kind: 'object';
  readonly entries: readonly ObjectEntry[];
  /** Other keys may be set (a spread of something unknown): an absent key is not known to be absent. */
  readonly open?: true;
}

/** `jsonencode(<literal>)`: the encoded value keeps the positions of the HCL it was written as. */
export interface JsonEncodeValue extends ValueBase {
  readonly kind: 'jsonencode';
  readonly inner: Value;
}

/**
 * A traversal such as `aws_sqs_queue.orders.arn` or `var.batch`. `resolved` holds what it stands for when
 * the module says so statically (a variable default, a local, a literal attribute of another resource).
 */
export interface ReferenceValue extends ValueBase {
  readonly kind: 'reference';
  readonly path: readonly string[];
  readonly resolved?: Value;
}

export interface UnknownValue extends ValueBase {
  readonly kind: 'unknown';
  /** The expression text, for messages. */
  readonly text: string;
  /** Set when the value is nested deeper than the front ends read (see `nesting.ts`). */
  readonly tooDeep?: true;
  /**
   * Set when Terraform itself would fail on the expression (`element([], 0)`, `tonumber("x")`): `try` and
   * `can` tell a failure from a value that is merely not known. Rules treat both the same: silent.
   */
  readonly error?: string;
  /** The expression, when the front end read one the evaluator can compute (an operation, a call, …). */
  readonly expr?: Expr;
  /** What the expression evaluates to in its module, when that is known (set by `resolveReferences`). */
  readonly resolved?: Value;
}

export type Value =
  | StringValue
  | NumberValue
  | BoolValue
  | NullValue
  | ListValue
  | ObjectValue
  | JsonEncodeValue
  | ReferenceValue
  | UnknownValue;

/**
 * Follows resolved references, and unknown expressions the evaluator computed, to the value they stand
 * for; what did not resolve stays.
 */
export function settle(value: Value): Value {
  let current = value;
  for (let depth = 0; (current.kind === 'reference' || current.kind === 'unknown') && current.resolved && depth < 32; depth++) {
    current = current.resolved;
  }
  return current;
}

/** A literal string, a number converted as Terraform converts it, or undefined. */
export function asString(value: Value | undefined): string | undefined {
  if (!value) return undefined;
  const v = settle(value);
  if (v.kind === 'string') return v.value;
  if (v.kind === 'number') return String(v.value);
  if (v.kind === 'bool') return String(v.value);
  return undefined;
}

/** A number, converting numeric strings as Terraform does; undefined when not known. */
export function asNumber(value: Value | undefined): number | undefined {
  if (!value) return undefined;
  const v = settle(value);
  if (v.kind === 'number') return v.value;
  if (v.kind === 'string' && /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(v.value)) return Number(v.value);
  return undefined;
}

/** A bool, converting "true"/"false" strings as Terraform does; undefined when not known. */
export function asBool(value: Value | undefined): boolean | undefined {
  if (!value) return undefined;
  const v = settle(value);
  if (v.kind === 'bool') return v.value;
  if (v.kind === 'string' && (v.value === 'true' || v.value === 'false')) return v.value === 'true';
  return undefined;
}

/** True when the value is known statically (no unresolved reference or unknown expression in it). */
export function isKnown(value: Value): boolean {
  const v = settle(value);
  switch (v.kind) {
    case 'reference':
    case 'unknown':
      return false;
    case 'list':
      return !v.open && v.items.every(isKnown);
    case 'object':
      return !v.open && v.entries.every((e) => isKnown(e.value));
    case 'jsonencode':
      return isKnown(v.inner);
    default:
      return true;
  }
}

/** True for a list or object that may hold more than it shows (see `ListValue.open`). */
export function isOpenValue(value: Value): boolean {
  const v = settle(value);
  return (v.kind === 'list' || v.kind === 'object') && v.open === true;
}
