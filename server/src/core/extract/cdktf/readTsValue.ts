// Reads a TypeScript expression into a model Value, the way the HCL front end reads HCL: literals,
// arrays and object literals, `const` bindings of the same file (as references that are already
// resolved), members of `const` objects and arrays and of enums, template literals and conditionals
// whose parts are known, `Fn.jsonencode`/`JSON.stringify` of a literal, `TerraformVariable` defaults,
// `TerraformLocal` expressions, and references to other provider constructs (`queue.arn`). Everything
// else is `unknown`, and rules say nothing about it. An array or object with a spread of something
// unknown is *open*: what it shows is known, but it may hold more.

import type * as ts from 'typescript';
import type { SourceRange } from '../../model/sourceRange';
import { asString, settle, type ObjectEntry, type Value } from '../../model/value';
import { snakeCase } from './cdktfNames';
import { constructOf, importTargetOf, stripExpression } from './constructIdentity';
import { MAX_NESTING, tooDeepValue } from '../../model/nesting';
import { knownCondition } from './knownCondition';
import { itemContexts, mapCallOf } from './mapOverKnown';
import { readCoreMember, readTokenCall } from './readCoreValue';
import { MAX_CONST_READS, MAX_DEPTH, rangeIn, throughConst, type ReadContext } from './readContext';
import { SyntaxKind, isComputedPropertyName, isIdentifier, isNoSubstitutionTemplateLiteral, isNumericLiteral, isOmittedExpression, isPropertyAccessExpression, isPropertyAssignment, isShorthandPropertyAssignment, isSpreadAssignment, isSpreadElement, isStringLiteral, isVoidExpression } from './tsSyntax';

/** `level` counts the arrays, objects and `jsonencode` calls around the value, up to `MAX_NESTING`. */
export function readTsValue(expression: ts.Expression, context: ReadContext, level = 0): Value {
  const e = stripExpression(expression);
  const range = rangeIn(e, context);
  if (level >= MAX_NESTING && (e.kind === SyntaxKind.ArrayLiteralExpression || e.kind === SyntaxKind.ObjectLiteralExpression || e.kind === SyntaxKind.CallExpression)) {
    return tooDeepValue(e.getText(context.sourceFile), range);
  }
  // One switch on the kind: a stack has thousands of values and syntax nodes come in many shapes.
  switch (e.kind) {
    case SyntaxKind.StringLiteral:
    case SyntaxKind.NoSubstitutionTemplateLiteral:
      return { kind: 'string', value: (e as ts.StringLiteral).text, form: 'quoted', contentStart: range.start + 1, range };
    case SyntaxKind.NumericLiteral:
      return { kind: 'number', value: Number((e as ts.NumericLiteral).text), range };
    case SyntaxKind.TrueKeyword:
      return { kind: 'bool', value: true, range };
    case SyntaxKind.FalseKeyword:
      return { kind: 'bool', value: false, range };
    case SyntaxKind.NullKeyword:
      return { kind: 'null', range };
    case SyntaxKind.PrefixUnaryExpression:
      return readSigned(e as ts.PrefixUnaryExpression, range) ?? unknown(e, range, context);
    case SyntaxKind.ArrayLiteralExpression:
      return readArray(e as ts.ArrayLiteralExpression, range, context, level) ?? unknown(e, range, context);
    case SyntaxKind.ObjectLiteralExpression:
      return readObject(e as ts.ObjectLiteralExpression, range, context, level) ?? unknown(e, range, context);
    case SyntaxKind.Identifier:
      return readIdentifier(e as ts.Identifier, range, context, level) ?? unknown(e, range, context);
    case SyntaxKind.PropertyAccessExpression:
    case SyntaxKind.ElementAccessExpression:
      return readMember(e as ts.PropertyAccessExpression | ts.ElementAccessExpression, range, context, level) ?? unknown(e, range, context);
    case SyntaxKind.CallExpression:
      return readCall(e as ts.CallExpression, range, context, level) ?? unknown(e, range, context);
    case SyntaxKind.ConditionalExpression:
      return readConditional(e as ts.ConditionalExpression, context, level) ?? unknown(e, range, context);
    case SyntaxKind.TemplateExpression:
      return readTemplate(e as ts.TemplateExpression, range, context, level) ?? unknown(e, range, context);
    default:
      return unknown(e, range, context);
  }
}

function unknown(e: ts.Expression, range: SourceRange, context: ReadContext): Value {
  return { kind: 'unknown', text: e.getText(context.sourceFile), range };
}

/** `-1`, `+1`. */
function readSigned(e: ts.PrefixUnaryExpression, range: SourceRange): Value | undefined {
  if (e.operator !== SyntaxKind.MinusToken && e.operator !== SyntaxKind.PlusToken) return undefined;
  const operand = stripExpression(e.operand);
  if (!isNumericLiteral(operand)) return undefined;
  const n = Number(operand.text);
  return { kind: 'number', value: e.operator === SyntaxKind.MinusToken ? -n : n, range };
}

/** True for `undefined` (when no declaration shadows it): a property set to it is not set at all. */
export function isUndefined(expression: ts.Expression, context: ReadContext): boolean {
  const e = stripExpression(expression);
  if (isVoidExpression(e)) return true;
  return isIdentifier(e) && e.text === 'undefined' && context.deps.lookup('undefined', context.scope) === undefined;
}

/** Follows identifiers bound by `const` to the expression they stand for, in the context to read it. */
export function followConst(expression: ts.Expression, context: ReadContext): { expression: ts.Expression; context: ReadContext } {
  let e = stripExpression(expression);
  let c = context;
  while (isIdentifier(e) && c.depth < MAX_DEPTH) {
    const binding = c.deps.lookup(e.text, c.scope);
    if (binding?.kind !== 'const') break;
    c = throughConst(binding, e, c);
    e = stripExpression(binding.initializer);
  }
  return { expression: e, context: c };
}

/** The key of an object literal property, when it is static. */
export function propertyKey(name: ts.PropertyName): string | undefined {
  if (isIdentifier(name) || isStringLiteral(name) || isNumericLiteral(name) || isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (isComputedPropertyName(name)) {
    const inner = stripExpression(name.expression);
    if (isStringLiteral(inner) || isNoSubstitutionTemplateLiteral(inner)) return inner.text;
  }
  return undefined;
}

/** A spread of a known list adds its items; of anything else (`...ids.map(f)`, a parameter) makes it open. */
function readArray(node: ts.ArrayLiteralExpression, range: SourceRange, context: ReadContext, level: number): Value | undefined {
  const items: Value[] = [];
  let open = false;
  for (const element of node.elements) {
    if (isSpreadElement(element)) {
      const inner = readSpread(element, context, level);
      if (inner?.kind === 'list') {
        items.push(...inner.items);
        if (inner.open) open = true;
      } else {
        open = true;
      }
    } else if (isOmittedExpression(element)) {
      return undefined;
    } else {
      items.push(readTsValue(element, context, level + 1));
    }
  }
  return open ? { kind: 'list', items, range, open } : { kind: 'list', items, range };
}

/** What a spread spreads, read where it stands (its ranges are the spread's own); undefined when unknown. */
function readSpread(element: ts.SpreadElement | ts.SpreadAssignment, context: ReadContext, level: number): Value | undefined {
  const at = rangeIn(element, context);
  const value = settle(readTsValue(element.expression, { ...context, at }, level));
  return value.kind === 'unknown' || value.kind === 'reference' ? undefined : value;
}

/** An object literal as a value (tags, endpoints, a `jsonencode` argument): keys stay as written. */
/**
 * A spread of something unknown, or a key that cannot be read, makes the object open and drops the
 * entries before it: it may set any key, and so replace any of them.
 */
function readObject(node: ts.ObjectLiteralExpression, range: SourceRange, context: ReadContext, level: number): Value | undefined {
  const entries: ObjectEntry[] = [];
  let open = false;
  for (const property of node.properties) {
    if (isPropertyAssignment(property)) {
      const key = propertyKey(property.name);
      if (key === undefined) {
        open = true;
        entries.length = 0;
        continue;
      }
      setEntry(entries, { key, keyRange: rangeIn(property.name, context), value: readTsValue(property.initializer, context, level + 1) });
    } else if (isShorthandPropertyAssignment(property)) {
      setEntry(entries, { key: property.name.text, keyRange: rangeIn(property.name, context), value: readTsValue(property.name, context, level + 1) });
    } else if (isSpreadAssignment(property)) {
      const inner = readSpread(property, context, level);
      // `...undefined` and `...null` add nothing.
      if (inner?.kind === 'null') continue;
      if (inner?.kind !== 'object' || inner.open) {
        open = true;
        entries.length = 0;
      }
      if (inner?.kind === 'object') for (const entry of inner.entries) setEntry(entries, entry);
    } else {
      return undefined;
    }
  }
  return open ? { kind: 'object', entries, range, open } : { kind: 'object', entries, range };
}

/** Adds `entry`, replacing an entry with the same key: in JavaScript the last of two equal keys wins. */
function setEntry(entries: ObjectEntry[], entry: ObjectEntry): void {
  // A plain loop: object literals are small, and a closure per entry is garbage the model does not keep.
  for (let i = 0; i < entries.length; i++) {
    if (entries[i]!.key === entry.key) {
      entries.splice(i, 1);
      break;
    }
  }
  entries.push(entry);
}

/**
 * A `const` is read as a reference to its name that is already resolved, as `local.x` is in HCL: rules
 * underline the name and read the value. A `const` bound to another construct's attribute is that
 * reference itself, so the module index resolves it like any other.
 */
function readIdentifier(node: ts.Identifier, range: SourceRange, context: ReadContext, level: number): Value | undefined {
  const binding = context.deps.lookup(node.text, context.scope);
  if (!binding) return node.text === 'undefined' ? { kind: 'null', range } : undefined;
  if (binding.kind === 'value') return binding.value;
  if (binding.kind !== 'const' || context.depth >= MAX_DEPTH || ++context.deps.constReads > MAX_CONST_READS) return undefined;
  const resolved = readTsValue(binding.initializer, throughConst(binding, node, context), level);
  // Another construct's attribute (not yet resolved) is left to the module index.
  if (resolved.kind === 'unknown' || (resolved.kind === 'reference' && !resolved.resolved)) return resolved;
  return { kind: 'reference', path: [node.text], resolved, range };
}

/** `queue.arn` of a provider construct, `Pos.Latest` of an enum-like object or enum, `list[0]`. */
function readMember(node: ts.PropertyAccessExpression | ts.ElementAccessExpression, range: SourceRange, context: ReadContext, level: number): Value | undefined {
  const key = isPropertyAccessExpression(node) ? (isIdentifier(node.name) ? node.name.text : undefined) : elementKey(node.argumentExpression);
  if (key === undefined) return undefined;
  const construct = constructOf(node.expression, context);
  if (construct) {
    const path = construct.keyword === 'data' ? ['data', construct.type, construct.name] : [construct.type, construct.name];
    return { kind: 'reference', path: [...path, snakeCase(key)], range };
  }
  const core = readCoreMember(node.expression, key, range, context, level, readTsValue);
  if (core) return core;
  const owner = followConst(node.expression, context);
  if (isIdentifier(owner.expression)) {
    const binding = owner.context.deps.lookup(owner.expression.text, owner.context.scope);
    if (binding?.kind === 'enum') {
      const member = binding.node.members.find((m) => propertyKey(m.name) === key);
      if (!member?.initializer) return undefined;
      const value = readTsValue(member.initializer, { ...owner.context, sourceFile: binding.sourceFile, at: range });
      return value.kind === 'string' || value.kind === 'number' ? value : undefined;
    }
    if (owner.context === context) return undefined;
  }
  // A member of a `const` object or array, or of a member of one (`settings.batch.size`): read it where
  // it is declared, shown where it is used.
  const container = settle(readTsValue(node.expression, { ...context, at: range }, level));
  if (container.kind === 'object') {
    for (let i = container.entries.length - 1; i >= 0; i--) if (container.entries[i]!.key === key) return container.entries[i]!.value;
    return undefined;
  }
  // An open list's items may follow unknown ones: their index is not known.
  if (container.kind === 'list' && !container.open && /^\d+$/.test(key)) return container.items[Number(key)];
  return undefined;
}

/** `cond ? a : b` when the stack fixes `cond`: the branch it takes, read where it is written. */
function readConditional(node: ts.ConditionalExpression, context: ReadContext, level: number): Value | undefined {
  const condition = knownCondition(node.condition, context, readTsValue);
  if (condition === undefined) return undefined;
  return readTsValue(condition ? node.whenTrue : node.whenFalse, context, level);
}

/**
 * `` `${prefix}-orders` `` with every part known: a reference to the text as written, resolved to the
 * string, so findings underline the template rather than a place inside a string it does not contain.
 */
function readTemplate(node: ts.TemplateExpression, range: SourceRange, context: ReadContext, level: number): Value | undefined {
  let text = node.head.text;
  for (const span of node.templateSpans) {
    const part = asString(readTsValue(span.expression, context, level + 1));
    if (part === undefined) return undefined;
    text += part + span.literal.text;
  }
  const resolved: Value = { kind: 'string', value: text, form: 'quoted', contentStart: range.start + 1, range };
  return { kind: 'reference', path: [node.getText(context.sourceFile)], resolved, range };
}

function elementKey(argument: ts.Expression): string | undefined {
  const e = stripExpression(argument);
  return isStringLiteral(e) || isNumericLiteral(e) || isNoSubstitutionTemplateLiteral(e) ? e.text : undefined;
}

/** `Fn.jsonencode(x)` (CDKTF) and `JSON.stringify(x)` encode a literal as Terraform's `jsonencode` does. */
function readCall(node: ts.CallExpression, range: SourceRange, context: ReadContext, level: number): Value | undefined {
  const token = readTokenCall(node, context, level, readTsValue);
  if (token) return token;
  const map = mapCallOf(node);
  if (map) {
    const contexts = itemContexts(map, context, level, readTsValue);
    return contexts && { kind: 'list', items: contexts.map((c) => readTsValue(map.result, c, level + 1)), range };
  }
  const callee = stripExpression(node.expression);
  if (!isPropertyAccessExpression(callee) || node.arguments.length !== 1) return undefined;
  const method = callee.name.text;
  const owner = stripExpression(callee.expression);
  const isJsonEncode =
    (method === 'jsonencode' && importTargetOf(owner, context)?.kind === 'fn') ||
    (method === 'stringify' && isIdentifier(owner) && owner.text === 'JSON' && context.deps.lookup('JSON', context.scope) === undefined);
  if (!isJsonEncode || isSpreadElement(node.arguments[0]!)) return undefined;
  return { kind: 'jsonencode', inner: readTsValue(node.arguments[0]!, context, level + 1), range };
}
