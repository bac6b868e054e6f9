// Values the CDKTF core stands for: `new TerraformVariable(this, 'window', { default: 600 })` read through
// `.numberValue` (and its other accessors) is its default, as Terraform uses it when nothing else sets the
// variable (the policy for HCL variable defaults); `new TerraformLocal(this, 'x', expr)` read through
// `.expression` or `.asNumber` is `expr`; `Token.asNumber(x)` and its kin are `x`.

import type * as ts from 'typescript';
import type { SourceRange } from '../../model/sourceRange';
import { settle, type Value } from '../../model/value';
import type { CoreClass } from './cdktfImports';
import { constructName, importTargetOf, stripExpression } from './constructIdentity';
import { MAX_DEPTH, throughConst, type ReadContext } from './readContext';
import { isIdentifier, isNewExpression, isObjectLiteralExpression, isPropertyAccessExpression, isPropertyAssignment, isSpreadElement } from './tsSyntax';

type Read = (expression: ts.Expression, context: ReadContext, level: number) => Value;

/** The kind of value each accessor promises; `any` for `.value` and `.expression`. */
type Kind = 'string' | 'number' | 'bool' | 'list' | 'any';

const VARIABLE_ACCESSORS: Readonly<Record<string, Kind>> = { value: 'any', stringValue: 'string', numberValue: 'number', booleanValue: 'bool', listValue: 'list' };
const LOCAL_ACCESSORS: Readonly<Record<string, Kind>> = { expression: 'any', asString: 'string', asNumber: 'number', asBoolean: 'bool', asList: 'list' };
/** `Token.asX(value)`: the token stands for the value itself. */
const TOKEN_METHODS = new Set(['asString', 'asNumber', 'asList', 'asNumberList', 'asAny']);

/** The `new` of a core class an expression stands for: the expression itself or a `const` bound to it. */
function coreConstruct(expression: ts.Expression, context: ReadContext): { node: ts.NewExpression; name: CoreClass; context: ReadContext } | undefined {
  let e = stripExpression(expression);
  let c = context;
  while (isIdentifier(e) && c.depth < MAX_DEPTH) {
    const binding = c.deps.lookup(e.text, c.scope);
    if (binding?.kind !== 'const') return undefined;
    c = throughConst(binding, e, c);
    e = stripExpression(binding.initializer);
  }
  if (!isNewExpression(e)) return undefined;
  const target = importTargetOf(e.expression, c);
  return target?.kind === 'core-class' ? { node: e, name: target.name, context: c } : undefined;
}

/**
 * `window.numberValue` of a `TerraformVariable` or `local.asNumber` of a `TerraformLocal`: a reference
 * (`var.window`, `local.x`) resolved to the default or expression when it is known and of the accessor's
 * kind; undefined when `owner` is no such construct. Findings stay on `range`, the use in the mapping.
 */
export function readCoreMember(owner: ts.Expression, key: string, range: SourceRange, context: ReadContext, level: number, read: Read): Value | undefined {
  const core = coreConstruct(owner, context);
  if (!core || core.name === 'Token') return undefined;
  const unknown: Value = { kind: 'unknown', text: `${owner.getText(context.sourceFile)}.${key}`, range };
  const accessors = core.name === 'TerraformVariable' ? VARIABLE_ACCESSORS : LOCAL_ACCESSORS;
  const kind = Object.prototype.hasOwnProperty.call(accessors, key) ? accessors[key] : undefined;
  if (!kind) return unknown;
  const source = core.name === 'TerraformVariable' ? variableDefault(core.node) : core.node.arguments?.[2];
  if (!source || isSpreadElement(source)) return unknown;
  const c = { ...core.context, at: range };
  const value = read(source, c, level);
  if (!ofKind(value, kind)) return unknown;
  const name = constructName(core.node.arguments?.[1], c);
  return { kind: 'reference', path: [core.name === 'TerraformVariable' ? 'var' : 'local', name], resolved: value, range };
}

/** The `default` of a variable's config object literal, when written there. */
function variableDefault(node: ts.NewExpression): ts.Expression | undefined {
  const config = node.arguments?.[2] && stripExpression(node.arguments[2]);
  if (!config || !isObjectLiteralExpression(config)) return undefined;
  let found: ts.Expression | undefined;
  for (const property of config.properties) {
    if (isPropertyAssignment(property) && isIdentifier(property.name) && property.name.text === 'default') found = property.initializer;
    // A spread could set `default` too.
    else if (!isPropertyAssignment(property)) return undefined;
  }
  return found;
}

function ofKind(value: Value, kind: Kind): boolean {
  const v = settle(value);
  if (v.kind === 'unknown' || v.kind === 'reference' || v.kind === 'null') return false;
  return kind === 'any' || v.kind === kind;
}

/** `Token.asNumber(x)` and its kin: `x`; undefined for any other call. */
export function readTokenCall(call: ts.CallExpression, context: ReadContext, level: number, read: Read): Value | undefined {
  const callee = stripExpression(call.expression);
  const argument = call.arguments[0];
  if (!isPropertyAccessExpression(callee) || call.arguments.length !== 1 || !argument || isSpreadElement(argument)) return undefined;
  if (!TOKEN_METHODS.has(callee.name.text)) return undefined;
  const target = importTargetOf(callee.expression, context);
  if (target?.kind !== 'core-class' || target.name !== 'Token') return undefined;
  return read(argument, context, level);
}
