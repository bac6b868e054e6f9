// A plain-object copy of a tree-sitter subtree. Reading web-tree-sitter nodes one property at a time
// crosses into WASM on every access; one cursor walk per changed block is several times cheaper.

import type { Language, TreeCursor } from 'web-tree-sitter';
import { MAX_NESTING } from '../../model/nesting';
import { rangeOf, type SourceRange } from '../../model/sourceRange';
import { isSimpleExpression } from './simpleExpression';

export interface SyntaxNode {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly named: boolean;
  /** Inserted by the parser's error recovery: the token is absent from the text. */
  readonly missing: boolean;
  readonly children: readonly SyntaxNode[];
}

/** Node types whose children (punctuation, characters) nothing reads. */
const TOKENS = new Set([
  'identifier',
  'block_start',
  'block_end',
  'object_start',
  'object_end',
  'tuple_start',
  'tuple_end',
  'quoted_template_start',
  'quoted_template_end',
  'template_interpolation_start',
  'template_interpolation_end',
  'template_literal',
  'heredoc_start',
  'heredoc_identifier',
  'numeric_lit',
  'bool_lit',
  'null_lit',
]);

/** Node types that nest a level of values or blocks: more than `MAX_NESTING` of them are not copied. */
const LEVELS = new Set(['tuple', 'object', 'block', 'function_call', 'for_tuple_expr', 'for_object_expr']);
/**
 * Tree depth at which the copy stops whatever the node types: parentheses, operators and templates
 * nest too, a few nodes per level, and every reader of the copy recurses per node.
 */
const MAX_TREE_DEPTH = 8 * MAX_NESTING;
/** The type of the node that stands for a subtree nested too deeply to copy (no grammar has it). */
export const TOO_DEEP = 'too_deep';

/** Names and namedness of a grammar's node types, read once so the walk makes fewer calls into WASM. */
interface TypeTable {
  readonly names: readonly string[];
  readonly named: readonly boolean[];
}

const tables = new WeakMap<Language, TypeTable>();

function typeTable(language: Language): TypeTable {
  let table = tables.get(language);
  if (!table) {
    const names: string[] = [];
    const namedTypes: boolean[] = [];
    for (let id = 0; id < language.nodeTypeCount; id++) {
      names.push(language.nodeTypeForId(id) ?? 'ERROR');
      namedTypes.push(language.nodeTypeIsNamed(id));
    }
    table = { names, named: namedTypes };
    tables.set(language, table);
  }
  return table;
}

/**
 * Copies the cursor's current node and everything below it, with offsets relative to `base`; the
 * cursor ends where it started. Punctuation is left out (nothing reads it), except the `...` of an
 * expanded argument list and, when the subtree has errors, tokens that error recovery inserted.
 * With the `text` the offsets point into, simple expressions are copied without their children.
 * A subtree nested too deeply becomes one `TOO_DEEP` node, and its range is added to `cuts`.
 */
export function snapshot(cursor: TreeCursor, base = 0, text?: string, cuts?: SourceRange[]): SyntaxNode {
  const table = typeTable(cursor.currentNode.tree.language);
  const withErrors = cursor.currentNode.hasError;
  const copy = (depth: number, levels: number): SyntaxNode => {
    const id = cursor.nodeTypeId;
    const children: SyntaxNode[] = [];
    const type = table.names[id] ?? 'ERROR';
    const level = LEVELS.has(type) ? levels + 1 : levels;
    if (level > MAX_NESTING || depth > MAX_TREE_DEPTH) {
      const start = cursor.startIndex - base;
      const end = cursor.endIndex - base;
      cuts?.push(rangeOf(start, end));
      return { type: TOO_DEEP, start, end, named: true, missing: false, children };
    }
    const node: SyntaxNode = {
      type,
      start: cursor.startIndex - base,
      end: cursor.endIndex - base,
      named: table.named[id] ?? true,
      missing: withErrors && cursor.nodeIsMissing,
      children,
    };
    // A plain literal or traversal is read from its text (see simpleExpression.ts), and tokens have no
    // parts anything reads; in an error-free subtree their children need not be visited.
    const leaf =
      !withErrors &&
      (TOKENS.has(node.type) || (text !== undefined && (node.type === 'expression' || node.type === 'string_lit') && isSimpleExpression(text.slice(node.start, node.end))));
    if (!leaf && cursor.gotoFirstChild()) {
      do {
        const childId = cursor.nodeTypeId;
        const type = table.names[childId] ?? 'ERROR';
        // Comments carry no meaning for the model and would get in the way of positional reads.
        if (type === 'comment') continue;
        if (!(table.named[childId] ?? true) && type !== '...' && !(withErrors && cursor.nodeIsMissing)) continue;
        children.push(copy(depth + 1, level));
      } while (cursor.gotoNextSibling());
      cursor.gotoParent();
    }
    return node;
  };
  // The top-level block is not a level: its arguments' values are read `MAX_NESTING` levels deep, as
  // in the other front ends.
  return copy(0, -1);
}

export function named(node: SyntaxNode): SyntaxNode[] {
  return node.children.filter((c) => c.named);
}

export function childOfType(node: SyntaxNode, type: string): SyntaxNode | undefined {
  return node.children.find((c) => c.type === type);
}

/** The first ERROR or MISSING node in the subtree, in document order. */
export function firstSyntaxError(node: SyntaxNode): SyntaxNode | undefined {
  if (node.type === 'ERROR' || node.missing) return node;
  for (const child of node.children) {
    const found = firstSyntaxError(child);
    if (found) return found;
  }
  return undefined;
}
