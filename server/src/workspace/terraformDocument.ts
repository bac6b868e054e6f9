// One Terraform file as the server and the CLI hold it: its text, its syntax tree (kept for incremental
// re-parsing), the per-block extraction cache and the resulting file model.

import { Edit, type Parser, type Tree } from 'web-tree-sitter';
import { extractHcl, type HclBlockCache } from '../core/extract/hcl/extractHcl';
import { extractTfJson } from '../core/extract/tfjson/extractTfJson';
import type { FileModel } from '../core/model/fileModel';

/** A change in LSP terms: a range in the old text (lines and UTF-16 characters) and its new text. */
export interface TextChange {
  readonly range?: { readonly start: Position; readonly end: Position };
  readonly text: string;
}

interface Position {
  readonly line: number;
  readonly character: number;
}

export function isTerraformJson(uri: string): boolean {
  return uri.endsWith('.tf.json');
}

export class TerraformDocument {
  private tree: Tree | undefined;
  private cache: HclBlockCache = new Map();
  private lineStarts: number[] | undefined;
  model: FileModel;

  constructor(
    readonly uri: string,
    private textValue: string,
    private readonly parser: Parser,
  ) {
    this.model = this.reparse();
  }

  get text(): string {
    return this.textValue;
  }

  /** Applies LSP content changes in order, re-parsing incrementally where tree-sitter can. */
  update(changes: readonly TextChange[]): void {
    for (const change of changes) {
      if (!change.range) {
        this.textValue = change.text;
        this.dropTree();
        this.lineStarts = undefined;
        continue;
      }
      const start = this.offsetAt(change.range.start);
      const end = this.offsetAt(change.range.end);
      const newText = this.textValue.slice(0, start) + change.text + this.textValue.slice(end);
      const newEnd = start + change.text.length;
      this.tree?.edit(new Edit({
        startIndex: start,
        oldEndIndex: end,
        newEndIndex: newEnd,
        startPosition: { row: change.range.start.line, column: change.range.start.character },
        oldEndPosition: { row: change.range.end.line, column: change.range.end.character },
        newEndPosition: pointAfter(change.range.start, change.text),
      }));
      this.textValue = newText;
      this.lineStarts = undefined;
    }
    this.model = this.reparse();
  }

  /** Frees the WASM memory the syntax tree holds. */
  dispose(): void {
    this.dropTree();
  }

  offsetAt(position: Position): number {
    const starts = this.getLineStarts();
    if (position.line >= starts.length) return this.textValue.length;
    const lineStart = starts[Math.max(0, position.line)]!;
    const nextStart = position.line + 1 < starts.length ? starts[position.line + 1]! : this.textValue.length;
    return Math.min(lineStart + Math.max(0, position.character), nextStart);
  }

  getLineStarts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      const text = this.textValue;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  private reparse(): FileModel {
    if (isTerraformJson(this.uri)) return extractTfJson(this.textValue);
    const tree = this.parser.parse(this.textValue, this.tree);
    if (!tree) throw new Error('tree-sitter returned no tree');
    // The old tree may be freed only after the new one exists: node ids of reused subtrees stay valid
    // as cache keys, and no new subtree can take the address of a live one.
    this.tree?.delete();
    this.tree = tree;
    const { file, cache } = extractHcl(tree, this.textValue, this.cache);
    this.cache = cache;
    return file;
  }

  private dropTree(): void {
    this.tree?.delete();
    this.tree = undefined;
    this.cache = new Map();
  }
}

function pointAfter(start: Position, text: string): { row: number; column: number } {
  const lines = text.split('\n');
  if (lines.length === 1) return { row: start.line, column: start.character + text.length };
  return { row: start.line + lines.length - 1, column: lines[lines.length - 1]!.length };
}
