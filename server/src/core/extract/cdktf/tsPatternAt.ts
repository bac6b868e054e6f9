// Where a cursor is inside a filter pattern of a stack: an object literal passed to `JSON.stringify` or
// `Fn.jsonencode` (keys and values in TypeScript's own syntax), or a string literal holding the JSON.

import ts = require('typescript');
import type { PatternTarget } from '../../language/cursorContext';
import { rangeOf } from '../../model/sourceRange';
import { jsonPatternPosition } from '../tfjson/jsonPatternPosition';
import { contentIndexOf, unescapedString } from '../tfjson/unescapedString';
import { stripExpression } from './constructIdentity';
import { propertyKey } from './readTsValue';
import { afterSeparator, contentEnd, insideBrackets, nodeStart, propertyAt, stringToken, tokenAt, within, type Walk } from './tsCursor';
import { SyntaxKind, isArrayLiteralExpression, isCallExpression, isIdentifier, isObjectLiteralExpression, isPropertyAccessExpression, isPropertyAssignment, isShorthandPropertyAssignment } from './tsSyntax';

/** The branches of `$or` are patterns of the same object: their keys do not lead anywhere new. */
const OR = '$or';

/** `JSON.stringify({ … })` or `Fn.jsonencode({ … })` (any alias of `Fn`): the object literal's position. */
export function tsPatternAt(value: ts.Expression, walk: Walk): PatternTarget | undefined {
  if (!isCallExpression(value)) return undefined;
  const callee = value.expression;
  const encodes = isPropertyAccessExpression(callee) && isIdentifier(callee.name) && (callee.name.text === 'jsonencode' || (callee.name.text === 'stringify' && isIdentifier(callee.expression) && callee.expression.text === 'JSON'));
  const object = value.arguments[0] && stripExpression(value.arguments[0]);
  if (!encodes || !object || !isObjectLiteralExpression(object) || !insideBrackets(object, walk)) return undefined;
  return objectAt(object, [], false, walk);
}

/** A string literal holding the pattern's JSON: read unescaped, positions mapped back through the escapes. */
export function stringPatternAt(value: ts.Expression, walk: Walk): PatternTarget | undefined {
  if (!ts.isStringLiteralLike(value)) return undefined;
  const start = nodeStart(value, walk) + 1;
  const end = contentEnd(walk.text, start - 1, value.end);
  if (walk.at < start || walk.at > end) return undefined;
  const string = unescapedString(walk.text, start, end);
  const position = jsonPatternPosition(string.content, contentIndexOf(string, walk.at));
  if (!position) return undefined;
  const { start: from, end: to, ...rest } = position;
  return { kind: 'pattern', ...rest, range: rangeOf(string.offsets[from]!, string.offsets[to]!), syntax: 'jsonInString' };
}

/** Inside an object of the pattern: `keys` lead to it; an object inside a value array holds operators. */
function objectAt(object: ts.ObjectLiteralExpression, keys: readonly string[], operators: boolean, walk: Walk): PatternTarget | undefined {
  const present = (except: ts.Node | undefined): string[] => {
    const out: string[] = [];
    for (const p of object.properties) {
      const key = p !== except && p.name ? propertyKey(p.name as ts.PropertyName) : undefined;
      if (key !== undefined) out.push(key);
    }
    return out;
  };
  const role = operators ? 'operator' : 'key';
  const property = propertyAt(object, walk);
  if (!property) {
    if (!insideBrackets(object, walk) || !afterSeparator(object.properties, walk)) return undefined;
    return target(keys, role, undefined, { prefix: '', range: rangeOf(walk.at, walk.at) }, 'none', present(undefined));
  }
  if (isShorthandPropertyAssignment(property) || (isPropertyAssignment(property) && within(property.name, walk))) {
    const name = property.name;
    if (ts.isStringLiteralLike(name)) {
      const token = stringToken(name, walk);
      return token && target(keys, role, undefined, token, 'inside', present(property));
    }
    return isIdentifier(name) ? target(keys, role, undefined, tokenAt(name, walk), 'none', present(property)) : undefined;
  }
  if (!isPropertyAssignment(property)) return undefined;
  const key = propertyKey(property.name);
  const colon = walk.text.indexOf(':', property.name.end);
  if (key === undefined || colon < 0 || walk.at <= colon) return undefined;
  const value = stripExpression(property.initializer);
  // `{ prefix: 'ab' }`, `{ numeric: ['>', 1] }`: a value of an operator.
  if (operators) return literalAt(value, keys, key, present(undefined), walk, false);
  const inner = key === OR ? keys : [...keys, key];
  if (isObjectLiteralExpression(value)) return objectAt(value, inner, false, walk);
  if (isArrayLiteralExpression(value)) {
    const item = value.elements.find((e) => within(e, walk));
    const element = item && stripExpression(item);
    if (element && isObjectLiteralExpression(element)) return objectAt(element, inner, key !== OR, walk);
  }
  return literalAt(value, inner, undefined, [], walk, false);
}

/** A value of the pattern: a literal, possibly an item of an array. */
function literalAt(value: ts.Expression, keys: readonly string[], operator: string | undefined, present: string[], walk: Walk, inArray: boolean): PatternTarget | undefined {
  if (isArrayLiteralExpression(value) && !inArray) {
    if (!insideBrackets(value, walk)) return undefined;
    const item = value.elements.find((e) => within(e, walk));
    if (item) return literalAt(stripExpression(item), keys, operator, present, walk, true);
    if (!afterSeparator(value.elements, walk)) return undefined;
    return target(keys, 'value', operator, { prefix: '', range: rangeOf(walk.at, walk.at) }, 'none', present);
  }
  if (ts.isStringLiteralLike(value)) {
    const token = stringToken(value, walk);
    return token && target(keys, 'value', operator, token, 'inside', present);
  }
  switch (value.kind) {
    case SyntaxKind.Identifier:
    case SyntaxKind.NumericLiteral:
    case SyntaxKind.TrueKeyword:
    case SyntaxKind.FalseKeyword:
    case SyntaxKind.NullKeyword:
      return target(keys, 'value', operator, tokenAt(value, walk), 'none', present);
    default:
      return undefined;
  }
}

function target(keys: readonly string[], role: PatternTarget['role'], operator: string | undefined, token: { prefix: string; range: PatternTarget['range'] }, quote: PatternTarget['quote'], present: string[]): PatternTarget {
  return { kind: 'pattern', keys, role, ...(operator !== undefined ? { operator } : {}), prefix: token.prefix, range: token.range, syntax: 'ts', quote, present };
}
