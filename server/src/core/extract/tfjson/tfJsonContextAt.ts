// What is at a position of a Terraform JSON file, for completion (see language/cursorContext.ts). The JSON
// path to the cursor (jsonc-parser's `getLocation`, which reads broken JSON too) is matched against the
// forms `extractTfJson` reads: `resource.<type>.<name>.<body>`, each level an object or an array of
// objects, nested blocks likewise, and `dynamic.<type>.content`.

import { getLocation, type JSONPath, type Location } from 'jsonc-parser';
import { MAPPING_FACTS } from '../../facts/eventSourceMappingFacts';
import type { BlockFact } from '../../facts/factTypes';
import type { CursorContext, CursorTarget } from '../../language/cursorContext';
import type { FileModel } from '../../model/fileModel';
import { MAX_NESTING } from '../../model/nesting';
import { rangeOf } from '../../model/sourceRange';
import type { TextSource } from '../../model/textSource';
import { MAPPING_TYPE } from '../../model/mapping';
import { flattenDeepJson } from './flattenDeepJson';
import { jsonPatternPosition } from './jsonPatternPosition';
import { typedToken, type TypedToken } from './typedToken';
import { contentIndexOf, unescapedString } from './unescapedString';

/** As in `extractTfJson`: deep brackets are emptied so the recursive reader keeps its stack. */
const PARSE_DEPTH = 2 * MAX_NESTING;

export function tfJsonContextAt(source: TextSource, model: FileModel, offset: number): CursorContext | undefined {
  if (offset < 0 || offset > source.length) return undefined;
  const text = flattenDeepJson(source.slice(0, source.length), PARSE_DEPTH);
  const location = getLocation(text, offset);
  const mapping = mappingOf(location.path);
  if (!mapping) return undefined;
  const { name, body } = mapping;
  if (body === undefined) {
    // On the mapping's name key: its header.
    const key = location.previousNode;
    if (!location.isAtPropertyKey || !key || key.type !== 'property' || offset < key.offset) return undefined;
    const blockIndex = blockNamed(model, name, (k) => {
      const label = model.blocks[k]!.labelRanges[1];
      return label !== undefined && model.offsets[k]! + label.start === key.offset;
    });
    return blockIndex === undefined ? undefined : { blockIndex, path: [], at: { kind: 'header', range: rangeOf(key.offset, key.offset + key.length) } };
  }
  const nested = nestedPath(body);
  if (!nested) return undefined;
  const blockIndex = blockNamed(model, name, (k) => {
    const start = model.offsets[k]!;
    const range = model.blocks[k]!.body.range;
    return start + range.start <= offset && offset <= start + range.end;
  });
  if (blockIndex === undefined) return undefined;
  const at = targetAt(text, location, offset, nested.path, nested.rest);
  return at && { blockIndex, path: nested.path, at };
}

/** `resource.<type>.<name>` (any level an array of objects) → the name and the path inside the body. */
function mappingOf(path: JSONPath): { name: string; body: JSONPath | undefined } | undefined {
  let i = 0;
  const skipIndex = (): void => {
    if (typeof path[i] === 'number') i++;
  };
  skipIndex();
  if (path[i] !== 'resource') return undefined;
  i++;
  skipIndex();
  if (path[i] !== MAPPING_TYPE) return undefined;
  i++;
  skipIndex();
  const name = path[i];
  if (typeof name !== 'string') return undefined;
  if (i === path.length - 1) return { name, body: undefined };
  i++;
  skipIndex();
  return { name, body: path.slice(i) };
}

/** Descends nested blocks (and `dynamic` blocks' content) while the path goes on below them. */
function nestedPath(body: JSONPath): { path: string[]; rest: JSONPath } | undefined {
  const path: string[] = [];
  let fact: BlockFact = MAPPING_FACTS;
  let rest = body;
  for (;;) {
    const [first] = rest;
    if (rest.length < 2 || typeof first !== 'string') break;
    const child = fact.blocks[first];
    if (child) {
      path.push(first);
      fact = child;
      rest = skipIndex(rest.slice(1));
      continue;
    }
    if (first !== 'dynamic') break;
    // `"dynamic": {"<type>": {"for_each": …, "content": {…}}}`: inside `content` is the block's body.
    const inner = skipIndex(rest.slice(1));
    const type = inner[0];
    const dynamicFact = typeof type === 'string' ? fact.blocks[type] : undefined;
    if (!dynamicFact) return undefined;
    const content = skipIndex(inner.slice(1));
    if (content[0] !== 'content' || content.length < 2) return undefined;
    path.push(type as string);
    fact = dynamicFact;
    rest = skipIndex(content.slice(1));
  }
  return { path, rest };
}

/** Drops an array index before a body's key: the path then goes on inside one of the objects. */
function skipIndex(path: JSONPath): JSONPath {
  return path.length > 1 && typeof path[0] === 'number' ? path.slice(1) : path;
}

function blockNamed(model: FileModel, name: string, holds: (k: number) => boolean): number | undefined {
  for (let k = 0; k < model.blocks.length; k++) {
    const block = model.blocks[k]!;
    if (block.keyword === 'resource' && block.labels[0] === MAPPING_TYPE && block.labels[1] === name && holds(k)) return k;
  }
  return undefined;
}

function targetAt(text: string, location: Location, offset: number, path: readonly string[], rest: JSONPath): CursorTarget | undefined {
  const [argument, item] = rest;
  if (typeof argument !== 'string') return undefined;
  const node = location.previousNode;
  if (location.isAtPropertyKey) {
    if (rest.length !== 1) return undefined;
    const token = typedToken(text, node?.type === 'property' ? node : undefined, offset);
    if (!follows(text, token, '{,')) return undefined;
    return { kind: 'name', prefix: token.prefix, range: rangeOf(token.start, token.end), present: presentNames(text, offset, node?.offset), quote: token.quote };
  }
  // Deeper than a value or a list item: inside an object value, which no argument here is written as.
  if (rest.length > 2 || (rest.length === 2 && typeof item !== 'number')) return undefined;
  const token = typedToken(text, node, offset);
  if (!follows(text, token, ':[,')) return undefined;
  if (token.quote === 'inside') {
    // A pattern not started yet (`"pattern": "¦"`) is a value to start; once it has JSON, a place in it.
    if (isPatternArgument(path, argument) && rest.length === 1 && !/^\s*$/.test(token.prefix)) return patternAt(text, token.start, token.end, offset);
    const reference = referenceAt(text, token.start, offset, argument);
    if (reference) return reference;
  }
  return { kind: 'value', name: argument, prefix: token.prefix, range: rangeOf(token.start, token.end), quote: token.quote, inList: rest.length === 2 };
}

/**
 * Whether the token starts where a name (after `{` or `,`) or a value (after `:`, `[` or `,`) can: after a
 * complete key or value (`"LATEST" |`, `{…} |`) only a separator can come, and nothing is offered.
 */
function follows(text: string, token: TypedToken, separators: string): boolean {
  let i = token.start - (token.quote === 'inside' ? 1 : 0) - 1;
  while (i >= 0 && /\s/.test(text.charAt(i))) i--;
  return i >= 0 && separators.includes(text.charAt(i));
}

function isPatternArgument(path: readonly string[], argument: string): boolean {
  return argument === 'pattern' && path.length === 2 && path[0] === 'filter_criteria' && path[1] === 'filter';
}

/** A filter pattern is a JSON string holding JSON: read its unescaped content up to where it ends. */
function patternAt(text: string, start: number, end: number, offset: number): CursorTarget | undefined {
  const string = unescapedString(text, start, end);
  // An interpolation makes the pattern an HCL expression, not JSON this can follow.
  if (string.content.includes('${')) return undefined;
  const position = jsonPatternPosition(string.content, contentIndexOf(string, offset));
  if (!position) return undefined;
  const { start: from, end: to, ...rest } = position;
  return { kind: 'pattern', ...rest, range: rangeOf(string.offsets[from]!, string.offsets[to]!), syntax: 'jsonInString' };
}

/** Inside `"${aws_sqs_queue.orders.` (an interpolation still open at the cursor): a reference. */
function referenceAt(text: string, contentStart: number, offset: number, argument: string): CursorTarget | undefined {
  const typed = text.slice(contentStart, offset);
  const open = typed.lastIndexOf('${');
  if (open < 0 || typed.indexOf('}', open) >= 0 || (open > 0 && typed.charAt(open - 1) === '$')) return undefined;
  const match = /^\s*((?:[A-Za-z_][\w-]*\.)*)([\w-]*)$/.exec(typed.slice(open + 2));
  if (!match) return undefined;
  const parts = match[1]!.split('.').filter((p) => p !== '');
  const prefix = match[2]!;
  let end = offset;
  while (end < text.length && /[\w-]/.test(text.charAt(end))) end++;
  return { kind: 'reference', name: argument, parts, prefix, range: rangeOf(offset - prefix.length, end) };
}

/**
 * The names already in the body the cursor's key is in: the keys of the object around it, read with the
 * same scanner, skipping the key being written (at `keyOffset`).
 */
function presentNames(text: string, offset: number, keyOffset: number | undefined): string[] {
  const open = enclosingObjectStart(text, offset);
  if (open < 0) return [];
  const names: string[] = [];
  let depth = 0;
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = stringEnd(text, i);
      if (depth === 0 && i !== keyOffset && nextNonSpace(text, end) === 58 /* : */) {
        const key = safeParse(text.slice(i, end));
        if (key !== undefined && key !== '//' && !names.includes(key)) names.push(key);
      }
      i = end - 1;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (depth === 0) break;
      depth--;
    }
  }
  return names;
}

/** The offset of the `{` that opens the object holding `offset`, scanning back over strings and brackets. */
function enclosingObjectStart(text: string, offset: number): number {
  // Strings are found forwards (a backwards scan cannot tell an opening quote from a closing one).
  const stack: number[] = [];
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = stringEnd(text, i);
      if (end > offset) break;
      i = end - 1;
    } else if (c === 123 || c === 91) stack.push(i);
    else if (c === 125 || c === 93) stack.pop();
  }
  const top = stack[stack.length - 1];
  return top !== undefined && text.charCodeAt(top) === 123 ? top : -1;
}

/** The end (after the closing quote, or at the line break or text end) of the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i + 1;
    else if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function nextNonSpace(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return c;
  }
  return -1;
}

function safeParse(literal: string): string | undefined {
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
