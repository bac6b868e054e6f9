// What is at a position of a CDKTF stack, for completion (see language/cursorContext.ts). The model already
// knows which `new` expressions create mappings (import aliases, namespaces and all), so the block that
// holds the offset is found there first, and only that expression's text is parsed: the cost does not
// grow with the stack. Its config object is then walked down to the cursor, nested config objects (and
// arrays of them) becoming the canonical block path.

import ts = require('typescript');
import { MAPPING_FACTS } from '../../facts/eventSourceMappingFacts';
import type { BlockFact } from '../../facts/factTypes';
import type { CursorContext, CursorTarget } from '../../language/cursorContext';
import type { FileModel } from '../../model/fileModel';
import { rangeOf } from '../../model/sourceRange';
import type { TextSource } from '../../model/textSource';
import { MAPPING_TYPE } from '../../model/mapping';
import { canonicalName } from './cdktfNames';
import { createTsSourceFile } from './cdktfParse';
import { stripExpression } from './constructIdentity';
import { propertyKey } from './readTsValue';
import { tsPatternAt, stringPatternAt } from './tsPatternAt';
import { isArrayLiteralExpression, isIdentifier, isNewExpression, isObjectLiteralExpression, isPropertyAccessExpression, isPropertyAssignment, isShorthandPropertyAssignment, SyntaxKind } from './tsSyntax';
import { afterSeparator, insideBrackets, nodeStart, propertyAt, stringToken, tokenAt, within, type Walk } from './tsCursor';

export function cdktfContextAt(source: TextSource, model: FileModel, offset: number): CursorContext | undefined {
  if (offset < 0 || offset > source.length) return undefined;
  const blockIndex = mappingAt(model, offset);
  if (blockIndex === undefined) return undefined;
  const start = model.offsets[blockIndex]!;
  const text = source.slice(start, start + model.blocks[blockIndex]!.body.range.end);
  const sourceFile = createTsSourceFile('construct.ts', text);
  const statement = sourceFile.statements[0];
  const expression = statement && ts.isExpressionStatement(statement) ? stripExpression(statement.expression) : undefined;
  if (!expression || !isNewExpression(expression)) return undefined;
  const walk: Walk = { sourceFile, text: sourceFile.text, at: offset - start };
  const context = constructContext(expression, walk);
  if (!context) return undefined;
  return { blockIndex, path: context.path, at: shift(context.at, start) };
}

/** The innermost mapping construct whose `new` expression holds the offset. */
function mappingAt(model: FileModel, offset: number): number | undefined {
  let found: number | undefined;
  for (let k = 0; k < model.blocks.length; k++) {
    const start = model.offsets[k]!;
    if (start > offset) break;
    const block = model.blocks[k]!;
    if (block.keyword === 'resource' && block.labels[0] === MAPPING_TYPE && offset <= start + block.body.range.end) found = k;
  }
  return found;
}

function constructContext(node: ts.NewExpression, walk: Walk): { path: string[]; at: CursorTarget } | undefined {
  const id = node.arguments?.[1];
  for (const header of [node.expression, id]) {
    if (header && within(header, walk)) return { path: [], at: { kind: 'header', range: rangeOf(nodeStart(header, walk), header.end) } };
  }
  const config = node.arguments?.[2];
  if (!config || !isObjectLiteralExpression(config) || !insideBrackets(config, walk)) return undefined;
  return objectContext(config, MAPPING_FACTS, [], walk);
}

/** Inside the config object of a block described by `fact`, at `path`. */
function objectContext(object: ts.ObjectLiteralExpression, fact: BlockFact, path: string[], walk: Walk): { path: string[]; at: CursorTarget } | undefined {
  const topLevel = path.length === 0;
  const present = (except: ts.Node | undefined): string[] => {
    const names: string[] = [];
    for (const property of object.properties) {
      if (property === except || !property.name) continue;
      const key = propertyKey(property.name as ts.PropertyName);
      const name = key === undefined ? null : canonicalName(key, fact, topLevel);
      if (name !== null && !names.includes(name)) names.push(name);
    }
    return names;
  };
  const property = propertyAt(object, walk);
  if (!property) {
    // Between properties, or in an empty object: a name goes here.
    if (!insideBrackets(object, walk) || !afterSeparator(object.properties, walk)) return undefined;
    return { path, at: { kind: 'name', prefix: '', range: rangeOf(walk.at, walk.at), present: present(undefined) } };
  }
  if (isShorthandPropertyAssignment(property) || (isPropertyAssignment(property) && within(property.name, walk))) {
    const name = property.name;
    if (ts.isStringLiteralLike(name)) {
      const token = stringToken(name, walk);
      if (!token) return undefined;
      return { path, at: { kind: 'name', prefix: token.prefix, range: token.range, present: present(property), quote: 'inside' } };
    }
    if (!isIdentifier(name)) return undefined;
    const token = tokenAt(name, walk);
    return { path, at: { kind: 'name', prefix: token.prefix, range: token.range, present: present(property) } };
  }
  if (!isPropertyAssignment(property)) return undefined;
  const key = propertyKey(property.name);
  const name = key === undefined ? null : canonicalName(key, fact, topLevel);
  if (name === null) return undefined;
  const value = stripExpression(property.initializer);
  // The cursor must be after the colon: on the blanks between the name and it there is nothing to complete.
  const colon = walk.text.indexOf(':', property.name.end);
  if (colon < 0 || walk.at <= colon) return undefined;
  const child = fact.blocks[name];
  if (child) {
    const objects = isArrayLiteralExpression(value) ? value.elements : [value];
    const inner = objects.find((o) => isObjectLiteralExpression(o) && insideBrackets(o, walk));
    return inner && isObjectLiteralExpression(inner) ? objectContext(inner, child, [...path, name], walk) : undefined;
  }
  if (name === 'pattern' && path.length === 2 && path[0] === 'filter_criteria' && path[1] === 'filter') {
    const pattern = tsPatternAt(value, walk) ?? stringPatternAt(value, walk);
    if (pattern) return { path, at: pattern };
  }
  const at = valueAt(value, name, walk, false);
  return at && { path, at };
}

/** A value being written: a literal, an item of an array, or a property access (`queue.`). */
function valueAt(value: ts.Expression, name: string, walk: Walk, inList: boolean): CursorTarget | undefined {
  if (!inList && isArrayLiteralExpression(value)) {
    if (!insideBrackets(value, walk)) return undefined;
    const item = value.elements.find((e) => within(e, walk));
    if (item) return valueAt(stripExpression(item), name, walk, true);
    if (!afterSeparator(value.elements, walk)) return undefined;
    return { kind: 'value', name, prefix: '', range: rangeOf(walk.at, walk.at), quote: 'none', inList: true };
  }
  if (ts.isStringLiteralLike(value)) {
    const token = stringToken(value, walk);
    if (!token) return undefined;
    return { kind: 'value', name, prefix: token.prefix, range: token.range, quote: 'inside', inList };
  }
  if (isPropertyAccessExpression(value)) {
    const parts = accessParts(value.expression);
    const dot = walk.text.indexOf('.', value.expression.end);
    if (!parts || dot < 0 || walk.at <= dot) return undefined;
    // `queue.` then a line break: the parser takes the next line's name as the member; nothing is typed yet.
    const token = walk.at < nodeStart(value.name, walk) ? { prefix: '', range: rangeOf(walk.at, walk.at) } : tokenAt(value.name, walk);
    return { kind: 'reference', name, parts, prefix: token.prefix, range: token.range };
  }
  switch (value.kind) {
    case SyntaxKind.Identifier:
    case SyntaxKind.NumericLiteral:
    case SyntaxKind.TrueKeyword:
    case SyntaxKind.FalseKeyword: {
      const token = tokenAt(value, walk);
      return { kind: 'value', name, prefix: token.prefix, range: token.range, quote: 'none', inList };
    }
    default:
      return undefined;
  }
}

/** `queue.attr` → ['queue', 'attr']: a variable and its properties, nothing computed. */
function accessParts(expression: ts.Expression): string[] | undefined {
  const e = stripExpression(expression);
  if (isIdentifier(e)) return [e.text];
  if (e.kind === SyntaxKind.ThisKeyword) return ['this'];
  if (isPropertyAccessExpression(e) && isIdentifier(e.name)) {
    const owner = accessParts(e.expression);
    return owner && [...owner, e.name.text];
  }
  return undefined;
}

function shift(target: CursorTarget, delta: number): CursorTarget {
  return { ...target, range: rangeOf(target.range.start + delta, target.range.end + delta) };
}
