// A plain-object copy of a tree-sitter subtree. Reading web-tree-sitter nodes one property at a time
// crosses into WASM on every access; one cursor walk per changed block is several times cheaper.

import type { TreeCursor } from 'web-tree-sitter';

export interface SyntaxNode {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly named: boolean;
  /** Inserted by the parser's error recovery: the token is absent from the text. */
  readonly missing: boolean;
  readonly children: readonly SyntaxNode[];
}

/** Copies the cursor's current node and everything below it; the cursor ends where it started. */
export function snapshot(cursor: TreeCursor): SyntaxNode {
  const children: SyntaxNode[] = [];
  const node: SyntaxNode = {
    type: cursor.nodeType,
    start: cursor.startIndex,
    end: cursor.endIndex,
    named: cursor.nodeIsNamed,
    missing: cursor.nodeIsMissing,
    children,
  };
  if (cursor.gotoFirstChild()) {
    do {
      // Comments carry no meaning for the model and would get in the way of positional reads.
      if (cursor.nodeType !== 'comment') children.push(snapshot(cursor));
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }
  return node;
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
