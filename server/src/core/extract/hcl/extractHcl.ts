// The Terraform front end: a tree-sitter tree of a `.tf` file → its top-level blocks in the common
// shape. Blocks are read in coordinates relative to their own start, so a block that an edit only
// moved keeps its cached model (found through the edits), and a keystroke costs one block, not the file.

import type { Node, Tree } from 'web-tree-sitter';
import type { FileModel, TopLevelBlock } from '../../model/fileModel';
import { rangeOf, type SourceRange } from '../../model/sourceRange';
import { isSpaceAt, type TextSource } from '../../model/textSource';
import { aloneMessage, firstLineBreakError, noValueMessage, UNCLOSED_STRING_MESSAGE } from './lineBreakError';
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
export function extractHcl(tree: Tree, text: TextSource, previous?: { cache: HclBlockCache; edits: readonly OffsetEdit[] }): FileModel {
  const blocks: TopLevelBlock[] = [];
  const offsets: number[] = [];
  const syntaxErrors: { range: SourceRange; message: string }[] = [];
  const cursor = tree.walk();
  // Lone carriage returns between top-level nodes (blocks check their own): where the last node ended.
  let gapStart = 0;
  let loneCr: number | undefined;
  const gapTo = (end: number): void => {
    if (loneCr === undefined && end > gapStart) {
      const at = text.slice(gapStart, end).search(/\r(?!\n)/);
      if (at >= 0) loneCr = gapStart + at;
    }
  };
  try {
    // config_file → body → (block | attribute | ERROR)*
    if (cursor.gotoFirstChild()) {
      do {
        if (cursor.nodeType === 'body') {
          if (cursor.gotoFirstChild()) {
            do {
              gapTo(cursor.startIndex);
              visitTopLevel();
              gapStart = cursor.endIndex;
            } while (cursor.gotoNextSibling());
            cursor.gotoParent();
          }
          continue;
        }
        gapTo(cursor.startIndex);
        gapStart = cursor.endIndex;
        if (cursor.nodeType === 'ERROR' || cursor.nodeIsMissing) {
          visitTopLevel();
        } else if (cursor.nodeType === 'object') {
          // The grammar accepts a bare object as a whole file (JSON pasted into a .tf file); Terraform does not.
          const start = cursor.startIndex;
          syntaxErrors.push({
            range: rangeOf(start, Math.max(start + 1, Math.min(lineBreakAfter(text, start), cursor.endIndex))),
            message: 'Syntax error: a Terraform file holds blocks such as `resource "type" "name" { … }`, not an object. (Terraform JSON files end in `.tf.json`.)',
          });
        }
      } while (cursor.gotoNextSibling());
    }
  } finally {
    cursor.delete();
  }
  gapTo(text.length);
  if (loneCr !== undefined) syntaxErrors.push({ range: rangeOf(loneCr, loneCr + 1), message: LONE_CR_MESSAGE });
  // Error recovery can also wrap the whole file (an unclosed bracket at its end makes the root an ERROR);
  // then report the first error the tree has, so a broken file never looks clean.
  if (tree.rootNode.hasError && syntaxErrors.length === 0 && !blocks.some((b) => b.syntaxError)) {
    const error = firstErrorIn(tree);
    if (error) syntaxErrors.push(describeSyntaxError(error, text, false));
  }
  return { language: 'hcl', blocks, offsets, syntaxErrors };

  function visitTopLevel(): void {
    const type = cursor.nodeType;
    const start = cursor.startIndex;
    if (type === 'block') {
      const end = cursor.endIndex;
      const oldStart = previous && oldOffset(start, end, previous.edits);
      const cached = oldStart === undefined ? undefined : previous!.cache.get(oldStart);
      // A broken block is read again: its error recovery may depend on the text before it.
      if (cached && !cached.syntaxError && cached.body.range.end === end - start) {
        blocks.push(cached);
        offsets.push(start);
        return;
      }
      const blockText = text.slice(start, end);
      const cuts: SourceRange[] = [];
      const block = readTopLevel(snapshot(cursor, start, blockText, cuts), blockText, cuts[0]);
      blocks.push(withLoneCarriageReturn(block, cursor.currentNode, blockText, start));
      offsets.push(start);
    } else if (type === 'ERROR' || cursor.nodeIsMissing || type === 'attribute') {
      const node = snapshot(cursor);
      const error = firstSyntaxError(node) ?? node;
      syntaxErrors.push(describeSyntaxError(error, text, type === 'attribute'));
    }
  }
}

/**
 * The block with a syntax error at its first lone carriage return, when it has one and no other error
 * before it. tree-sitter takes a CR alone (an old Mac line ending) for a blank; Terraform takes only LF
 * and CR LF as line breaks and rejects any other CR ("Invalid character"), except inside a comment or a
 * heredoc's text. A quoted string cannot hold one either ("Invalid multi-line string").
 */
function withLoneCarriageReturn(block: TopLevelBlock, node: Node, blockText: string, base: number): TopLevelBlock {
  const at = loneCarriageReturn(node, blockText, base);
  if (at === undefined || (block.syntaxError && block.syntaxError.range.start <= at)) return block;
  const syntaxError = { range: rangeOf(at, at + 1), message: LONE_CR_MESSAGE };
  return { ...block, syntaxError };
}

const LONE_CR_MESSAGE =
  'Syntax error: a carriage return (CR) without a line feed, an old Mac line ending. Terraform takes only LF or CR LF as a line break and rejects this character; save the file with LF or CRLF line endings.';

/** The offset (relative to `base`) of the first CR not followed by LF that Terraform rejects, if any. */
function loneCarriageReturn(node: Node, text: string, base: number): number | undefined {
  const lone = /\r(?!\n)/g;
  for (let m = lone.exec(text); m; m = lone.exec(text)) {
    const at = m.index;
    const inner = node.descendantForIndex(base + at, base + at + 1);
    if (inner?.type === 'comment' || (inner?.type === 'template_literal' && inner.parent?.type === 'heredoc_template')) continue;
    return at;
  }
  return undefined;
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
    const cuts: SourceRange[] = [];
    return withLoneCarriageReturn(readTopLevel(snapshot(cursor, 0, text, cuts), text, cuts[0]), node, text, 0);
  } finally {
    cursor.delete();
  }
}

/**
 * The innermost first ERROR or MISSING node: descend while a child holds an error, so an ERROR that wraps
 * the whole file is reported where its first real problem is.
 */
function firstErrorIn(tree: Tree): SyntaxNode | undefined {
  let node = tree.rootNode;
  for (;;) {
    const child = node.children.find((c) => c !== null && (c.hasError || c.isMissing));
    if (!child) break;
    node = child;
  }
  if (!node.isError && !node.isMissing) return undefined;
  return { type: node.type, start: node.startIndex, end: node.endIndex, named: node.isNamed, missing: node.isMissing, children: [] };
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

function readTopLevel(node: SyntaxNode, text: string, tooDeep: SourceRange | undefined): TopLevelBlock {
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
  const described = error ? describeSyntaxError(error, text, false) : undefined;
  // A line break where HCL allows none is the earlier, truer cause of what the grammar reports later.
  const lineBreak = firstLineBreakError(node, text);
  return {
    keyword,
    labels,
    labelRanges,
    body,
    syntaxError: lineBreak && (!described || lineBreak.range.start <= described.range.start) ? lineBreak : described,
    tooDeep,
  };
}

/** One clear message per error: what is missing, or the first unexpected token. */
function describeSyntaxError(error: SyntaxNode, text: TextSource, strayAttribute: boolean): { range: SourceRange; message: string } {
  if (strayAttribute) {
    return { range: rangeOf(error.start, error.end), message: 'Syntax error: an argument outside any block. Terraform files hold blocks such as `resource "type" "name" { … }` at the top level.' };
  }
  if (error.missing) {
    // A missing token has no width; underline the character where it belongs so the mark is visible,
    // or, when it belongs at a line break or the end of the text, the last character written before it.
    let at = error.start;
    if (at >= text.length || isLineBreak(text, at)) {
      at--;
      while (at >= 0 && isSpaceAt(text, at)) at--;
    }
    const range = at >= 0 ? rangeOf(at, at + 1) : rangeOf(error.start, error.start);
    return { range, message: error.type === 'quoted_template_end' ? UNCLOSED_STRING_MESSAGE : `Syntax error: missing \`${error.type}\`.` };
  }
  // Underline from the error's first visible character to the end of that line, never a line break.
  let start = error.start;
  while (start < error.end && isSpaceAt(text, start)) start++;
  if (start >= error.end) return { range: rangeOf(error.start, error.start), message: 'Syntax error.' };
  const end = Math.min(lineBreakAfter(text, start), error.end);
  // What someone typing leaves at the end of a block, where nothing follows on the line to mislead the grammar.
  const written = text.slice(start, end).trim();
  const typing = /^([A-Za-z_][\w-]*)(\s*=)?$/.exec(written);
  if (typing && isLineEnd(text, end)) return { range: rangeOf(start, start + written.length), message: typing[2] ? noValueMessage(typing[1]!) : aloneMessage(typing[1]!) };
  const token = text.slice(start, Math.min(end, start + 40)).trim();
  return { range: rangeOf(start, end), message: `Syntax error: unexpected \`${token}\`.` };
}

/** Only blanks between `at` and the end of its line (or of the text). */
function isLineEnd(text: TextSource, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    if (isLineBreak(text, i)) return true;
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function isLineBreak(text: TextSource, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 10 || c === 13;
}

/** The offset of the first line break (`\n` or `\r`) at or after `from`, or the text's length. */
function lineBreakAfter(text: TextSource, from: number): number {
  for (let i = from; i < text.length; i++) if (isLineBreak(text, i)) return i;
  return text.length;
}
