// Reads an HCL expression into a model Value. Only what can be known without running Terraform becomes a
// literal; every other expression becomes `unknown` (or a `reference` for traversals such as `var.x`).

import type { ObjectEntry, Value } from '../../model/value';
import { rangeOf } from '../../model/sourceRange';
import { tooDeepValue } from '../../model/nesting';
import { childOfType, named, TOO_DEEP, type SyntaxNode } from './syntaxNode';
import { isLiteralTemplate, readHeredoc, unescapeQuoted } from './readHclString';
import { isSimpleExpression, NUMBER, readSimpleExpression } from './simpleExpression';
import { readHclExpr } from './readHclExpr';

/** Functions that only convert types: the value passes through unchanged for our purposes. */
const PASS_THROUGH = new Set(['tolist', 'toset', 'tostring', 'tonumber', 'tobool', 'tomap']);

export function readHclValue(node: SyntaxNode, text: string): Value {
  const range = rangeOf(node.start, node.end);
  const unknown = (): Value => ({ kind: 'unknown', text: text.slice(node.start, node.end), range });
  // An expression the evaluator may compute once the module is known (see eval/evaluate.ts).
  const computed = (): Value => ({ kind: 'unknown', text: text.slice(node.start, node.end), range, expr: readHclExpr(node, text) });
  if (node.type === 'expression') {
    const parts = named(node);
    const first = parts[0];
    if (!first) {
      const source = text.slice(node.start, node.end);
      return isSimpleExpression(source) ? readSimpleExpression(source, range) : unknown();
    }
    if (first.type === 'variable_expr') return readTraversal(node, parts, text);
    if (parts.length !== 1) return computed();
    // One term, or a parenthesised expression `(x)`: its value.
    return readHclValue(first, text);
  }
  switch (node.type) {
    case 'literal_value':
    case 'collection_value':
    case 'template_expr': {
      const inner = named(node)[0];
      return inner ? readHclValue(inner, text) : unknown();
    }
    case 'numeric_lit': {
      const source = text.slice(node.start, node.end);
      const value = Number(source);
      return NUMBER.test(source) && Number.isFinite(value) ? { kind: 'number', value, range } : unknown();
    }
    case 'bool_lit':
      return { kind: 'bool', value: text.slice(node.start, node.end) === 'true', range };
    case 'null_lit':
      return { kind: 'null', range };
    case 'string_lit':
    case 'quoted_template': {
      // A plain string the tree walk did not descend into.
      if (node.children.length === 0) {
        const source = text.slice(node.start, node.end);
        return isSimpleExpression(source) ? readSimpleExpression(source, range) : unknown();
      }
      if (!isLiteralTemplate(node)) return computed();
      const open = node.children[0];
      const close = node.children[node.children.length - 1];
      if (!open || !close || close.missing || close === open) return unknown();
      const value = unescapeQuoted(text.slice(open.end, close.start));
      if (value === undefined) return unknown();
      return { kind: 'string', value: value.normalize('NFC'), form: 'quoted', contentStart: open.end, range };
    }
    case 'heredoc_template': {
      if (!isLiteralTemplate(node)) return computed();
      const heredoc = readHeredoc(node, text);
      if (!heredoc) return unknown();
      return { kind: 'string', value: heredoc.value.normalize('NFC'), form: 'heredoc', contentStart: heredoc.contentStart, range };
    }
    case 'tuple':
      return { kind: 'list', items: named(node).filter((c) => c.type === 'expression').map((c) => readHclValue(c, text)), range };
    case 'object':
      return readObject(node, text);
    case 'function_call':
      return readCall(node, text) ?? computed();
    case TOO_DEEP:
      return tooDeepValue(text.slice(node.start, node.end), range);
    case 'operation': {
      // Negative numbers parse as a unary minus applied to a literal.
      const unary = childOfType(node, 'unary_operation');
      const operand = unary && named(unary)[0];
      if (unary && operand && text[unary.start] === '-') {
        const inner = readHclValue(operand, text);
        if (inner.kind === 'number') return { kind: 'number', value: -inner.value, range };
      }
      return computed();
    }
    case 'for_expr':
    case 'conditional':
      return computed();
    default:
      return unknown();
  }
}

function readObject(node: SyntaxNode, text: string): Value {
  const entries: ObjectEntry[] = [];
  for (const elem of node.children) {
    if (elem.type !== 'object_elem') continue;
    const [keyNode, valueNode] = named(elem);
    if (!keyNode || !valueNode) continue;
    const key = readKey(keyNode, text);
    if (key === undefined) {
      // A computed key makes the whole object's shape unknown until it is evaluated.
      return { kind: 'unknown', text: text.slice(node.start, node.end), range: rangeOf(node.start, node.end), expr: readHclExpr(node, text) };
    }
    entries.push({ key, keyRange: rangeOf(keyNode.start, keyNode.end), value: readHclValue(valueNode, text) });
  }
  return { kind: 'object', entries, range: rangeOf(node.start, node.end) };
}

/** Object keys are bare identifiers (`a = 1`) or literal strings (`"a" = 1`). */
function readKey(keyNode: SyntaxNode, text: string): string | undefined {
  const parts = named(keyNode);
  if (parts.length === 1 && parts[0]!.type === 'variable_expr') return text.slice(parts[0]!.start, parts[0]!.end);
  const value = readHclValue(keyNode, text);
  return value.kind === 'string' ? value.value : undefined;
}

function readCall(node: SyntaxNode, text: string): Value | undefined {
  const name = childOfType(node, 'identifier');
  const args = childOfType(node, 'function_arguments');
  if (!name || !args) return undefined;
  const fn = text.slice(name.start, name.end);
  const argExprs = named(args).filter((c) => c.type === 'expression');
  if (argExprs.length !== 1 || args.children.some((c) => c.type === 'expand_or_ellipsis' || text.slice(c.start, c.end) === '...')) return undefined;
  const inner = readHclValue(argExprs[0]!, text);
  const range = rangeOf(node.start, node.end);
  if (fn === 'jsonencode') return { kind: 'jsonencode', inner, range };
  if (PASS_THROUGH.has(fn)) return inner;
  return undefined;
}

/**
 * `a.b["c"][0]`: a reference when every step is an attribute name or a literal index; anything else
 * (splats, computed indexes) is unknown.
 */
function readTraversal(node: SyntaxNode, parts: SyntaxNode[], text: string): Value {
  const range = rangeOf(node.start, node.end);
  const computed = (): Value => ({ kind: 'unknown', text: text.slice(node.start, node.end), range, expr: readHclExpr(node, text) });
  const path: string[] = [text.slice(parts[0]!.start, parts[0]!.end)];
  for (const step of parts.slice(1)) {
    if (step.type === 'get_attr') {
      const id = childOfType(step, 'identifier');
      if (!id) return computed();
      path.push(text.slice(id.start, id.end));
    } else if (step.type === 'index') {
      const inner = named(step)[0];
      const keyExpr = inner && named(inner).find((c) => c.type === 'expression');
      const key = keyExpr ? readHclValue(keyExpr, text) : undefined;
      if (inner?.type === 'legacy_index') {
        path.push(text.slice(inner.start + 1, inner.end));
      } else if (key && (key.kind === 'string' || key.kind === 'number')) {
        path.push(String(key.value));
      } else {
        return computed();
      }
    } else {
      return computed();
    }
  }
  return { kind: 'reference', path, range };
}
