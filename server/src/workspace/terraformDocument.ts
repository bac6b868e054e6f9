// One Terraform file as the server and the CLI hold it: its text, its line starts, its syntax tree (kept
// for incremental re-parsing) and the file model the core analyses.

import type { Parser } from 'web-tree-sitter';
import type { OffsetEdit } from '../core/extract/hcl/extractHcl';
import type { FileModel, TopLevelBlock } from '../core/model/fileModel';
import { isDeclaration } from '../core/module/moduleIndex';
import type { BlockReplacement } from '../core/analyze';
import { positionAt } from '../lineStarts';
import { HCL_FRONT_END, frontEndFor } from '../frontEnds';
import { ChunkedText } from './chunkedText';
import type { FileParser } from './parsers/fileParser';

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

export class TerraformDocument {
  /** The front end's parser of this file, which keeps what it needs between edits. */
  private readonly fileParser: FileParser;
  /** Edits since the model was built, told to the parser but not yet read. */
  private edits: OffsetEdit[] = [];
  private declarationsMemo: { model: FileModel; list: readonly TopLevelBlock[] } | undefined;
  /** Set when the last update only re-read one block, so analyses of the previous model can be patched. */
  lastBlockReplacement: BlockReplacement | undefined;
  private lineStarts: number[] | undefined;
  /** The text, in chunks so that an edit of a large file does not copy all of it. */
  readonly content: ChunkedText;
  model: FileModel;

  /** Parses the whole text once; later updates re-parse only what they must. */
  constructor(
    readonly uri: string,
    text: string,
    parser: Parser,
  ) {
    this.content = new ChunkedText(text);
    // A file no front end claims is read as HCL (the server opens what the client says is Terraform).
    this.fileParser = (frontEndFor(uri) ?? HCL_FRONT_END).createParser({ uri, content: this.content, treeSitter: parser });
    try {
      this.model = this.fileParser.parse([], undefined).model;
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
      const edit = { start, oldEnd: end, newEnd };
      this.fileParser.edit(edit, startPosition, oldEndPosition, pointAfter(startPosition, inserted));
      // A carriage return near the edit can join or split a \r\n pair: count the lines again then.
      const touchesCr = inserted.includes('\r') || content.charCodeAt(start - 1) === 13 || content.slice(start, end).includes('\r');
      content.replace(start, end, inserted);
      this.edits.push(edit);
      this.lineStarts = this.lineStarts && !touchesCr ? editLineStarts(this.lineStarts, start, end, inserted) : undefined;
    }
    const before = this.model;
    const declarations = this.declarations;
    const { model, replacedBlock } = this.fileParser.parse(this.edits, before);
    this.model = model;
    this.edits = [];
    this.lastBlockReplacement = replacedBlock === undefined ? undefined : { before, after: model, index: replacedBlock };
    // Typing in a mapping changes no declaration: the module index need not even look. (A CDKTF statement
    // re-read may hold several constructs, so only a Terraform block, which is one, is known to be alone.)
    if (replacedBlock !== undefined && model.language === 'hcl' && !isDeclaration(before.blocks[replacedBlock]!) && !isDeclaration(model.blocks[replacedBlock]!)) {
      this.declarationsMemo = { model, list: declarations };
    }
  }

  /** Frees what the parser holds outside JavaScript's heap (the syntax tree's WASM memory). */
  dispose(): void {
    this.fileParser.dispose();
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

/** The one span where two texts differ: common prefix and suffix are left alone. */
export function differingSpan(before: string, after: string): { start: number; end: number; inserted: string } {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start: prefix, end: before.length - suffix, inserted: after.slice(prefix, after.length - suffix) };
}
