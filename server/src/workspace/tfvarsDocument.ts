// A variable definitions file as the server holds it: its text (kept in step with the editor's changes)
// and what it sets. Such files are a few lines long, so each change reads the whole file again.

import type { Parser } from 'web-tree-sitter';
import type { TfvarsFile } from '../core/model/tfvarsFile';
import { parseTfvars } from './parsers/tfvarsParser';
import { InvalidRangeError, type TextChange } from './terraformDocument';

export class TfvarsDocument {
  file: TfvarsFile;

  constructor(
    readonly uri: string,
    public text: string,
    private readonly parser: Parser,
  ) {
    this.file = parseTfvars(uri, text, parser);
  }

  /** Applies LSP content changes in order, then reads the file again. */
  update(changes: readonly TextChange[]): void {
    for (const change of changes) if (change.range && !(isPosition(change.range.start) && isPosition(change.range.end))) throw new InvalidRangeError(this.uri, change.range);
    let text = this.text;
    for (const change of changes) {
      if (!change.range) {
        text = change.text;
        continue;
      }
      const start = offsetAt(text, change.range.start);
      const end = Math.max(start, offsetAt(text, change.range.end));
      text = text.slice(0, start) + change.text + text.slice(end);
    }
    this.text = text;
    this.file = parseTfvars(this.uri, text, this.parser);
  }
}

function isPosition(p: { line: number; character: number } | undefined): boolean {
  return typeof p === 'object' && p !== null && isUinteger(p.line) && isUinteger(p.character);
}

function isUinteger(n: unknown): boolean {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 2 ** 31 - 1;
}

/** The offset of an LSP position, clamped as the specification says (past the line's end: its end; past the last line: the text's end). */
function offsetAt(text: string, position: { line: number; character: number }): number {
  const breaks = /\r\n?|\n/g;
  let lineStart = 0;
  for (let line = 0; line < position.line; line++) {
    const m = breaks.exec(text);
    if (!m) return text.length;
    lineStart = m.index + m[0].length;
  }
  const next = breaks.exec(text);
  const lineEnd = next ? next.index : text.length;
  return Math.min(lineStart + position.character, lineEnd);
}
