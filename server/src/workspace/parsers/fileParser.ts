// What a front end keeps of one file between edits, so a keystroke re-reads as little as it can. A
// document tells its parser of each edit as it is made (tree-sitter keeps its tree in step with the text),
// then asks for the model once for all the edits of a change.

import type { Point } from 'web-tree-sitter';
import type { OffsetEdit } from '../../core/extract/hcl/extractHcl';
import type { FileModel } from '../../core/model/fileModel';
import type { ChunkedText } from '../chunkedText';

export interface FileParser {
  /** An edit just made to the text, with tree-sitter's points of where it starts and ends before and after. */
  edit(edit: OffsetEdit, start: Point, oldEnd: Point, newEnd: Point): void;
  /**
   * The model of the text after `edits` (in order, each in the coordinates of the text before it), from
   * `previous`, the model before them. `replacedBlock` is set when only that block was read again (and the
   * blocks after it moved), so analyses of the previous model can be patched.
   */
  parse(edits: readonly OffsetEdit[], previous: FileModel | undefined): { model: FileModel; replacedBlock?: number };
  /** Frees what the parser holds outside JavaScript's heap (tree-sitter's WASM memory). */
  dispose(): void;
}

/** What a document gives its parser: the file's name, its text (kept current by the document) and tree-sitter. */
export interface ParserInput {
  readonly uri: string;
  readonly content: ChunkedText;
  readonly treeSitter: import('web-tree-sitter').Parser;
}
