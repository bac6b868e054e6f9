// Reads a construct's config object literal into the model's attributes and nested blocks, with the
// canonical snake_case names of the facts table. A MaxItems-1 block is an object (`scalingConfig: {…}`),
// a set or list block an array of objects (`sourceAccessConfiguration: [{ type, uri }]`), and
// `iterator.dynamic({ … })` or `list.map((x) => ({ … }))` stands for an unknown number of blocks, like a
// `dynamic` block in HCL.

import type * as ts from 'typescript';
import { API_ONLY_BLOCKS } from '../../facts/eventSourceMappingFacts';
import type { BlockFact } from '../../facts/factTypes';
import type { Attribute, Block } from '../../model/mapping';
import { rangeOf, type SourceRange } from '../../model/sourceRange';
import { canonicalName } from './cdktfNames';
import { Scope } from './cdktfScope';
import { stripExpression } from './constructIdentity';
import { rangeIn, startOf, type ReadContext } from './readContext';
import { followConst, isUndefined, propertyKey, readTsValue } from './readTsValue';
import { knownCondition } from './knownCondition';
import { itemContexts, mapCallOf } from './mapOverKnown';
import { SyntaxKind, isArrayLiteralExpression, isArrowFunction, isBlock, isCallExpression, isConditionalExpression, isFunctionExpression, isObjectLiteralExpression, isPropertyAccessExpression, isPropertyAssignment, isReturnStatement, isShorthandPropertyAssignment, isSpreadAssignment, isSpreadElement } from './tsSyntax';

export interface BlockContent {
  readonly attributes: Map<string, Attribute>;
  readonly blocks: Block[];
  /** False when a spread or computed key hides properties: what is absent may still be set. */
  readonly complete: boolean;
}

/** `fact` describes the block (undefined for resources other than the mapping: no nested blocks). */
export function readConfigBlock(object: ts.ObjectLiteralExpression, fact: BlockFact | undefined, context: ReadContext, topLevel: boolean): BlockContent {
  const attributes = new Map<string, Attribute>();
  let blocks: Block[] = [];
  let complete = true;
  for (const property of object.properties) {
    let key: string | undefined;
    let keyNode: ts.Node;
    let value: ts.Expression;
    if (isPropertyAssignment(property)) {
      key = propertyKey(property.name);
      keyNode = property.name;
      value = property.initializer;
    } else if (isShorthandPropertyAssignment(property)) {
      key = property.name.text;
      keyNode = property.name;
      value = property.name;
    } else if (isSpreadAssignment(property)) {
      // `{ ...common, batchSize: 10 }`: the properties of a `const` object, shown where it is spread.
      const spread = followConst(property.expression, context);
      if (!isObjectLiteralExpression(spread.expression)) {
        complete = false;
        continue;
      }
      const inner = readConfigBlock(spread.expression, fact, { ...spread.context, at: rangeIn(property, context) }, topLevel);
      for (const [name, attr] of inner.attributes) attributes.set(name, attr);
      const types = new Set(inner.blocks.map((b) => b.type));
      blocks = blocks.filter((b) => !types.has(b.type)).concat(inner.blocks);
      complete &&= inner.complete;
      continue;
    } else {
      complete = false;
      continue;
    }
    if (key === undefined) {
      complete = false;
      continue;
    }
    const name = canonicalName(key, fact, topLevel);
    if (name === null) continue;
    // In JavaScript the last of two equal keys wins.
    attributes.delete(name);
    if (blocks.some((b) => b.type === name)) blocks = blocks.filter((b) => b.type !== name);
    const childFact = fact?.blocks[name] ?? (topLevel && fact && API_ONLY_BLOCKS[name] !== undefined ? unknownBlockFact(name) : undefined);
    if (childFact) {
      blocks.push(...readBlocks(name, childFact, keyNode, value, withComma(property, context), context));
    } else if (!isUndefined(value, context)) {
      attributes.set(name, { name, nameRange: rangeIn(keyNode, context), value: readTsValue(value, context), range: withComma(property, context) });
    }
  }
  return { attributes, blocks, complete };
}

/**
 * A block the provider does not have but the API does (`loggingConfig`): read as a block, as HCL would
 * have it, so `provider-lag` explains it instead of `unknown-argument`.
 */
function unknownBlockFact(name: string): BlockFact {
  return { kind: 'block', name, doc: '', attributes: {}, blocks: {} };
}

/** The blocks a property stands for: none, one (an object), one per element (an array), or dynamic. */
function readBlocks(type: string, fact: BlockFact, keyNode: ts.Node, value: ts.Expression, range: SourceRange, context: ReadContext): Block[] {
  if (isUndefined(value, context) || stripExpression(value).kind === SyntaxKind.NullKeyword) return [];
  const target = followConst(value, context);
  const e = target.expression;
  if (isConditionalExpression(e)) {
    // `isProd ? [a, b] : [a]`: the blocks of the branch the stack fixes; either could be meant otherwise.
    const condition = knownCondition(e.condition, target.context, readTsValue);
    if (condition !== undefined) return readBlocks(type, fact, keyNode, condition ? e.whenTrue : e.whenFalse, range, target.context);
  }
  if (isObjectLiteralExpression(e)) return [objectBlock(type, fact, rangeIn(keyNode, context), range, e, target.context)];
  if (isArrayLiteralExpression(e)) return elementBlocks(type, fact, e, target.context);
  return mappedBlocks(type, fact, rangeIn(keyNode, context), range, e, target.context);
}

function elementBlocks(type: string, fact: BlockFact, array: ts.ArrayLiteralExpression, context: ReadContext): Block[] {
  const out: Block[] = [];
  for (const element of array.elements) {
    const range = rangeIn(element, context);
    if (isSpreadElement(element)) {
      const spread = followConst(element.expression, context);
      if (isArrayLiteralExpression(spread.expression)) out.push(...elementBlocks(type, fact, spread.expression, { ...spread.context, at: range }));
      else out.push(...mappedBlocks(type, fact, range, range, spread.expression, spread.context));
      continue;
    }
    const target = followConst(element, context);
    out.push(
      isObjectLiteralExpression(target.expression)
        ? objectBlock(type, fact, range, withComma(element, context), target.expression, target.context)
        : opaqueBlock(type, range, range),
    );
  }
  return out;
}

function objectBlock(type: string, fact: BlockFact, typeRange: SourceRange, range: SourceRange, object: ts.ObjectLiteralExpression, context: ReadContext): Block {
  const content = readConfigBlock(object, fact, context, false);
  const bodyStart = context.at ? context.at.start : startOf(object, context.sourceFile) + 1 - context.base;
  const block: Block = { type, typeRange, range, attributes: content.attributes, blocks: content.blocks, dynamic: false, bodyStart };
  return content.complete ? block : { ...block, open: true };
}

/**
 * `SUBNETS.map((id) => ({ … }))` over a list the stack fixes: one block per item, read with the item;
 * anything else is one dynamic or opaque block (below).
 */
function mappedBlocks(type: string, fact: BlockFact, typeRange: SourceRange, range: SourceRange, expression: ts.Expression, context: ReadContext): Block[] {
  const map = isCallExpression(expression) ? mapCallOf(expression) : undefined;
  const object = map && stripExpression(map.result);
  if (map && object && isObjectLiteralExpression(object)) {
    const contexts = itemContexts(map, context, 0, readTsValue);
    if (contexts) return contexts.map((c) => objectBlock(type, fact, typeRange, range, object, c));
  }
  return [mappedBlock(type, fact, typeRange, range, expression, context)];
}

/**
 * `iterator.dynamic({ … })` (CDKTF's dynamic blocks) and `items.map((item) => ({ … }))`: an unknown
 * number of blocks whose arguments are those of the object, read with the callback's parameters
 * unknown. Any other expression is opaque.
 */
function mappedBlock(type: string, fact: BlockFact, typeRange: SourceRange, range: SourceRange, expression: ts.Expression, context: ReadContext): Block {
  const content = isCallExpression(expression) ? dynamicContent(expression) : undefined;
  if (!content) return opaqueBlock(type, typeRange, range);
  const scope = new Scope(context.scope);
  for (const parameter of content.callback?.parameters ?? []) scope.declareOpaque(parameter.name);
  const block = objectBlock(type, fact, typeRange, range, content.object, { ...context, scope });
  return { ...block, dynamic: true };
}

function dynamicContent(call: ts.CallExpression): { callback?: ts.ArrowFunction | ts.FunctionExpression; object: ts.ObjectLiteralExpression } | undefined {
  const callee = stripExpression(call.expression);
  const argument = call.arguments[0] && stripExpression(call.arguments[0]);
  if (!isPropertyAccessExpression(callee) || !argument) return undefined;
  if (callee.name.text === 'dynamic') return isObjectLiteralExpression(argument) ? { object: argument } : undefined;
  if (callee.name.text !== 'map' || (!isArrowFunction(argument) && !isFunctionExpression(argument))) return undefined;
  let result: ts.Expression | undefined;
  if (isBlock(argument.body)) {
    const statements = argument.body.statements;
    const last = statements[statements.length - 1];
    // Only a body that is just `return { … }`: declarations before it would need their own scope.
    if (statements.length === 1 && last && isReturnStatement(last)) result = last.expression;
  } else {
    result = argument.body;
  }
  const object = result && stripExpression(result);
  return object && isObjectLiteralExpression(object) ? { callback: argument, object } : undefined;
}

/**
 * A block whose value cannot be read (a parameter, a function call, a spread of one): an unknown number
 * of blocks whose contents are unknown, so nothing is reported missing from them.
 */
function opaqueBlock(type: string, typeRange: SourceRange, range: SourceRange): Block {
  return { type, typeRange, range, attributes: new Map(), blocks: [], dynamic: true, bodyStart: range.start, open: true };
}

/**
 * A property's range with the comma after it, so a fix that removes the property leaves valid
 * TypeScript behind (HCL arguments have no separator to take along).
 */
export function withComma(node: ts.Node, context: ReadContext): SourceRange {
  if (context.at) return context.at;
  const text = context.sourceFile.text;
  let end = node.end;
  while (text[end] === ' ' || text[end] === '\t') end++;
  return rangeOf(startOf(node, context.sourceFile) - context.base, (text[end] === ',' ? end + 1 : node.end) - context.base);
}
