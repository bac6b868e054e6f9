// The Terraform front end: a tree-sitter tree of a `.tf` file → its top-level blocks in the common
// shape. Blocks are read in coordinates relative to their own start, so a block that an edit only
// moved keeps its cached model (found through the edits), and a keystroke costs one block, not the file.

import type { Tree } from 'web-tree-sitter';
import type { FileModel, TopLevelBlock } from '../../model/fileModel';
import { rangeOf, type SourceRange } from '../../model/sourceRange';
import { readHclBlock } from './readHclBlock';
import { firstSyntaxError, named, snapshot, type SyntaxNode } from './syntaxNode';

/** Blocks of the previous run, by start offset. */
export type HclBlockCache = ReadonlyMap<number, TopLevelBlock>;

/** One text change in offsets: `[start, oldEnd)` of the old text became `[start, newEnd)`. */
export interface OffsetEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/**
 * `previous` is the cache of the last run and the edits made since, in order. A block whose text the
 * edits did not touch is found in the cache at its old offset and reused; only the rest is read again.
 */
export function extractHcl(tree: Tree, text: string, previous?: { cache: HclBlockCache; edits: readonly OffsetEdit[] }): FileModel {
  const blocks: TopLevelBlock[] = [];
  const offsets: number[] = [];
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
  return { language: 'hcl', blocks, offsets, syntaxErrors };

  function visitTopLevel(): void {
    const type = cursor.nodeType;
    const start = cursor.startIndex;
    if (type === 'block') {
      const end = cursor.endIndex;
      const oldStart = previous && oldOffset(start, end, previous.edits);
      const cached = oldStart === undefined ? undefined : previous!.cache.get(oldStart);
      if (cached && cached.body.range.end === end - start) {
        blocks.push(cached);
        offsets.push(start);
        return;
      }
      const blockText = text.slice(start, end);
      blocks.push(readTopLevel(snapshot(cursor, start, blockText), blockText));
      offsets.push(start);
    } else if (type === 'ERROR' || cursor.nodeIsMissing || type === 'attribute') {
      const node = snapshot(cursor);
      const error = firstSyntaxError(node) ?? node;
      syntaxErrors.push(describeSyntaxError(error, text, 0, type === 'attribute'));
    }
  }
}

/**
 * Reads a tree parsed from the text of one top-level block alone, placed at `base` in its file. Returns
 * undefined unless the text is exactly one block without syntax errors: only then does it parse the same
 * on its own as in its file, so a keystroke inside a block can re-parse just that block.
 */
export function extractLoneBlock(tree: Tree, text: string): TopLevelBlock | undefined {
  const root = tree.rootNode;
  if (root.hasError || root.childCount !== 1) return undefined;
  const body = root.child(0);
  if (!body || body.type !== 'body' || body.childCount !== 1) return undefined;
  const node = body.child(0);
  if (!node || node.type !== 'block' || node.startIndex !== 0 || node.endIndex !== text.length) return undefined;
  const cursor = node.walk();
  try {
    return readTopLevel(snapshot(cursor, 0, text), text);
  } finally {
    cursor.delete();
  }
}

/** Where the text `[start, end)` of the new document was before the edits, if they did not touch it. */
function oldOffset(start: number, end: number, edits: readonly OffsetEdit[]): number | undefined {
  let s = start;
  let e = end;
  for (let i = edits.length - 1; i >= 0; i--) {
    const edit = edits[i]!;
    if (e <= edit.start) continue;
    if (s < edit.newEnd) return undefined;
    const delta = edit.newEnd - edit.oldEnd;
    s -= delta;
    e -= delta;
  }
  return s;
}

function readTopLevel(node: SyntaxNode, text: string): TopLevelBlock {
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
