// One Terraform file as the server and the CLI hold it: its text, its line starts, its syntax tree (kept
// for incremental re-parsing) and the file model the core analyses.

import { Edit, type Parser, type Tree } from 'web-tree-sitter';
import { extractHcl, extractLoneBlock, type HclBlockCache, type OffsetEdit } from '../core/extract/hcl/extractHcl';
import { extractTfJson } from '../core/extract/tfjson/extractTfJson';
import type { FileModel, TopLevelBlock } from '../core/model/fileModel';
import { isDeclaration } from '../core/module/moduleIndex';
import type { BlockReplacement } from '../core/analyze';
import type { CdktfParse } from '../core/extract/cdktf/extractCdktf';
import { cdktfFrontEnd } from '../cdktfFrontEnd';
import { positionAt } from '../convert';
import { frontEndFor } from '../frontEnds';
import { ChunkedText } from './chunkedText';

/** A change in LSP terms: a range in the old text (lines and UTF-16 characters) and its new text. */
export interface TextChange {
  readonly range?: { readonly start: Position; readonly end: Position };
  readonly text: string;
}

interface Position {
  readonly line: number;
  readonly character: number;
}

/**
 * A change whose range is not made of LSP positions (lines and characters are unsigned integers). Its
 * offsets would be meaningless (NaN, or before the start), so the whole notification is refused.
 */
export class InvalidRangeError extends Error {
  constructor(
    readonly uri: string,
    readonly range: { readonly start: Position; readonly end: Position },
  ) {
    super(`ignored a change to ${uri} with an invalid range ${JSON.stringify(range)}: LSP lines and characters are integers ≥ 0`);
    this.name = 'InvalidRangeError';
  }
}

function isPosition(p: Position | undefined): boolean {
  return typeof p === 'object' && p !== null && isUinteger(p.line) && isUinteger(p.character);
}

function isUinteger(n: unknown): boolean {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 2 ** 31 - 1;
}

/** A Terraform JSON file, as the front-end registry tells by its name. */
export function isTerraformJson(uri: string): boolean {
  return frontEndFor(uri)?.language === 'tfjson';
}

/** A CDK for Terraform stack, as the front-end registry tells by its name. */
export function isCdktfStack(uri: string): boolean {
  return frontEndFor(uri)?.language === 'ts';
}

/** Up to this size (about 250 mappings), broken text is re-parsed from scratch; see `reparse`. */
const FRESH_PARSE_LIMIT = 256 * 1024;
/** How much text tree-sitter is handed per read (its input buffer holds 10 KB). */
const READ_CHUNK = 10 * 1024;

export class TerraformDocument {
  private tree: Tree | undefined;
  /** Edits since the model was built, applied to the tree but not yet re-parsed. */
  private edits: OffsetEdit[] = [];
  private declarationsMemo: { model: FileModel; list: readonly TopLevelBlock[] } | undefined;
  /** Set when the last update only re-read one block, so analyses of the previous model can be patched. */
  lastBlockReplacement: BlockReplacement | undefined;
  /** The TypeScript parse of a CDKTF stack, kept between edits. */
  private cdktf: CdktfParse | undefined;
  private lineStarts: number[] | undefined;
  /** The text, in chunks so that an edit of a large file does not copy all of it. */
  readonly content: ChunkedText;
  model: FileModel;

  /** Parses the whole text once; later updates re-parse only what they must. */
  constructor(
    readonly uri: string,
    text: string,
    private readonly parser: Parser,
  ) {
    this.content = new ChunkedText(text);
    try {
      this.model = this.reparse();
    } catch (error) {
      // Nobody will hold this document to dispose of it: free the syntax tree now.
      this.dispose();
      throw error;
    }
  }

  /** The whole text (joined on demand; analysis reads `content`). */
  get text(): string {
    return this.content.toString();
  }

  /**
   * Applies LSP content changes in order, re-parsing incrementally. A whole-document change (clients
   * with full sync send one per keystroke) is narrowed to the span that differs, so it is incremental too.
   */
  update(changes: readonly TextChange[]): void {
    // Checked before anything changes, so a rejected notification leaves text, lines and tree in step.
    for (const change of changes) if (change.range && !(isPosition(change.range.start) && isPosition(change.range.end))) throw new InvalidRangeError(this.uri, change.range);
    for (const change of changes) {
      const content = this.content;
      let start: number;
      let end: number;
      let inserted: string;
      if (change.range) {
        start = this.offsetAt(change.range.start);
        end = Math.max(start, this.offsetAt(change.range.end));
        inserted = change.text;
      } else {
        ({ start, end, inserted } = differingSpan(content.toString(), change.text));
      }
      const newEnd = start + inserted.length;
      const startPosition = this.pointAt(start);
      const oldEndPosition = this.pointAt(end);
      this.tree?.edit(new Edit({ startIndex: start, oldEndIndex: end, newEndIndex: newEnd, startPosition, oldEndPosition, newEndPosition: pointAfter(startPosition, inserted) }));
      // A carriage return near the edit can join or split a \r\n pair: count the lines again then.
      const touchesCr = inserted.includes('\r') || content.charCodeAt(start - 1) === 13 || content.slice(start, end).includes('\r');
      content.replace(start, end, inserted);
      this.edits.push({ start, oldEnd: end, newEnd });
      this.lineStarts = this.lineStarts && !touchesCr ? editLineStarts(this.lineStarts, start, end, inserted) : undefined;
    }
    const before = this.model;
    const replaced = this.reparseBlock();
    this.model = replaced?.model ?? this.reparse();
    this.lastBlockReplacement = replaced && { before, after: replaced.model, index: replaced.index };
    if (this.cdktf?.replacedBlock !== undefined) this.lastBlockReplacement = { before, after: this.model, index: this.cdktf.replacedBlock };
    this.edits = [];
  }

  /** Frees the WASM memory the syntax tree holds. */
  dispose(): void {
    this.tree?.delete();
    this.tree = undefined;
  }

  /**
   * The offset of a valid LSP position: a line past the end means the end of the text, a character past
   * the end of its line means the end of that line (as the specification says).
   */
  offsetAt(position: Position): number {
    const starts = this.getLineStarts();
    if (position.line >= starts.length) return this.content.length;
    const lineStart = starts[Math.max(0, position.line)]!;
    let lineEnd = position.line + 1 < starts.length ? starts[position.line + 1]! : this.content.length;
    // The line break (\n, \r\n or \r) is not part of the line.
    if (lineEnd > lineStart && this.content.charCodeAt(lineEnd - 1) === 10) lineEnd--;
    if (lineEnd > lineStart && this.content.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    return Math.min(lineStart + Math.max(0, position.character), lineEnd);
  }

  /** Where each line starts; lines end at \n, \r\n or \r, as in LSP. */
  getLineStarts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      const text = this.content.toString();
      const breaks = /\r\n?|\n/g;
      for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length);
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  private reparse(): FileModel {
    // A file no front end claims is read as HCL (the server opens what the client says is Terraform).
    const language = frontEndFor(this.uri)?.language;
    if (language === 'tfjson') return extractTfJson(this.content.toString());
    if (language === 'ts') {
      const cdktf = cdktfFrontEnd();
      const text = this.content.toString();
      this.cdktf = this.cdktf ? cdktf.updateCdktf(this.cdktf, text, this.edits) : cdktf.parseCdktf(text, this.uri);
      return this.cdktf.model;
    }
    // When most of the text changed, the old tree has little to reuse; freeing it first keeps only
    // one tree in tree-sitter's memory, which never shrinks once grown.
    const changed = this.edits.reduce((sum, e) => sum + Math.max(e.oldEnd, e.newEnd) - e.start, 0);
    if (changed > this.content.length / 2) {
      this.tree?.delete();
      this.tree = undefined;
    }
    // tree-sitter reads the text through a callback, a chunk at a time.
    const read = (index: number): string => this.content.slice(index, index + READ_CHUNK);
    let tree = this.parser.parse(read, this.tree);
    if (!tree) throw new Error('tree-sitter returned no tree');
    // tree-sitter's error recovery can depend on the edit history (a fresh parse of the same broken text
    // may recover differently). Findings should depend on the text alone, so broken text is parsed
    // afresh, unless the file is so large that a full parse per keystroke would make typing lag.
    if (this.tree && tree.rootNode.hasError && this.content.length <= FRESH_PARSE_LIMIT) {
      tree.delete();
      tree = this.parser.parse(read);
      if (!tree) throw new Error('tree-sitter returned no tree');
    }
    // tree-sitter reuses the old tree's unchanged subtrees, so it is freed only after the new one exists.
    this.tree?.delete();
    this.tree = tree;
    // The blocks of the model before these edits, by offset: the edits map them to where they are now.
    const before = this.model as FileModel | undefined; // undefined while the constructor runs
    const cache: HclBlockCache = new Map(before ? before.blocks.map((b, i) => [before.offsets[i]!, b]) : []);
    return extractHcl(tree, this.content, { cache, edits: this.edits });
  }

  /**
   * The fast path for a keystroke: when one edit falls inside one top-level block, re-parse that block's
   * text alone (a top-level block parses the same alone as in its file when it is error-free) and keep
   * every other block, moved. Incremental parsing of the whole file costs time in proportion to the
   * number of top-level blocks after the edit, which this avoids. The file tree keeps the edit and is
   * re-parsed when an edit does not fit (new or broken blocks, several blocks, syntax errors).
   */
  private reparseBlock(): { model: FileModel; index: number } | undefined {
    const edit = this.edits.length === 1 ? this.edits[0] : undefined;
    const old = this.model;
    if (!edit || old.language !== 'hcl' || old.syntaxErrors.length > 0) return undefined;
    const index = blockContaining(old, edit);
    if (index === undefined || old.blocks[index]!.syntaxError) return undefined;
    const start = old.offsets[index]!;
    const delta = edit.newEnd - edit.oldEnd;
    const text = this.content.slice(start, start + old.blocks[index]!.body.range.end + delta);
    const tree = this.parser.parse(text);
    if (!tree) return undefined;
    try {
      const replaced = extractLoneBlock(tree, text);
      if (!replaced) return undefined;
      const blocks = old.blocks.slice();
      blocks[index] = replaced;
      const offsets = old.offsets.slice();
      for (let i = index + 1; i < offsets.length; i++) offsets[i]! += delta;
      const model: FileModel = { ...old, blocks, offsets };
      // Typing in a mapping changes no declaration: the module index need not even look.
      if (!isDeclaration(old.blocks[index]!) && !isDeclaration(replaced)) this.declarationsMemo = { model, list: this.declarations };
      return { model, index };
    } finally {
      tree.delete();
    }
  }

  /** The blocks of this file that other files can refer to (resources, data, variables, locals). */
  get declarations(): readonly TopLevelBlock[] {
    if (this.declarationsMemo?.model !== this.model) this.declarationsMemo = { model: this.model, list: this.model.blocks.filter(isDeclaration) };
    return this.declarationsMemo.list;
  }

  /** A tree-sitter point (row, UTF-16 column) of an offset in the current text, before it changes. */
  private pointAt(offset: number): { row: number; column: number } {
    const { line, character } = positionAt(this.getLineStarts(), offset);
    return { row: line, column: character };
  }

}

function pointAfter(start: { row: number; column: number }, text: string): { row: number; column: number } {
  const lastBreak = text.lastIndexOf('\n');
  if (lastBreak < 0) return { row: start.row, column: start.column + text.length };
  let rows = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) rows++;
  return { row: start.row + rows, column: text.length - lastBreak - 1 };
}

/**
 * Line starts after replacing `[start, end)` with `inserted`, without scanning the whole text: lines
 * before the edit keep their starts, lines after it move by the change in length. May update `starts`.
 */
export function editLineStarts(starts: number[], start: number, end: number, inserted: string): number[] {
  // The first line that starts after `start`: lines before it are untouched.
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! <= start) low = mid + 1;
    else high = mid;
  }
  const first = low;
  let last = first;
  while (last < starts.length && starts[last]! <= end) last++;
  const delta = inserted.length - (end - start);
  const added: number[] = [];
  for (let i = inserted.indexOf('\n'); i >= 0; i = inserted.indexOf('\n', i + 1)) added.push(start + i + 1);
  // Typing within a line (the common case) only moves the lines after it: update in place.
  if (added.length === 0 && last === first) {
    for (let i = first; i < starts.length; i++) starts[i]! += delta;
    return starts;
  }
  const out = starts.slice(0, first);
  for (const a of added) out.push(a);
  for (let i = last; i < starts.length; i++) out.push(starts[i]! + delta);
  return out;
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

/** The one span where two texts differ: common prefix and suffix are left alone. */
export function differingSpan(before: string, after: string): { start: number; end: number; inserted: string } {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start: prefix, end: before.length - suffix, inserted: after.slice(prefix, after.length - suffix) };
}
