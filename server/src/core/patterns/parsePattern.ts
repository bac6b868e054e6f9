// The entry points for reading a filter pattern: from JSON text, or from the model value of a Terraform
// `pattern` argument (a quoted string, a heredoc, a `.tf.json` string or `jsonencode(...)`). Either way
// the result is the validated pattern and problems whose ranges point into the user's source.

import { FILTER_LIMITS } from '../facts/eventSourceMappingFacts';
import { rangeOf, type SourceRange } from '../model/sourceRange';
import type { Value } from '../model/value';
import { jsonFromValue } from './jsonFromValue';
import type { JsonNode } from './jsonNode';
import { parseJson } from './parseJson';
import { rejection, type PatternProblem, type PatternTarget } from './patternProblem';
import { encodedLength } from './patternText';
import { stringOffsetMap, wholeString, type OffsetMap } from './stringOffsetMap';
import { validatePattern, type ValidatedPattern, type ValidateOptions } from './validatePattern';

/** Validates pattern JSON text; ranges are offsets into `text`. Never throws. */
export function parsePatternText(text: string, options: ValidateOptions = {}): ValidatedPattern {
  return parseText(text, options, undefined);
}

/**
 * Validates the value of a `pattern` argument. `text` is the text the value's ranges index into (the
 * block's text for HCL). Undefined when the value is not known statically or is not a string.
 */
export function parsePatternValue(value: Value, text: string, options: ValidateOptions = {}): ValidatedPattern | undefined {
  let v = value;
  let map: OffsetMap | undefined;
  // A pattern reached through a reference is reported on the reference: its own ranges are elsewhere.
  // So is one an expression computes (a template, a for-expression): its parts are written elsewhere.
  for (let depth = 0; (v.kind === 'reference' || v.kind === 'unknown') && depth < 32; depth++) {
    if (!v.resolved) return undefined;
    map ??= wholeString(v.range);
    v = v.resolved;
  }
  if (v.kind === 'string') return parseText(v.value, options, map ?? stringOffsetMap(v, text));
  if (v.kind !== 'jsonencode') return undefined;
  const length = encodedLength(v.inner);
  const root = jsonFromValue(v.inner, map?.mapRange(v.range));
  if (length === undefined || !root) return undefined;
  const result = validatePattern(root, options);
  const tooLong = lengthProblem(length, map?.mapRange(v.range) ?? v.range, options.target);
  return tooLong ? { problems: [tooLong, ...result.problems] } : result;
}

function parseText(text: string, options: ValidateOptions, map: OffsetMap | undefined): ValidatedPattern {
  const place = (range: SourceRange): SourceRange => (map ? map.mapRange(range) : range);
  const problems: PatternProblem[] = [];
  const tooLong = lengthProblem(text.length, place(rangeOf(0, text.length)), options.target);
  if (tooLong) problems.push(tooLong);
  const parsed = parseJson(text);
  const first = firstTokenStart(text);
  // EventBridge looks at the first token alone before anything else: `[`, a string, or nothing at all is
  // "not an object" however the rest reads.
  if (first === undefined || (parsed.value && parsed.value.type !== 'object') || (parsed.error && (text[first] === '[' || text[first] === '"'))) {
    const end = parsed.value && parsed.value.type !== 'object' ? parsed.value.range.end : text.length;
    problems.push(rejection('pattern-invalid', 'Filter is not an object', place(rangeOf(first ?? 0, end)), 'A pattern is a JSON object such as {"body": {"type": ["order"]}}.'));
    return { problems };
  }
  const root = map && parsed.value ? remap(parsed.value, map) : parsed.value;
  if (parsed.error) {
    // What EventBridge reads before the broken spot can already be wrong; those problems come first.
    const stop = parsed.error.range.start;
    const before = root ? validatePattern(root, options).problems.filter((p) => p.severity !== 'error' || rangeStartIn(p, stop, text, map)) : [];
    problems.push(...before, rejection('pattern-json', parsed.error.message, place(parsed.error.range)));
    return { problems };
  }
  const result = validatePattern(root, options);
  problems.push(...result.problems);
  if (parsed.trailing) {
    problems.push({
      code: 'pattern-trailing-text',
      severity: 'warning',
      range: place(parsed.trailing),
      message: 'Text after the closing brace of the pattern is not part of it; EventBridge ignores it, and it is most likely a mistake.',
    });
  }
  return tooLong ? { problems } : { ...(result.pattern ? { pattern: result.pattern } : {}), problems };
}

/** Whether a problem found in a partial tree lies before the syntax error (compared in JSON-text offsets). */
function rangeStartIn(problem: PatternProblem, stop: number, text: string, map: OffsetMap | undefined): boolean {
  if (!map) return problem.range.start < stop;
  return problem.range.start < map.mapRange(rangeOf(Math.min(stop, text.length), Math.min(stop, text.length))).start;
}

function firstTokenStart(text: string): number | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return i;
  }
  return undefined;
}

function lengthProblem(length: number, range: SourceRange, target: PatternTarget | undefined): PatternProblem | undefined {
  if ((target ?? 'lambda') !== 'lambda' || length <= FILTER_LIMITS.patternMaxLength) return undefined;
  return {
    code: 'pattern-too-long',
    severity: 'error',
    range,
    message: `A filter pattern can be at most ${FILTER_LIMITS.patternMaxLength} characters; this one is ${length}. The provider rejects it at plan.`,
  };
}

/** The same tree with every range moved through `map`. */
function remap(node: JsonNode, map: OffsetMap): JsonNode {
  const range = map.mapRange(node.range);
  switch (node.type) {
    case 'object':
      return { ...node, range, properties: node.properties.map((p) => ({ key: p.key, keyRange: map.mapRange(p.keyRange), value: remap(p.value, map) })) };
    case 'array':
      return { ...node, range, items: node.items.map((item) => remap(item, map)) };
    default:
      return { ...node, range };
  }
}
