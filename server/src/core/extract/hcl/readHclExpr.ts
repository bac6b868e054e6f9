// Reads an HCL expression into the evaluator's expression tree (model/expr.ts). Only what readHclValue
// cannot read as a literal or a plain reference comes here, so this walk is off the per-keystroke path
// of literal values. Operator tokens are not kept by the syntax snapshot: they are read from the text
// between the operands. Precedence is the tree's.

import type { BinaryOp, Expr, ObjectKey, TemplatePart, TraversalStep } from '../../model/expr';
import { rangeOf, type SourceRange } from '../../model/sourceRange';
import { childOfType, named, type SyntaxNode } from './syntaxNode';
import { heredocLines, isLiteralTemplate, unescapeQuoted } from './readHclString';
import { isSimpleExpression, readSimpleExpression } from './simpleExpression';
import { readHclValue } from './readHclValue';

const BINARY_OPS: readonly BinaryOp[] = ['==', '!=', '<=', '>=', '&&', '||', '+', '-', '*', '/', '%', '<', '>'];

export function readHclExpr(node: SyntaxNode, text: string): Expr {
  const range = rangeOf(node.start, node.end);
  const unsupported: Expr = { type: 'unsupported', range };
  switch (node.type) {
    case 'expression': {
      const parts = named(node);
      const first = parts[0];
      if (!first) return simple(text.slice(node.start, node.end), range) ?? unsupported;
      if (first.type === 'variable_expr') return traversal(text.slice(first.start, first.end), parts.slice(1), text, range) ?? unsupported;
      if (parts.length === 1) return readHclExpr(first, text);
      // `[a, b][0]`, `f(x).y`, `(x)[*]`: steps applied to a value.
      return traversal(readHclExpr(first, text), parts.slice(1), text, range) ?? unsupported;
    }
    case 'variable_expr':
      return { type: 'traversal', root: text.slice(node.start, node.end), steps: [], range };
    case 'literal_value':
      return { type: 'literal', value: readHclValue(node, text), range };
    case 'collection_value':
    case 'template_expr':
    case 'for_expr':
    case 'operation': {
      const inner = named(node)[0];
      return inner ? readHclExpr(inner, text) : unsupported;
    }
    case 'string_lit':
    case 'quoted_template':
      if (node.children.length === 0 || isLiteralTemplate(node)) return { type: 'literal', value: readHclValue(node, text), range };
      return quotedTemplate(node, text, range) ?? unsupported;
    case 'heredoc_template':
      if (isLiteralTemplate(node)) return { type: 'literal', value: readHclValue(node, text), range };
      return heredocTemplate(node, text, range) ?? unsupported;
    case 'tuple':
      return { type: 'tuple', items: named(node).filter((c) => c.type === 'expression').map((c) => readHclExpr(c, text)), range };
    case 'object':
      return object(node, text, range) ?? unsupported;
    case 'function_call':
      return call(node, text, range) ?? unsupported;
    case 'unary_operation': {
      const [operand, extra] = operands(node);
      const op = text[node.start];
      if (!operand || extra || (op !== '-' && op !== '!')) return unsupported;
      return { type: 'unary', op, operand: term(operand, text), range };
    }
    case 'binary_operation': {
      const [left, right, extra] = operands(node);
      const op = left && right ? operatorBetween(text, left[left.length - 1]!.end, right[0]!.start) : undefined;
      if (!left || !right || extra || !op) return unsupported;
      return { type: 'binary', op, left: term(left, text), right: term(right, text), range };
    }
    case 'conditional': {
      const [condition, then, otherwise] = named(node);
      if (!condition || !then || !otherwise) return unsupported;
      return { type: 'conditional', condition: readHclExpr(condition, text), then: readHclExpr(then, text), else: readHclExpr(otherwise, text), range };
    }
    case 'for_tuple_expr':
    case 'for_object_expr':
      return forExpr(node, text, range) ?? unsupported;
    default:
      return unsupported;
  }
}

const STEPS = new Set(['get_attr', 'index', 'splat']);

/**
 * An operation's operands: the grammar puts a traversal's parts (`local.base * 2`: `local`, `.base`)
 * directly under the operation, so a step continues the term before it.
 */
function operands(node: SyntaxNode): SyntaxNode[][] {
  const groups: SyntaxNode[][] = [];
  for (const child of named(node)) {
    const last = groups[groups.length - 1];
    if (last && STEPS.has(child.type)) last.push(child);
    else groups.push([child]);
  }
  return groups;
}

function term(parts: readonly SyntaxNode[], text: string): Expr {
  const first = parts[0]!;
  const range = rangeOf(first.start, parts[parts.length - 1]!.end);
  if (parts.length === 1) return readHclExpr(first, text);
  const root = first.type === 'variable_expr' ? text.slice(first.start, first.end) : readHclExpr(first, text);
  return traversal(root, parts.slice(1), text, range) ?? { type: 'unsupported', range };
}

/** A literal or a traversal the syntax snapshot kept as text only. */
function simple(source: string, range: SourceRange): Expr | undefined {
  if (!isSimpleExpression(source)) return undefined;
  const value = readSimpleExpression(source, range);
  if (value.kind !== 'reference') return { type: 'literal', value, range };
  const steps: TraversalStep[] = [];
  let at = range.start + value.path[0]!.length;
  for (const name of value.path.slice(1)) {
    steps.push({ type: 'attr', name, range: rangeOf(at, at + 1 + name.length) });
    at += 1 + name.length;
  }
  return { type: 'traversal', root: value.path[0]!, steps, range };
}

function traversal(root: string | Expr, parts: readonly SyntaxNode[], text: string, range: SourceRange): Expr | undefined {
  const steps: TraversalStep[] = [];
  for (const part of parts) {
    if (part.type === 'splat') {
      const kind = named(part)[0];
      if (!kind) return undefined;
      steps.push({ type: 'splat', range: rangeOf(kind.start, kind.start + 3) });
      for (const step of named(kind)) if (!pushStep(steps, step, text)) return undefined;
    } else if (!pushStep(steps, part, text)) {
      return undefined;
    }
  }
  return { type: 'traversal', root, steps, range };
}

function pushStep(steps: TraversalStep[], step: SyntaxNode, text: string): boolean {
  const range = rangeOf(step.start, step.end);
  if (step.type === 'get_attr') {
    const id = childOfType(step, 'identifier');
    if (!id) return false;
    steps.push({ type: 'attr', name: text.slice(id.start, id.end), range });
    return true;
  }
  if (step.type !== 'index') return false;
  const inner = named(step)[0];
  if (inner?.type === 'legacy_index') {
    // `a.0`: a number written as an attribute.
    const digits = text.slice(inner.start + 1, inner.end);
    if (!/^\d+$/.test(digits)) return false;
    steps.push({ type: 'index', key: { type: 'literal', value: { kind: 'number', value: Number(digits), range }, range }, range });
    return true;
  }
  const keyExpr = inner && named(inner).find((c) => c.type === 'expression');
  if (!keyExpr) return false;
  steps.push({ type: 'index', key: readHclExpr(keyExpr, text), range });
  return true;
}

/** The operator token between two operands, skipping comments; undefined when it is not one HCL has. */
function operatorBetween(text: string, from: number, to: number): BinaryOp | undefined {
  const between = text
    .slice(from, to)
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(#|\/\/)[^\n]*/g, ' ')
    // An operand in parentheses: the snapshot keeps the inner expression, not the parentheses.
    .replace(/[()\s]/g, '');
  return BINARY_OPS.find((op) => op === between);
}

function object(node: SyntaxNode, text: string, range: SourceRange): Expr | undefined {
  const entries: { key: ObjectKey; value: Expr }[] = [];
  for (const elem of node.children) {
    if (elem.type !== 'object_elem') continue;
    const [keyNode, valueNode] = named(elem);
    if (!keyNode || !valueNode) return undefined;
    const keyRange = rangeOf(keyNode.start, keyNode.end);
    const keyParts = named(keyNode);
    let key: ObjectKey;
    if (keyNode.children.length === 0 && /^[A-Za-z_][\w-]*$/.test(text.slice(keyNode.start, keyNode.end))) {
      // A bare name, which the snapshot kept as text.
      key = { name: text.slice(keyNode.start, keyNode.end), range: keyRange };
    } else if (keyParts.length === 1 && keyParts[0]!.type === 'variable_expr') {
      key = { name: text.slice(keyParts[0]!.start, keyParts[0]!.end), range: keyRange };
    } else {
      // A literal string, a template or a parenthesised expression: its value is the key.
      key = { expr: readHclExpr(keyNode, text), range: keyRange };
    }
    entries.push({ key, value: readHclExpr(valueNode, text) });
  }
  return { type: 'object', entries, range };
}

function call(node: SyntaxNode, text: string, range: SourceRange): Expr | undefined {
  const name = childOfType(node, 'identifier');
  if (!name) return undefined;
  const args = childOfType(node, 'function_arguments');
  const argNodes = args ? named(args).filter((c) => c.type === 'expression') : [];
  const expand = !!args && args.children.some((c) => c.type === 'ellipsis' || c.type === 'expand_or_ellipsis' || text.slice(c.start, c.end) === '...');
  return { type: 'call', name: text.slice(name.start, name.end), args: argNodes.map((a) => readHclExpr(a, text)), expand, range };
}

function forExpr(node: SyntaxNode, text: string, range: SourceRange): Expr | undefined {
  const intro = childOfType(node, 'for_intro');
  if (!intro) return undefined;
  const names = intro.children.filter((c) => c.type === 'identifier').map((c) => text.slice(c.start, c.end));
  const collection = named(intro).find((c) => c.type === 'expression');
  if (!collection || names.length < 1 || names.length > 2) return undefined;
  const exprs = named(node).filter((c) => c.type === 'expression');
  const cond = childOfType(node, 'for_cond');
  const condExpr = cond && named(cond).find((c) => c.type === 'expression');
  const object = node.type === 'for_object_expr';
  if (exprs.length !== (object ? 2 : 1)) return undefined;
  return {
    type: 'for',
    object,
    keyVar: names.length === 2 ? names[0] : undefined,
    valueVar: names[names.length - 1]!,
    collection: readHclExpr(collection, text),
    key: object ? readHclExpr(exprs[0]!, text) : undefined,
    value: readHclExpr(exprs[exprs.length - 1]!, text),
    group: object && node.children.some((c) => c.type === 'ellipsis' || text.slice(c.start, c.end) === '...'),
    condition: condExpr && readHclExpr(condExpr, text),
    range,
  };
}

/** True when the template has a directive or a whitespace-stripping marker (`${~`), which are not modelled. */
function hasUnmodelled(node: SyntaxNode, text: string): boolean {
  return node.children.some(
    (c) => c.type === 'template_directive' || (c.type === 'template_interpolation' && (text[c.start + 2] === '~' || text[c.end - 2] === '~')),
  );
}

function interpolated(child: SyntaxNode, text: string): Expr | undefined {
  const inner = named(child).find((c) => c.type === 'expression');
  return inner && readHclExpr(inner, text);
}

function quotedTemplate(node: SyntaxNode, text: string, range: SourceRange): Expr | undefined {
  if (hasUnmodelled(node, text)) return undefined;
  const open = node.children[0];
  const close = node.children[node.children.length - 1];
  if (!open || !close || close.missing || open === close) return undefined;
  const parts: TemplatePart[] = [];
  let at = open.end;
  for (const child of node.children) {
    if (child.type !== 'template_interpolation') continue;
    if (child.start > at) {
      const literal = unescapeQuoted(text.slice(at, child.start));
      if (literal === undefined) return undefined;
      parts.push({ literal });
    }
    const expr = interpolated(child, text);
    if (!expr) return undefined;
    parts.push({ expr });
    at = child.end;
  }
  if (close.start > at) {
    const literal = unescapeQuoted(text.slice(at, close.start));
    if (literal === undefined) return undefined;
    parts.push({ literal });
  }
  return { type: 'template', parts: normalized(parts), range };
}

/**
 * A heredoc with interpolations: the text between them, with the indentation `<<-` strips removed from
 * each line (interpolations count as text when finding the smallest indentation, as in HCL).
 */
function heredocTemplate(node: SyntaxNode, text: string, range: SourceRange): Expr | undefined {
  if (hasUnmodelled(node, text)) return undefined;
  const start = node.children.find((c) => c.type === 'heredoc_start');
  const identifiers = node.children.filter((c) => c.type === 'heredoc_identifier');
  const opener = identifiers[0];
  const closer = identifiers[identifiers.length - 1];
  if (!start || !opener || !closer || opener === closer) return undefined;
  const newline = text.indexOf('\n', opener.end);
  if (newline < 0 || newline >= closer.start) return undefined;
  const contentStart = newline + 1;
  const contentEnd = Math.max(contentStart, text.lastIndexOf('\n', closer.start - 1) + 1);
  const flush = text.slice(start.start, start.end) === '<<-';
  const stripped = heredocLines(text, contentStart, contentEnd, flush).filter((l) => l.strip > 0);
  const literalText = (from: number, to: number): string => {
    let out = '';
    let at = from;
    for (const line of stripped) {
      if (line.start + line.strip <= at || line.start >= to) continue;
      if (line.start > at) out += text.slice(at, line.start);
      at = Math.max(at, line.start + line.strip);
    }
    if (to > at) out += text.slice(at, to);
    return out.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  };
  const parts: TemplatePart[] = [];
  let at = contentStart;
  for (const child of node.children) {
    if (child.type !== 'template_interpolation') continue;
    if (child.start > at) parts.push({ literal: literalText(at, child.start) });
    const expr = interpolated(child, text);
    if (!expr) return undefined;
    parts.push({ expr });
    at = child.end;
  }
  if (contentEnd > at) parts.push({ literal: literalText(at, contentEnd) });
  return { type: 'template', parts: normalized(parts), range };
}

function normalized(parts: TemplatePart[]): TemplatePart[] {
  return parts.map((p) => ('literal' in p ? { literal: p.literal.normalize('NFC') } : p)).filter((p) => !('literal' in p) || p.literal !== '');
}
