// The Terraform front end: a tree-sitter tree of a `.tf` file → its top-level blocks in the common
// shape. Blocks are read in coordinates relative to their own start, so a block that an edit only
// moved keeps its cached model, and a keystroke costs one block, not the file.

import type { Tree } from 'web-tree-sitter';
import type { FileModel, TopLevelBlock } from '../../model/fileModel';
import { rangeOf, type SourceRange } from '../../model/sourceRange';
import { readHclBlock } from './readHclBlock';
import { firstSyntaxError, named, snapshot, type SyntaxNode } from './syntaxNode';

/** Blocks of the previous run, by tree-sitter node id: unchanged subtrees keep their id across edits. */
export type HclBlockCache = Map<number, TopLevelBlock>;

export function extractHcl(tree: Tree, text: string, cache: HclBlockCache = new Map()): { file: FileModel; cache: HclBlockCache } {
  const next: HclBlockCache = new Map();
  const blocks: TopLevelBlock[] = [];
  const syntaxErrors: { range: SourceRange; message: string }[] = [];
  const cursor = tree.walk();
  try {
    // config_file → body → (block | attribute | ERROR)*
    if (cursor.gotoFirstChild()) {
      do {
        if (cursor.nodeType === 'body') {
          if (cursor.gotoFirstChild()) {
            do visitTopLevel();
            while (cursor.gotoNextSibling());
            cursor.gotoParent();
          }
        } else if (cursor.nodeType === 'ERROR' || cursor.nodeIsMissing) {
          visitTopLevel();
        }
      } while (cursor.gotoNextSibling());
    }
  } finally {
    cursor.delete();
  }
  return { file: { language: 'hcl', blocks, syntaxErrors }, cache: next };

  function visitTopLevel(): void {
    const type = cursor.nodeType;
    const start = cursor.startIndex;
    if (type === 'block') {
      const id = cursor.currentNode.id;
      const cached = cache.get(id);
      if (cached) {
        const moved = cached.base === start ? cached : { ...cached, base: start };
        next.set(id, moved);
        blocks.push(moved);
        return;
      }
      const end = cursor.endIndex;
      const node = rebase(snapshot(cursor), start);
      const block = readTopLevel(node, text.slice(start, end), start);
      next.set(id, block);
      blocks.push(block);
    } else if (type === 'ERROR' || cursor.nodeIsMissing || type === 'attribute') {
      const node = snapshot(cursor);
      const error = firstSyntaxError(node) ?? node;
      syntaxErrors.push(describeSyntaxError(error, text, 0, type === 'attribute'));
    }
  }
}

function rebase(node: SyntaxNode, base: number): SyntaxNode {
  return {
    ...node,
    start: node.start - base,
    end: node.end - base,
    children: node.children.map((c) => rebase(c, base)),
  };
}

function readTopLevel(node: SyntaxNode, text: string, base: number): TopLevelBlock {
  const parts = named(node);
  const keywordNode = parts[0];
  const keyword = keywordNode ? text.slice(keywordNode.start, keywordNode.end) : '';
  const labels: string[] = [];
  const labelRanges: SourceRange[] = [];
  for (const part of parts.slice(1)) {
    if (part.type !== 'string_lit' && part.type !== 'identifier') break;
    labels.push(text.slice(part.start, part.end).replace(/^"|"$/g, ''));
    labelRanges.push(rangeOf(part.start, part.end));
  }
  const error = firstSyntaxError(node);
  const body = readHclBlock(node, text);
  return {
    keyword,
    labels,
    labelRanges,
    body,
    base,
    ...(error ? { syntaxError: describeSyntaxError(error, text, 0, false) } : {}),
  };
}

/** One clear message per error: what is missing, or the first unexpected token. */
function describeSyntaxError(error: SyntaxNode, text: string, base: number, strayAttribute: boolean): { range: SourceRange; message: string } {
  if (strayAttribute) {
    return { range: rangeOf(error.start + base, error.end + base), message: 'Syntax error: an argument outside any block. Terraform files hold blocks such as `resource "type" "name" { … }` at the top level.' };
  }
  if (error.missing) {
    // A missing token has no width; underline the character where it belongs so the mark is visible.
    const at = error.start < text.length ? error.start : Math.max(0, error.start - 1);
    return { range: rangeOf(at + base, at + 1 + base), message: `Syntax error: missing \`${error.type}\`.` };
  }
  const lineEnd = text.indexOf('\n', error.start);
  const end = lineEnd >= 0 && lineEnd < error.end ? lineEnd : error.end;
  const token = text.slice(error.start, Math.min(end, error.start + 40)).trim();
  return {
    range: rangeOf(error.start + base, Math.max(end, error.start + 1) + base),
    message: token ? `Syntax error: unexpected \`${token}\`.` : 'Syntax error.',
  };
}
