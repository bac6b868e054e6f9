// A cursor inside a parsed TypeScript snippet: which nodes hold it and what is typed of the token it is in.
// Half-typed code has missing nodes (`queue.` has an empty name) whose start TypeScript would place after
// the blanks that follow them; they start where they end.

import type * as ts from 'typescript';
import { rangeOf, type SourceRange } from '../../model/sourceRange';

export interface Walk {
  readonly sourceFile: ts.SourceFile;
  readonly text: string;
  /** The cursor, in offsets of `text`. */
  readonly at: number;
}

export interface Token {
  readonly prefix: string;
  readonly range: SourceRange;
}

export function nodeStart(node: ts.Node, walk: Walk): number {
  return node.pos === node.end ? node.end : Math.min(node.getStart(walk.sourceFile), node.end);
}

export function within(node: ts.Node, walk: Walk): boolean {
  return nodeStart(node, walk) <= walk.at && walk.at <= node.end;
}

/** Between an object's or array's brackets: after the opening one, and before the closing one when it is written. */
export function insideBrackets(node: ts.Node, walk: Walk): boolean {
  const close = walk.text.charCodeAt(node.end - 1);
  const closed = node.end - nodeStart(node, walk) >= 2 && (close === 125 || close === 93); // `}` or `]`
  return nodeStart(node, walk) < walk.at && (walk.at < node.end || !closed);
}

/** A name or literal: the part before the cursor, and the whole token to replace. */
export function tokenAt(node: ts.Node, walk: Walk): Token {
  // A missing node (nothing typed yet) sits where the parser stopped, maybe before blanks the cursor is after.
  if (node.pos === node.end) return { prefix: '', range: rangeOf(walk.at, walk.at) };
  const start = nodeStart(node, walk);
  const at = Math.max(start, Math.min(walk.at, node.end));
  return { prefix: walk.text.slice(start, at), range: rangeOf(start, node.end) };
}

/** Inside a string literal's quotes (also an unterminated one); undefined on or outside the quotes. */
export function stringToken(node: ts.Node, walk: Walk): Token | undefined {
  const start = nodeStart(node, walk);
  const end = contentEnd(walk.text, start, node.end);
  if (walk.at <= start || walk.at > end) return undefined;
  return { prefix: walk.text.slice(start + 1, walk.at), range: rangeOf(start + 1, end) };
}

/** Before the closing quote when there is one (unescaped, the same as the opening one), else the end. */
export function contentEnd(text: string, start: number, end: number): number {
  const quote = text.charCodeAt(start);
  if (end - start < 2 || text.charCodeAt(end - 1) !== quote) return end;
  let backslashes = 0;
  for (let i = end - 2; i > start && text.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 0 ? end - 1 : end;
}

/**
 * The property of an object literal the cursor is in. `name: ` with nothing after it yet ends at its
 * colon (its value is missing), so the blanks after it are still its value's place.
 */
export function propertyAt(object: ts.ObjectLiteralExpression, walk: Walk): ts.ObjectLiteralElementLike | undefined {
  for (const property of object.properties) {
    if (within(property, walk)) return property;
    const initializer = (property as Partial<ts.PropertyAssignment>).initializer;
    if (initializer && initializer.pos === initializer.end && property.end < walk.at && walk.text.slice(property.end, walk.at).trim() === '') return property;
  }
  return undefined;
}

/**
 * Whether a new element can start at the cursor in a list of `elements` (properties or array items): it
 * is the first, or the one before it is followed by its comma. After `batchSize: 10 ` only a comma can come.
 */
export function afterSeparator(elements: readonly ts.Node[], walk: Walk): boolean {
  let previous: ts.Node | undefined;
  for (const element of elements) if (element.end <= walk.at) previous = element;
  return !previous || /^\s*,/.test(walk.text.slice(previous.end, walk.at));
}
