// Validates one match expression, `{ "<operator>": ... }`, with EventBridge's grammar and its reasons
// in the order its compiler checks them (it reads the pattern as a stream and stops at the first error),
// and turns it into a typed matcher.

import { rangeOf, type SourceRange } from '../model/sourceRange';
import { parseCidr } from './cidr';
import { engineDecimal, isComparable } from './comparableNumber';
import { tokenText, type JsonNode, type JsonObject, type JsonProperty } from './jsonNode';
import type { AnythingButForm, AnythingButMatcher, Matcher, NumericBound, NumericMatcher } from './patternAst';
import { rejection, type PatternProblem, type PatternTarget } from './patternProblem';
import { parseWildcard, type WildcardPattern } from './wildcard';
import { OPERATOR_DOCS } from './operatorDocs';

export interface ValidationContext {
  readonly target: PatternTarget;
  readonly problems: PatternProblem[];
}

type Support = 'unsupported' | 'unverified';

/** Operators outside Lambda's documented set (see docs/patterns.md for the sources). */
const LAMBDA_SUPPORT: Record<string, Support | undefined> = {
  'suffix-ignore-case': 'unverified',
  wildcard: 'unverified',
  cidr: 'unverified',
  $or: 'unverified',
  exactly: 'unsupported',
  'anything-but/prefix': 'unsupported',
  'anything-but/suffix': 'unsupported',
  'anything-but/equals-ignore-case': 'unsupported',
  'anything-but/wildcard': 'unsupported',
};

/** Whether Lambda's documentation lists an operator (`$or` included), or only EventBridge has it. */
export function lambdaSupportOf(operator: string): Support | 'documented' {
  return LAMBDA_SUPPORT[operator] ?? 'documented';
}

/** Flags an operator Lambda may not accept (only when checking for Lambda). */
export function checkLambdaSupport(ctx: ValidationContext, operator: string, range: SourceRange): void {
  const support = LAMBDA_SUPPORT[operator];
  if (!support || ctx.target !== 'lambda') return;
  const name = `\`${operator}\``;
  ctx.problems.push(
    support === 'unsupported'
      ? {
          code: 'pattern-lambda-unsupported',
          severity: 'warning',
          range,
          message: `${name} is an EventBridge operator that Lambda event filtering does not support (EventBridge Pipes, which filters the same way, lists it as unsupported): AWS may reject the pattern or ignore the operator.`,
        }
      : {
          code: 'pattern-lambda-unverified',
          severity: 'information',
          range,
          message: `${name} works in EventBridge patterns, but Lambda's event filtering documentation does not list it; check it in a test deployment before relying on it.`,
        },
  );
}

function invalid(ctx: ValidationContext, reason: string, range: SourceRange, hint?: string): undefined {
  ctx.problems.push(rejection('pattern-invalid', reason, range, hint));
  return undefined;
}

/** The range of characters `[from, to)` of a string token's value, or the whole token when it has escapes. */
function innerRange(node: JsonNode, from: number, to: number): SourceRange {
  if (node.type !== 'string' || node.range.end - node.range.start !== node.value.length + 2) return node.range;
  return rangeOf(node.range.start + 1 + from, node.range.start + 1 + Math.max(from + 1, to));
}

/** "Only one key allowed": a second key after the operator's value. */
function extraKey(ctx: ValidationContext, object: JsonObject, reason = 'Only one key allowed in match expression'): boolean {
  const second = object.properties[1];
  if (!second) return false;
  invalid(ctx, reason, second.keyRange);
  return true;
}

export function validateMatcher(ctx: ValidationContext, object: JsonObject): Matcher | undefined {
  const first = object.properties[0];
  if (!first) return object.incomplete ? undefined : invalid(ctx, 'Match expression name not found', object.range);
  const { key, keyRange, value } = first;
  const base = { range: object.range, opRange: keyRange };
  switch (key) {
    case 'exactly':
      if (value.type !== 'string') return invalid(ctx, 'exact match pattern must be a string', value.range);
      if (extraKey(ctx, object)) return undefined;
      checkLambdaSupport(ctx, 'exactly', keyRange);
      return { kind: 'exact', value: value.value, ...base };
    case 'prefix':
    case 'suffix': {
      if (value.type === 'object') return ignoreCaseAffix(ctx, object, first, value);
      if (value.type !== 'string') return invalid(ctx, `${key} match pattern must be a string`, value.range);
      if (extraKey(ctx, object)) return undefined;
      return { kind: key, value: value.value, ...base };
    }
    case 'equals-ignore-case':
      if (value.type !== 'string') return invalid(ctx, 'equals-ignore-case match pattern must be a string', value.range);
      if (extraKey(ctx, object)) return undefined;
      return { kind: 'equals-ignore-case', value: value.value, ...base };
    case 'wildcard': {
      if (value.type !== 'string') return invalid(ctx, 'wildcard match pattern must be a string', value.range);
      const parsed = wildcardOf(ctx, value);
      if (!parsed || extraKey(ctx, object)) return undefined;
      checkLambdaSupport(ctx, 'wildcard', keyRange);
      return { kind: 'wildcard', value: value.value, parsed, ...base };
    }
    case 'exists':
      if (value.type !== 'boolean') return invalid(ctx, 'exists match pattern must be either true or false.', value.range);
      if (extraKey(ctx, object)) return undefined;
      return { kind: 'exists', value: value.value, ...base };
    case 'cidr': {
      // EventBridge says "prefix" here: its compiler reuses that message for cidr.
      if (value.type !== 'string') return invalid(ctx, 'prefix match pattern must be a string', value.range);
      const cidr = parseCidr(value.value);
      if ('error' in cidr) return invalid(ctx, cidr.error, value.range);
      if (extraKey(ctx, object)) return undefined;
      checkLambdaSupport(ctx, 'cidr', keyRange);
      return { kind: 'cidr', value: value.value, block: cidr.block, ...base };
    }
    case 'numeric': {
      if (value.type !== 'array') return invalid(ctx, 'Value of numeric must be an array.', value.range);
      const bounds = numericBounds(ctx, value.items, value.range);
      if (!bounds || extraKey(ctx, object, 'Too many elements in numeric expression')) return undefined;
      return { kind: 'numeric', ...bounds, ...base };
    }
    case 'anything-but':
      return anythingBut(ctx, object, first);
    default:
      return invalid(ctx, `Unrecognized match type ${key}`, keyRange, knownOperatorHint(key));
  }
}

/** The operators a value list may hold (`$or` is a key of the pattern, not one of them). */
const OPERATORS = OPERATOR_DOCS.map((d) => d.name).filter((name) => name !== '$or');

function knownOperatorHint(name: string): string | undefined {
  const known = OPERATORS.find((op) => op === name.toLowerCase());
  return known ? `Operator names are case-sensitive: write "${known}".` : undefined;
}

/** `{"prefix": {"equals-ignore-case": "…"}}` and the `suffix` form. */
function ignoreCaseAffix(ctx: ValidationContext, object: JsonObject, outer: JsonProperty, inner: JsonObject): Matcher | undefined {
  const kind = outer.key as 'prefix' | 'suffix';
  const label = kind === 'prefix' ? 'Prefix' : 'Suffix';
  const op = inner.properties[0];
  if (!op) return inner.incomplete ? undefined : invalid(ctx, `${label} expression name not found`, inner.range);
  if (op.key !== 'equals-ignore-case') return invalid(ctx, `Unsupported ${kind} pattern: ${op.key}`, op.keyRange);
  if (op.value.type !== 'string') return invalid(ctx, 'equals-ignore-case match pattern must be a string', op.value.range);
  if (extraKey(ctx, inner) || extraKey(ctx, object)) return undefined;
  const matcher: Matcher = { kind: kind === 'prefix' ? 'prefix-ignore-case' : 'suffix-ignore-case', value: op.value.value, range: object.range, opRange: outer.keyRange };
  checkLambdaSupport(ctx, matcher.kind, outer.keyRange);
  return matcher;
}

function wildcardOf(ctx: ValidationContext, node: JsonNode & { type: 'string' }): WildcardPattern | undefined {
  const parsed = parseWildcard(node.value);
  if ('error' in parsed) return invalid(ctx, parsed.error, innerRange(node, parsed.index, parsed.index + 1));
  return parsed.pattern;
}

/** A number the engine can compare: the double it reads is the number written (comparableNumber.ts). */
function comparable(ctx: ValidationContext, node: JsonNode & { type: 'number' }): number | undefined {
  if (!isComparable(node.raw)) {
    const hint = Number.isFinite(node.value)
      ? `The engine compares doubles, and reads this number as ${engineDecimal(node.value)}: write a number that a double holds exactly.`
      : 'It is beyond the range of a double.';
    return invalid(ctx, `Cannot compare number : ${node.raw}`, node.range, hint);
  }
  checkPrecision(ctx, node);
  return node.value;
}

/** Older engine versions compared numbers only in ±5e9 with 6 decimals; which one Lambda runs is not documented. */
export function checkPrecision(ctx: ValidationContext, node: JsonNode & { type: 'number' }): void {
  if (ctx.target !== 'lambda' || (Number.isInteger(node.value) && Math.abs(node.value) <= 5e9)) return;
  const text = String(node.value);
  const decimals = text.includes('e-') ? 7 : (text.split('.')[1] ?? '').length;
  if (Math.abs(node.value) <= 5e9 && decimals <= 6) return;
  ctx.problems.push({
    code: 'pattern-number-precision',
    severity: 'information',
    range: node.range,
    message: `${node.raw} is outside what older versions of the pattern engine compare exactly (-5e9 to 5e9, 6 decimals); Lambda does not document its engine version, so a match near this value is not certain.`,
  });
}

/** The `[op, value, (op, value)]` list of `numeric`, checked as EventBridge checks it. */
function numericBounds(ctx: ValidationContext, items: readonly JsonNode[], listRange: SourceRange): Pick<NumericMatcher, 'lower' | 'upper'> | undefined {
  const at = (i: number): SourceRange => items[i]?.range ?? rangeOf(listRange.end - 1, listRange.end);
  const op = items[0];
  if (op?.type !== 'string') return invalid(ctx, `Invalid member in numeric match: ${tokenText(op)}`, at(0));
  const operand = items[1];
  const numberAt = (node: JsonNode | undefined, name: string, i: number): number | undefined =>
    node?.type === 'number' ? comparable(ctx, node) : invalid(ctx, `Value of ${name} must be numeric`, at(i));
  switch (op.value) {
    case '=': {
      const v = numberAt(operand, 'equals', 1);
      if (v === undefined) return undefined;
      if (items.length > 2) return invalid(ctx, 'Too many elements in numeric expression', at(2));
      return { lower: { value: v, inclusive: true }, upper: { value: v, inclusive: true } };
    }
    case '<':
    case '<=': {
      const v = numberAt(operand, op.value, 1);
      if (v === undefined) return undefined;
      if (items.length > 2) return invalid(ctx, 'Too many elements in numeric expression', at(2));
      if (v === -Number.MAX_VALUE) return farEnd(ctx, operand!);
      return { upper: { value: v, inclusive: op.value === '<=' } };
    }
    case '>':
    case '>=': {
      const v = numberAt(operand, op.value, 1);
      if (v === undefined) return undefined;
      const lower: NumericBound = { value: v, inclusive: op.value === '>=' };
      if (items.length === 2) return v === Number.MAX_VALUE ? farEnd(ctx, operand!) : { lower };
      const op2 = items[2]!;
      if (op2.type !== 'string') return invalid(ctx, `Bad value in numeric range: ${tokenText(op2)}`, op2.range);
      if (op2.value !== '<' && op2.value !== '<=') {
        return invalid(ctx, `Bad numeric range operator: ${op2.value}`, op2.range, 'A range is a lower bound (">" or ">=") followed by an upper bound ("<" or "<=").');
      }
      const top = numberAt(items[3], op2.value, 3);
      if (top === undefined) return undefined;
      if (items.length > 4) return invalid(ctx, 'Too many terms in numeric range expression', at(4));
      if (v >= top) return invalid(ctx, 'Bottom must be less than top', listRange);
      return { lower, upper: { value: top, inclusive: op2.value === '<=' } };
    }
    default:
      return invalid(ctx, `Unrecognized numeric range operator: ${op.value}`, op.range);
  }
}

/**
 * A one-sided range whose bound is the end it runs to (`[">", 1.7976931348623157e308]`): event-ruler
 * builds a one-sided range up to the largest double (or down to the smallest), and fails with an
 * internal error when the bound is that very number, so AWS cannot accept the pattern.
 */
function farEnd(ctx: ValidationContext, node: JsonNode): undefined {
  return invalid(ctx, `Cannot compare number : ${tokenText(node)}`, node.range, 'The engine cannot build a one-sided range that starts at the end of the range of doubles.');
}

const ANYTHING_BUT_FORMS: Record<string, AnythingButForm | undefined> = {
  'equals-ignore-case': 'equals-ignore-case',
  prefix: 'prefix',
  suffix: 'suffix',
  wildcard: 'wildcard',
};

function anythingBut(ctx: ValidationContext, object: JsonObject, outer: JsonProperty): Matcher | undefined {
  let form: AnythingButForm = 'values';
  let value = outer.value;
  let inner: JsonObject | undefined;
  if (value.type === 'object') {
    inner = value;
    const op = inner.properties[0];
    if (!op) return inner.incomplete ? undefined : invalid(ctx, 'Anything-But expression name not found', inner.range);
    const named = ANYTHING_BUT_FORMS[op.key];
    if (!named) return invalid(ctx, `Unsupported anything-but pattern: ${op.key}`, op.keyRange);
    form = named;
    value = op.value;
  }
  if (value.type !== 'array' && value.type !== 'string' && value.type !== 'number') {
    return invalid(ctx, 'Value of anything-but must be an array or single string/number value.', value.range);
  }
  const values: (string | number)[] = [];
  let numbers = false;
  const list = value.type === 'array' ? value.items : [value];
  if (form === 'values') {
    let strings = false;
    for (const item of list) {
      if (item.type === 'string') {
        values.push(item.value);
        strings = true;
      } else if (item.type === 'number') {
        const v = comparable(ctx, item);
        if (v === undefined) return undefined;
        values.push(v);
        numbers = true;
      } else {
        return invalid(ctx, 'Inside anything but list, start|null|boolean is not supported.', item.range);
      }
    }
    if (value.type === 'array' && (numbers === strings) && !value.incomplete) {
      return invalid(ctx, 'Inside anything but list, either all values are number or string, mixed type is not supported', value.range);
    }
  } else {
    for (const item of list) {
      if (item.type !== 'string') {
        const reason =
          form === 'equals-ignore-case'
            ? 'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.'
            : form === 'wildcard'
              ? 'wildcard match pattern must be a string'
              : 'prefix/suffix match pattern must be a string';
        return invalid(ctx, reason, item.range);
      }
      if ((form === 'prefix' || form === 'suffix') && item.value === '') return invalid(ctx, 'Null prefix/suffix not allowed', item.range);
      values.push(item.value);
    }
  }
  if (form !== 'values' && value.type === 'array' && list.length === 0 && !value.incomplete) {
    // event-ruler fails on it alone (an internal error; beside other matchers it matches nothing): an
    // empty exclusion list is as invalid as a plain one.
    return invalid(ctx, 'Empty arrays are not allowed', value.range, 'List at least one value to exclude, or remove the anything-but.');
  }
  let wildcards: WildcardPattern[] | undefined;
  if (form === 'wildcard') {
    wildcards = [];
    for (const item of list) {
      const parsed = item.type === 'string' ? wildcardOf(ctx, item) : undefined;
      if (!parsed) return undefined;
      wildcards.push(parsed);
    }
  }
  if ((inner && extraKey(ctx, inner, 'Too many elements in numeric expression')) || extraKey(ctx, object, 'Too many elements in numeric expression')) return undefined;
  if (form !== 'values') checkLambdaSupport(ctx, `anything-but/${form}`, inner!.properties[0]!.keyRange);
  const matcher: AnythingButMatcher = { kind: 'anything-but', form, values, numbers, range: object.range, opRange: outer.keyRange, ...(wildcards ? { wildcards } : {}) };
  return matcher;
}
