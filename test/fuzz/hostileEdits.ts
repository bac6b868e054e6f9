// The edits of the long fuzz run, realistic and hostile: the CI fuzz test's generators (random ranges,
// tweaks that keep HCL valid, whole-text mutations), plus typing and deleting one character per
// notification, pasting chunks of other fixtures, and inserting deep nesting, huge strings and lines,
// long wildcards, and runs of astral characters, CRLF, lone CR and NUL. Each edit is a list of
// didChange notifications, computed against the text the editor holds.

import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyChange, editGenerators, resolveEdit, resolveTweak, type CorpusFile, type EditGenerators } from '../support/fuzzEdits';
import type { Random } from './random';

export type EditKind = 'incremental' | 'tweak' | 'full' | 'type' | 'type-line' | 'backspace' | 'paste' | 'paste-lines' | 'cut' | 'revert' | 'nesting' | 'huge' | 'unicode' | 'line-endings';

export interface Edit {
  readonly kind: EditKind;
  /** One entry per didChange notification, each a list of content changes applied in order. */
  readonly notifications: TextDocumentContentChangeEvent[][];
}

export const EDIT_WEIGHTS: Readonly<Record<EditKind, number>> = {
  incremental: 20,
  tweak: 25,
  full: 4,
  type: 10,
  'type-line': 4,
  backspace: 8,
  paste: 4,
  'paste-lines': 5,
  cut: 4,
  // Back to a fixture's text (a reload, a checkout): keeps the documents mostly valid, so rules keep running.
  revert: 2,
  nesting: 1,
  huge: 1,
  unicode: 3,
  'line-endings': 0.5,
};

const UNICODE = ['🚀', '𝔘', '\u{10ffff}', '\r', '\r\n', '\n', '\0', '\ud800', '\udfff', '\u2028', '\u2029', '\ufeff', 'é', 'e\u0301', '中', '\u00a0', '\t', '\\', '"', '${', '%{'];

export class HostileEdits {
  private readonly generators: EditGenerators;

  constructor(
    private readonly corpus: readonly CorpusFile[],
    private readonly random: Random,
  ) {
    this.generators = editGenerators({ strict: true, corpus });
  }

  /** An edit of `kind` on `text` (a tweak that finds no fitting line becomes an incremental edit). */
  make(kind: EditKind, text: string): Edit {
    const r = this.random;
    const g = this.generators;
    switch (kind) {
      case 'incremental': {
        let mirror = text;
        const changes: TextDocumentContentChangeEvent[] = [];
        // Changes in one notification apply in order, each to the result of the previous one.
        for (let i = 1 + r.int(3); i > 0; i--) {
          const change = resolveEdit(mirror, r.sample(g.editSpec));
          changes.push(change);
          mirror = applyChange(mirror, change);
        }
        return { kind, notifications: [changes] };
      }
      case 'tweak': {
        const change = resolveTweak(text, r.sample(g.tweakSpec));
        return change ? { kind, notifications: [[change]] } : this.make('incremental', text);
      }
      case 'full': {
        let mirror = text;
        for (let i = 1 + r.int(3); i > 0; i--) mirror = g.applyMutation(mirror, r.sample(g.mutation));
        return { kind, notifications: [[{ text: mirror }]] };
      }
      case 'type':
        return { kind, notifications: typed(text, this.offset(text), r.chance(0.7) ? this.chunk(1, 60) : r.sample(g.fragment)) };
      case 'type-line': {
        // Whole lines of another fixture typed at the start of a line: the text mostly stays valid.
        const at = this.lineStart(text);
        return { kind, notifications: typed(text, at, this.lines(2)) };
      }
      case 'backspace': {
        const notifications: TextDocumentContentChangeEvent[][] = [];
        let mirror = text;
        let offset = this.offset(text);
        for (let n = 1 + r.int(30); n > 0 && offset > 0; n--) {
          const doc = TextDocument.create('file:///mirror.tf', 'terraform', 0, mirror);
          const change = { range: { start: doc.positionAt(offset - 1), end: doc.positionAt(offset) }, text: '' };
          notifications.push([change]);
          const before = mirror.length;
          mirror = applyChange(mirror, change);
          offset -= Math.max(1, before - mirror.length);
        }
        return notifications.length > 0 ? { kind, notifications } : this.make('type', text);
      }
      case 'paste':
        return { kind, notifications: [[this.replace(text, this.offset(text), r.chance(0.3) ? r.int(200) : 0, this.chunk(1, 3000))]] };
      case 'paste-lines':
        return { kind, notifications: [[this.replace(text, this.lineStart(text), 0, this.lines(40))]] };
      case 'revert':
        return { kind, notifications: [[{ text: this.random.pick(this.corpus).text }]] };
      case 'cut':
        return { kind, notifications: [[this.replace(text, this.offset(text), r.size(1, 800), '')]] };
      case 'nesting':
        return { kind, notifications: [[this.replace(text, this.lineStart(text), 0, this.nesting())]] };
      case 'huge':
        return { kind, notifications: [[this.replace(text, r.chance(0.7) ? this.lineStart(text) : this.offset(text), 0, this.huge())]] };
      case 'unicode': {
        let run = '';
        for (let n = 1 + r.int(40); n > 0; n--) run += r.pick(UNICODE);
        return r.chance(0.5) ? { kind, notifications: [[this.replace(text, this.offset(text), 0, run)]] } : { kind, notifications: typed(text, this.offset(text), run) };
      }
      case 'line-endings': {
        const eol = r.pick(['\r\n', '\r', '\n']);
        return { kind, notifications: [[{ text: text.replace(/\r\n|\r|\n/g, eol) }]] };
      }
    }
  }

  private offset(text: string): number {
    return this.random.int(text.length + 1);
  }

  /** The offset of the start of a random line. */
  private lineStart(text: string): number {
    const starts = [0];
    for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
    return this.random.pick(starts);
  }

  /** Up to `max` whole lines of a corpus file, each with its line break. */
  private lines(max: number): string {
    const lines = this.random.pick(this.corpus).text.split(/(?<=\n)/);
    const from = this.random.int(lines.length);
    return lines.slice(from, from + 1 + this.random.int(max)).join('');
  }

  /** A slice of a corpus file, as a user pastes or types it. */
  private chunk(min: number, max: number): string {
    const source = this.random.pick(this.corpus).text;
    const length = this.random.size(min, max);
    const from = this.random.int(Math.max(1, source.length - length + 1));
    return source.slice(from, from + length);
  }

  private replace(text: string, offset: number, length: number, insert: string): TextDocumentContentChangeEvent {
    const doc = TextDocument.create('file:///mirror.tf', 'terraform', 0, text);
    return { range: { start: doc.positionAt(offset), end: doc.positionAt(Math.min(text.length, offset + length)) }, text: insert };
  }

  private nesting(): string {
    const r = this.random;
    const depth = r.size(10, 5000);
    switch (r.int(5)) {
      case 0:
        return 'x = ' + '['.repeat(depth) + ']'.repeat(depth) + '\n';
      case 1:
        return 'x = ' + '{ a = '.repeat(depth) + '1' + ' }'.repeat(depth) + '\n';
      case 2:
        return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
      case 3:
        return `pattern = jsonencode(${'{ a = ['.repeat(depth)}1${'] }'.repeat(depth)})\n`;
      default:
        // Unbalanced: opened and never closed.
        return r.pick(['(', '[', '{', '${', '"${', 'jsonencode(']).repeat(depth);
    }
  }

  private huge(): string {
    const r = this.random;
    const length = r.size(1000, 400_000);
    switch (r.int(5)) {
      case 0:
        return `"${'x'.repeat(length)}"`;
      case 1:
        return `description = "${'ü🚀'.repeat(length >> 2)}"\n`;
      case 2: {
        // A wildcard of distinct characters (the validator once grew with the cube of its length).
        let wildcard = '';
        // Kept short: longer ones take minutes on the unfixed validator and would stall the whole run.
        const max = r.size(10, 1000);
        for (let i = 0; wildcard.length < max; i++) wildcard += i % 2 ? '*' : String.fromCharCode(0x4e00 + i);
        return `pattern = jsonencode({ body = { s = [{ wildcard = "${wildcard}" }] } })\n`;
      }
      case 3:
        return `# ${'-'.repeat(length)}\n`;
      default:
        return 'a = 1\n'.repeat(length >> 4);
    }
  }
}

/** One notification per character (per code point: an astral character is typed as one), as typing does. */
function typed(text: string, offset: number, insert: string): TextDocumentContentChangeEvent[][] {
  const notifications: TextDocumentContentChangeEvent[][] = [];
  let mirror = text;
  const start = TextDocument.create('file:///mirror.tf', 'terraform', 0, text).positionAt(offset);
  // Where the cursor is: the position after the previous character, as the editor would report it.
  let at = start;
  for (const ch of insert) {
    const change = { range: { start: at, end: at }, text: ch };
    notifications.push([change]);
    mirror = applyChange(mirror, change);
    const doc = TextDocument.create('file:///mirror.tf', 'terraform', 0, mirror);
    at = doc.positionAt(doc.offsetAt(at) + ch.length);
  }
  return notifications;
}
