// Validates a filter pattern's JSON tree with EventBridge's grammar (the engine Lambda filtering shares)
// and builds the typed pattern. Problems come in the order EventBridge's compiler meets them, so the
// first error is the reason AWS gives; when checking for Lambda, operators it does not support and
// numbers older engines compare loosely are flagged too. Never throws on user input.

import type { SourceRange } from '../model/sourceRange';
import type { JsonArray, JsonNode, JsonObject } from './jsonNode';
import type { Matcher, MatchList, PatternAst, PatternMember, PatternObject } from './patternAst';
import { rejection, type PatternProblem, type PatternTarget } from './patternProblem';
import { isComparable } from './comparableNumber';
import { checkLambdaSupport, checkPrecision, validateMatcher, type ValidationContext } from './validateMatcher';
import { wildcardComplexity } from './wildcardComplexity';

export interface ValidateOptions {
  /** `lambda` (default) flags what Lambda may not accept; `eventbridge` applies EventBridge's service limits as errors. */
  readonly target?: PatternTarget;
}

export interface ValidatedPattern {
  /** Present when there is no error. */
  readonly pattern?: PatternAst;
  readonly problems: PatternProblem[];
}

/** EventBridge refuses a pattern whose `$or`s multiply out to more branches than this. */
export const OR_COMBINATION_LIMIT = 1000;
/** Wildcard complexity (see `wildcardComplexity`) above which EventBridge refuses a rule. */
export const WILDCARD_COMPLEXITY_LIMIT = 10;

/** Names the engine reserves: they cannot be field names inside `$or`. */
const RESERVED_IN_OR = new Set([
  'exactly', 'equals-ignore-case', 'prefix', 'suffix', 'anything-but', 'exists', 'wildcard', 'numeric', 'cidr',
  '=', '<', '<=', '>', '>=', 'regex', 'not-wildcard', 'not-equals-ignore-case', 'date-after', 'date-on-or-after',
  'date-before', 'date-on-or-before', 'in-date-range', 'ip-address-in-range', 'ip-address-not-in-range',
]);

export function validatePattern(root: JsonNode | undefined, options: ValidateOptions = {}): ValidatedPattern {
  const ctx: ValidationContext = { target: options.target ?? 'lambda', problems: [] };
  if (root?.type !== 'object') {
    if (root) ctx.problems.push(rejection('pattern-invalid', 'Filter is not an object', root.range, 'A pattern is a JSON object such as {"body": {"type": ["order"]}}.'));
    return { problems: ctx.problems };
  }
  const object = readObject(ctx, root, false);
  if (!object || ctx.problems.some((p) => p.severity === 'error')) return { problems: ctx.problems };
  const combinations = countCombinations(object);
  if (combinations > OR_COMBINATION_LIMIT) {
    const first = findOr(object)!;
    const eventbridge = ctx.target === 'eventbridge';
    ctx.problems.push({
      code: 'pattern-too-complex',
      severity: eventbridge ? 'error' : 'warning',
      range: first.keyRange,
      message: `The $or branches of this pattern multiply out to ${combinations >= 1e9 ? 'more than a billion' : combinations} combinations; EventBridge refuses patterns with more than ${OR_COMBINATION_LIMIT}${eventbridge ? '' : ', and Lambda may too'}.`,
    });
    if (eventbridge) return { problems: ctx.problems };
  }
  return { pattern: { root: object, combinations }, problems: ctx.problems };
}

function invalid(ctx: ValidationContext, reason: string, range: SourceRange, hint?: string): undefined {
  ctx.problems.push(rejection('pattern-invalid', reason, range, hint));
  return undefined;
}

/** An object of fields and `$or`s. `inOr` is set inside a `$or` branch, where operator names are reserved. */
function readObject(ctx: ValidationContext, node: JsonObject, inOr: boolean): PatternObject | undefined {
  if (node.properties.length === 0) {
    return node.incomplete ? undefined : invalid(ctx, 'Empty objects are not allowed', node.range, 'Remove the field or give it a value list.');
  }
  // Of the final size (each property gives a member, or the object is rejected): grown by push from
  // empty, a one-member array reserves room for 17, for every object of every pattern.
  const members = new Array<PatternMember>(node.properties.length);
  let ok = true;
  for (let i = 0; i < members.length; i++) {
    const property = node.properties[i]!;
    const { key, keyRange, value } = property;
    if (key === '$or') {
      const or = readOr(ctx, property.value, keyRange);
      if (or) members[i] = or;
      else ok = false;
      continue;
    }
    if (inOr && RESERVED_IN_OR.has(key)) {
      invalid(ctx, `${key} is Ruler reserved fieldName which cannot be used inside $or.`, keyRange);
      ok = false;
      continue;
    }
    let child: PatternObject | MatchList | undefined;
    if (value.type === 'object') child = readObject(ctx, value, inOr);
    else if (value.type === 'array') child = readList(ctx, value);
    else invalid(ctx, `"${key}" must be an object or an array`, value.range, `Put the value in a list: "${key}": [${jsonText(value)}].`);
    if (child) members[i] = { kind: 'field', key, keyRange, value: child };
    else ok = false;
  }
  reportDuplicates(ctx, node);
  return ok ? { kind: 'object', range: node.range, members } : undefined;
}

function jsonText(node: JsonNode): string {
  return node.type === 'string' ? JSON.stringify(node.value) : node.type === 'number' ? node.raw : node.type === 'boolean' ? String(node.value) : 'null';
}

/** `"$or": [ {...}, {...} ]`, anywhere, nested too: each branch is ANDed with the fields around it. */
function readOr(ctx: ValidationContext, value: JsonNode, keyRange: SourceRange): PatternMember | undefined {
  if (value.type !== 'array') return invalid(ctx, 'It must be an Array followed with $or.', value.range);
  const branches: PatternObject[] = [];
  let ok = true;
  for (const item of value.items) {
    if (item.type !== 'object') {
      invalid(ctx, 'Only JSON object is allowed in array of $or relationship.', item.range);
      return undefined;
    }
    const branch = readObject(ctx, item, true);
    if (branch) branches.push(branch);
    else ok = false;
  }
  if (!value.incomplete && value.items.length < 2) {
    return invalid(ctx, 'There must have at least 2 Objects in $or relationship.', value.range, 'With one branch, write its fields without $or.');
  }
  if (!ok) return undefined;
  checkLambdaSupport(ctx, '$or', keyRange);
  return { kind: 'or', keyRange, range: value.range, branches };
}

function readList(ctx: ValidationContext, node: JsonArray): MatchList | undefined {
  // Of the final size, as in readObject: each item gives a matcher, or the list is rejected.
  const matchers = new Array<Matcher>(node.items.length);
  let ok = true;
  for (let i = 0; i < matchers.length; i++) {
    const item = node.items[i]!;
    let matcher: Matcher | undefined;
    switch (item.type) {
      case 'object':
        matcher = validateMatcher(ctx, item);
        break;
      case 'array':
        invalid(ctx, 'Match value must be String, number, true, false, or null', item.range);
        break;
      case 'number':
        checkPrecision(ctx, item);
        matcher = { kind: 'exact', value: item.value, range: item.range, opRange: item.range, ...(isComparable(item.raw) ? {} : { numberText: item.raw }) };
        break;
      case 'null':
        matcher = { kind: 'exact', value: null, range: item.range, opRange: item.range };
        break;
      default:
        matcher = { kind: 'exact', value: item.value, range: item.range, opRange: item.range };
    }
    if (matcher) matchers[i] = matcher;
    else ok = false;
  }
  if (node.items.length === 0 && !node.incomplete) {
    return invalid(ctx, 'Empty arrays are not allowed', node.range, 'To match a null value write [null]; to match nothing, remove the field.');
  }
  if (!ok) return undefined;
  checkWildcardComplexity(ctx, node, matchers);
  return { kind: 'list', range: node.range, matchers };
}

/** EventBridge's service limit on wildcard rules; whether Lambda applies it is not documented. */
function checkWildcardComplexity(ctx: ValidationContext, node: JsonArray, matchers: readonly Matcher[]): void {
  if (!matchers.some((m) => m.kind === 'wildcard')) return;
  const wildcards = matchers.flatMap((m) => (m.kind === 'wildcard' ? [m.parsed] : []));
  if (wildcardComplexity(wildcards, WILDCARD_COMPLEXITY_LIMIT + 1) <= WILDCARD_COMPLEXITY_LIMIT) return;
  const reason = 'Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character';
  if (ctx.target === 'eventbridge') {
    ctx.problems.push({ code: 'pattern-too-complex', severity: 'error', range: node.range, reason, message: `${reason}.` });
  } else {
    ctx.problems.push({
      code: 'pattern-too-complex',
      severity: 'warning',
      range: node.range,
      message: `EventBridge refuses this wildcard: "${reason}". Lambda may apply the same limit (not documented).`,
    });
  }
}

/** Duplicate keys are allowed and the last one wins; say so on the ones that do not count. */
function reportDuplicates(ctx: ValidationContext, node: JsonObject): void {
  const props = node.properties;
  if (props.length < 2) return;
  // Linear in the number of keys: a pattern can hold tens of thousands of them in one object.
  const last = new Map<string, number>();
  for (let i = 0; i < props.length; i++) last.set(props[i]!.key, i);
  if (last.size === props.length) return;
  for (let i = 0; i < props.length; i++) {
    const key = props[i]!.key;
    if (key === '$or' || last.get(key) === i) continue;
    ctx.problems.push({ code: 'pattern-duplicate-key', severity: 'information', range: props[i]!.keyRange, message: `"${key}" appears again later in this object; only the last one counts.` });
  }
}

/** The number of AND-branches the `$or`s expand to, capped at a billion. */
export function countCombinations(object: PatternObject): number {
  let total = 1;
  for (const member of object.members) {
    if (member.kind === 'or') total *= member.branches.reduce((sum, b) => sum + countCombinations(b), 0);
    else if (member.value.kind === 'object') total *= countCombinations(member.value);
    total = Math.min(total, 1e9);
  }
  return total;
}

function findOr(object: PatternObject): (PatternMember & { kind: 'or' }) | undefined {
  for (const member of object.members) {
    if (member.kind === 'or') return member;
    if (member.value.kind === 'object') {
      const inner = findOr(member.value);
      if (inner) return inner;
    }
  }
  return undefined;
}
