// What is at a position of a `.tf` file, for completion (see language/cursorContext.ts). Completion is
// asked for where the text does not parse (a half-typed name, an unterminated string), and there the
// tree's error recovery can drop the block or let it swallow the next ones; so the context is read from
// the text with a small lexical scan from the enclosing block's header to the cursor. The model only says
// where blocks start (to bound the scan) and which names a body already holds after the cursor.

import type { CursorContext, CursorTarget } from '../../language/cursorContext';
import type { FileModel } from '../../model/fileModel';
import type { Block } from '../../model/mapping';
import type { TextSource } from '../../model/textSource';
import { MAPPING_TYPE } from '../../model/mapping';
import { hclPatternContextAt } from './hclPatternContextAt';
import { isWordChar, scanHclToCursor, type HclScan } from './scanHclToCursor';

export function hclContextAt(text: TextSource, model: FileModel, offset: number): CursorContext | undefined {
  if (!(offset >= 0 && offset <= text.length)) return undefined;
  const start = scanStart(text, model, offset);
  if (start === undefined) return undefined;
  const scan = scanHclToCursor(text, start, offset);
  if (scan.keyword !== 'resource') return undefined;
  const blockIndex = blockStartingAt(model, scan.keywordStart);
  if (scan.mode === 'label') {
    if (scan.bodies.length > 0) return undefined;
    const range = { start: scan.labelStart, end: labelTextEnd(text, offset) };
    const type = scan.labels.length === 0 ? text.slice(range.start, range.end) : scan.labels[0];
    if (type !== MAPPING_TYPE || scan.labels.length > 1) return undefined;
    return { blockIndex, path: [], at: { kind: 'header', range } };
  }
  if (scan.bodies.length === 0 || scan.labels[0] !== MAPPING_TYPE) return undefined;
  // In `dynamic "x" { … }` but outside its `content`, the arguments are Terraform's (`for_each`), not x's.
  if (scan.bodies[scan.bodies.length - 1]!.dynamic) return undefined;
  const path: string[] = [];
  for (const body of scan.bodies.slice(1)) {
    if (body.name === '') return undefined;
    if (body.name !== undefined) path.push(body.name);
  }
  const at = targetAt(text, model, offset, scan, blockIndex, path);
  return at && { blockIndex: blockIndex, path, at };
}

function targetAt(text: TextSource, model: FileModel, offset: number, scan: HclScan, blockIndex: number, path: readonly string[]): CursorTarget | undefined {
  if (scan.mode === 'item') {
    const start = wordStart(text, offset, 0);
    const range = { start, end: wordEnd(text, offset) };
    return { kind: 'name', prefix: text.slice(start, offset), range, present: presentNames(model, blockIndex, path, scan, range.start, offset) };
  }
  if (scan.mode !== 'expr' && scan.mode !== 'heredoc') return undefined;
  const name = scan.attribute;
  if (name === 'pattern' && path[path.length - 1] === 'filter') {
    const pattern = hclPatternContextAt(text, scan.valueStart, offset);
    // Before any pattern syntax is written (`pattern = ¦`, `pattern = jsonen¦`) it is an ordinary value.
    if (pattern || !/^[ \t]*[\w-]*$/.test(text.slice(scan.valueStart, offset))) return pattern;
  }
  if (scan.mode === 'heredoc') return undefined;
  const stack = scan.stack;
  const last = stack[stack.length - 1];
  if (last?.t === 'str') {
    // Only a string that is the value or an item of the value's list is a value; one inside a call or an object is not.
    if (stack.length > 2 || (stack.length === 2 && stack[0]!.t !== '[')) return undefined;
    const range = { start: last.segmentStart, end: stringTextEnd(text, offset) };
    return { kind: 'value', name, prefix: text.slice(range.start, offset), range, quote: 'inside', inList: stack.length === 2 };
  }
  const start = wordStart(text, offset, scan.valueStart);
  const prefix = text.slice(start, offset);
  const parts: string[] = [];
  let chain = start;
  while (chain - 1 > scan.valueStart && text.charCodeAt(chain - 1) === 46) {
    const partStart = wordStart(text, chain - 1, scan.valueStart);
    // `x[0].` or `f().`: a traversal this scan does not follow.
    if (partStart === chain - 1) return undefined;
    parts.unshift(text.slice(partStart, chain - 1));
    chain = partStart;
  }
  // A bare word is taken for the start of a reference (`aws_sq¦`), since HCL has no enum keywords: the
  // arguments that take names or ARNs are where completion offers references. A number is a value.
  const first = text.charCodeAt(chain);
  const isNumber = chain < offset && first >= 48 && first <= 57;
  if (!isNumber && (parts.length > 0 || prefix !== '')) return { kind: 'reference', name, parts, prefix, range: { start, end: wordEnd(text, offset) } };
  const inList = stack.length === 1 && stack[0]!.t === '[';
  if (stack.length > 0 && !inList) return undefined;
  return { kind: 'value', name, prefix: text.slice(chain, offset), range: { start: chain, end: wordEnd(text, offset) }, quote: 'none', inList };
}

/**
 * Where to start the scan: the nearest line before the cursor that opens a `resource` or `data` block, but
 * not before the last block the model has there (the tree can drop a broken block, never invent one).
 */
function scanStart(text: TextSource, model: FileModel, offset: number): number | undefined {
  let low = 0;
  let high = model.offsets.length - 1;
  let index = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (model.offsets[mid]! <= offset) {
      index = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  const floor = index >= 0 ? model.offsets[index]! : 0;
  let lineStart = offset;
  for (;;) {
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    if (lineStart < floor) break;
    const keyword = headerKeywordAt(text, lineStart);
    if (keyword !== undefined && keyword < offset) return keyword;
    if (lineStart === 0) break;
    lineStart--;
  }
  return index >= 0 ? floor : undefined;
}

/** The offset of `resource`/`data` when the line at `lineStart` opens such a block. */
function headerKeywordAt(text: TextSource, lineStart: number): number | undefined {
  let at = lineStart;
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  const head = text.slice(at, at + 9);
  const match = /^(resource|data)[ \t"]/.exec(head);
  return match ? at : undefined;
}

function blockStartingAt(model: FileModel, start: number): number {
  let low = 0;
  let high = model.offsets.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = model.offsets[mid]!;
    if (at === start) return mid;
    if (at < start) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/**
 * The names the body at `path` holds: those written before the cursor (the scan) and, when the model read
 * the body, those after it. The name being typed at the cursor is not one of them.
 */
function presentNames(model: FileModel, blockIndex: number, path: readonly string[], scan: HclScan, typedStart: number, offset: number): string[] {
  const names = new Set(scan.bodies[scan.bodies.length - 1]!.present);
  const block = model.blocks[blockIndex];
  if (block) {
    const base = model.offsets[blockIndex]!;
    const at = offset - base;
    let body: Block | undefined = block.body;
    for (const segment of path) body = body?.blocks.find((b) => b.type === segment && b.range.start <= at && at <= b.range.end);
    if (body) {
      for (const attribute of body.attributes.values()) if (attribute.nameRange.start + base !== typedStart) names.add(attribute.name);
      for (const nested of body.blocks) if (nested.typeRange.start + base !== typedStart) names.add(nested.type);
    }
  }
  return [...names];
}

function wordStart(text: TextSource, offset: number, floor: number): number {
  let start = offset;
  while (start > floor && isWordChar(text.charCodeAt(start - 1))) start--;
  return start;
}

function wordEnd(text: TextSource, offset: number): number {
  let end = offset;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return end;
}

/** The end of a string's text from the cursor: its closing quote, an interpolation, or the line's end. */
function stringTextEnd(text: TextSource, offset: number): number {
  let end = offset;
  for (;;) {
    const c = text.charCodeAt(end);
    if (end >= text.length || c === 34 || c === 92 || c === 10 || c === 13 || (c === 36 && text.charCodeAt(end + 1) === 123)) return end;
    end++;
  }
}

function labelTextEnd(text: TextSource, offset: number): number {
  let end = offset;
  for (let c = text.charCodeAt(end); end < text.length && c !== 34 && c !== 10 && c !== 13; c = text.charCodeAt(++end));
  return end;
}
