// A `.tf` file keeps its tree-sitter tree between edits. A keystroke inside one error-free block re-parses
// that block's text alone; other changes re-parse the file incrementally, and the blocks they did not
// touch are found in the previous model through the edits.

import { Edit, type Point, type Tree } from 'web-tree-sitter';
import { extractHcl, extractLoneBlock, type HclBlockCache, type OffsetEdit } from '../../core/extract/hcl/extractHcl';
import type { FileModel } from '../../core/model/fileModel';
import type { FileParser, ParserInput } from './fileParser';
import { grammarChunk, grammarText } from './grammarText';

/** Up to this size (about 250 mappings), broken text is re-parsed from scratch; see `parseFile`. */
const FRESH_PARSE_LIMIT = 256 * 1024;
/** How much text tree-sitter is handed per read (its input buffer holds 10 KB). */
const READ_CHUNK = 10 * 1024;

export function hclFileParser(input: ParserInput): FileParser {
  const { content, treeSitter } = input;
  let tree: Tree | undefined;

  /**
   * The fast path for a keystroke: when one edit falls inside one top-level block, re-parse that block's
   * text alone (a top-level block parses the same alone as in its file when it is error-free) and keep
   * every other block, moved. Incremental parsing of the whole file costs time in proportion to the
   * number of top-level blocks after the edit, which this avoids. The file tree keeps the edit and is
   * re-parsed when an edit does not fit (new or broken blocks, several blocks, syntax errors).
   */
  const parseBlock = (edits: readonly OffsetEdit[], old: FileModel | undefined): { model: FileModel; replacedBlock: number } | undefined => {
    const edit = edits.length === 1 ? edits[0] : undefined;
    if (!edit || !old || old.syntaxErrors.length > 0) return undefined;
    const index = blockContaining(old, edit);
    if (index === undefined || old.blocks[index]!.syntaxError) return undefined;
    const start = old.offsets[index]!;
    const delta = edit.newEnd - edit.oldEnd;
    const text = content.slice(start, start + old.blocks[index]!.body.range.end + delta);
    const blockTree = treeSitter.parse(grammarText(text));
    if (!blockTree) return undefined;
    try {
      const replaced = extractLoneBlock(blockTree, text);
      if (!replaced) return undefined;
      const blocks = old.blocks.slice();
      blocks[index] = replaced;
      const offsets = old.offsets.slice();
      for (let i = index + 1; i < offsets.length; i++) offsets[i]! += delta;
      return { model: { ...old, blocks, offsets }, replacedBlock: index };
    } finally {
      blockTree.delete();
    }
  };

  const parseFile = (edits: readonly OffsetEdit[], before: FileModel | undefined): FileModel => {
    // When most of the text changed, the old tree has little to reuse; freeing it first keeps only
    // one tree in tree-sitter's memory, which never shrinks once grown.
    const changed = edits.reduce((sum, e) => sum + Math.max(e.oldEnd, e.newEnd) - e.start, 0);
    if (changed > content.length / 2) {
      tree?.delete();
      tree = undefined;
    }
    // tree-sitter reads the text through a callback, a chunk at a time.
    const read = (index: number): string => grammarChunk((start, end) => content.slice(start, end), index, READ_CHUNK);
    let next = treeSitter.parse(read, tree);
    if (!next) throw new Error('tree-sitter returned no tree');
    // tree-sitter's error recovery can depend on the edit history (a fresh parse of the same broken text
    // may recover differently). Findings should depend on the text alone, so broken text is parsed
    // afresh, unless the file is so large that a full parse per keystroke would make typing lag.
    if (tree && next.rootNode.hasError && content.length <= FRESH_PARSE_LIMIT) {
      next.delete();
      next = treeSitter.parse(read);
      if (!next) throw new Error('tree-sitter returned no tree');
    }
    // tree-sitter reuses the old tree's unchanged subtrees, so it is freed only after the new one exists.
    tree?.delete();
    tree = next;
    // The blocks of the model before these edits, by offset: the edits map them to where they are now.
    const cache: HclBlockCache = new Map(before ? before.blocks.map((b, i) => [before.offsets[i]!, b]) : []);
    return extractHcl(next, content, { cache, edits });
  };

  return {
    edit(edit: OffsetEdit, startPosition: Point, oldEndPosition: Point, newEndPosition: Point) {
      tree?.edit(new Edit({ startIndex: edit.start, oldEndIndex: edit.oldEnd, newEndIndex: edit.newEnd, startPosition, oldEndPosition, newEndPosition }));
    },
    parse: (edits, previous) => parseBlock(edits, previous) ?? { model: parseFile(edits, previous) },
    dispose() {
      tree?.delete();
      tree = undefined;
    },
  };
}

/** The index of the block that strictly contains the edit (its first and last characters untouched). */
function blockContaining(file: FileModel, edit: OffsetEdit): number | undefined {
  let low = 0;
  let high = file.blocks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = file.offsets[mid]!;
    const end = start + file.blocks[mid]!.body.range.end;
    if (edit.start <= start) high = mid - 1;
    else if (edit.start >= end) low = mid + 1;
    else return edit.oldEnd < end ? mid : undefined;
  }
  return undefined;
}
