// Test support: the edit generators and the LSP text model shared by the CI fuzz test
// (test/lsp/fuzz.test.ts) and the long fuzz run (test/fuzz/lspFuzz.ts). Mutations of whole texts,
// incremental changes resolved against the current text (some past the end of a line or of the
// document), and tweaks that keep valid HCL valid; `applyChange` mirrors what an editor holds.

import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface CorpusFile {
  readonly name: string;
  readonly text: string;
}

export type Mutation =
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'insert'; readonly at: number; readonly text: string }
  | { readonly op: 'delete'; readonly at: number; readonly length: number }
  | { readonly op: 'replace'; readonly at: number; readonly length: number; readonly text: string }
  | { readonly op: 'shuffleLines'; readonly keys: readonly number[] }
  | { readonly op: 'paste'; readonly at: number; readonly file: number; readonly from: number; readonly length: number };

/** An incremental change, in numbers resolved against the current text when it is applied. */
export interface EditSpec {
  readonly line: number;
  readonly character: number;
  /** 0: within the line; otherwise this many characters past its end. */
  readonly pastEnd: number;
  readonly lines: number;
  readonly endCharacter: number;
  readonly endPastEnd: number;
  /** Sometimes a line after the last one. */
  readonly beyondLastLine: boolean;
  readonly text: string;
}

/** An edit that keeps valid HCL valid (typing inside a string, adding a line…), at the first fitting line from `line` on. */
export interface TweakSpec {
  readonly line: number;
  readonly op: 'letter-in-string' | 'digit-in-number' | 'blank-line' | 'comment-line' | 'delete-attribute-line';
  readonly letter: string;
}

export interface EditGenerators {
  readonly fragment: fc.Arbitrary<string>;
  readonly mutation: fc.Arbitrary<Mutation>;
  readonly editSpec: fc.Arbitrary<EditSpec>;
  readonly tweakSpec: fc.Arbitrary<TweakSpec>;
  readonly applyMutation: (text: string, m: Mutation) => string;
}

/**
 * The generators over a corpus (pasted from). `strict: false` leaves out inputs that once broke the
 * server (a lone \r, positions past the end of a line), to tell a new bug from a regression of those.
 */
export function editGenerators({ strict, corpus }: { readonly strict: boolean; readonly corpus: readonly CorpusFile[] }): EditGenerators {
  /** Fragments that are special to HCL, to the line model, or to UTF-16. */
  const TOKENS = [
    // A lone \r is a line break for LSP (the server once missed that).
    ...(strict ? ['\r'] : []),
    '{', '}', '"', '$', '${', '%{', '$${', '<<EOF\n', '<<-EOF\n', 'EOF\n', 'EOT', '\n', '\r\n', '=', '[', ']', '(', ')',
    ',', '.', '#', '//', '/*', '*/', '\\', ' ', '\t', 'ü', '🚀', '中', 'e\u0301', '\u00a0', '\u0000', '\ud800', '\udc00', '\ufeff',
    'jsonencode(', 'var.x', 'aws_sqs_queue.q.arn', 'true', 'null', '1e3', '-1', '"arn:aws:sqs:us-east-1:123456789012:q"',
    'resource "aws_lambda_event_source_mapping" "fuzz" {\n', 'batch_size = 10000\n', 'filter_criteria {\n',
    'filter { pattern = "{\\"a\\":[1]}" }\n', 'dynamic "filter" {\n', 'starting_position = "LATEST"\n',
  ];

  const fragment = fc.oneof(
    { weight: 5, arbitrary: fc.array(fc.constantFrom(...TOKENS), { maxLength: 5 }).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }).map((t) => (strict ? t : t.replace(/\r(?!\n)/g, '\r\n'))) },
  );

  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fragment }),
    fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(40) }),
    fc.record({ op: fc.constant('replace' as const), at: fc.nat(), length: fc.nat(10), text: fragment }),
    fc.record({ op: fc.constant('shuffleLines' as const), keys: fc.array(fc.nat(1000), { minLength: 1, maxLength: 200 }) }),
    fc.record({ op: fc.constant('paste' as const), at: fc.nat(), file: fc.nat(corpus.length - 1), from: fc.nat(), length: fc.nat(300) }),
  );

  // A character past the end of a line means the end of that line (the server once deleted the line break).
  const pastEnd = strict ? fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 5 }) }) : fc.constant(0);

  const editSpec: fc.Arbitrary<EditSpec> = fc.record({
    line: fc.nat(),
    character: fc.nat(),
    pastEnd,
    lines: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(3) }),
    endCharacter: fc.nat(),
    endPastEnd: pastEnd,
    beyondLastLine: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    text: fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 4, arbitrary: fragment }),
  });

  const tweakSpec: fc.Arbitrary<TweakSpec> = fc.record({
    line: fc.nat(),
    op: fc.constantFrom('letter-in-string' as const, 'digit-in-number' as const, 'blank-line' as const, 'comment-line' as const, 'delete-attribute-line' as const),
    letter: fc.constantFrom('a', 'Z', '-', 'ü', '🚀', ' '),
  });

  function applyMutation(text: string, m: Mutation): string {
    // In relaxed mode, an offset between \r and \n is moved before the pair (it would leave a lone \r).
    const snap = (offset: number) => (!strict && text[offset - 1] === '\r' && text[offset] === '\n' ? offset - 1 : offset);
    const at = (n: number) => snap(n % (text.length + 1));
    const end = (n: number, length: number) => snap(Math.min(text.length, at(n) + length));
    switch (m.op) {
      case 'truncate':
        return text.slice(0, at(m.at));
      case 'insert':
        return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
      case 'delete':
        return text.slice(0, at(m.at)) + text.slice(end(m.at, m.length));
      case 'replace':
        return text.slice(0, at(m.at)) + m.text + text.slice(end(m.at, m.length));
      case 'shuffleLines': {
        // Lines keep their own line break, so CRLF stays CRLF.
        const lines = text.split(/(?<=\n)/);
        const order = lines.map((line, i) => ({ line, key: m.keys[i % m.keys.length]! * 1000 + i }));
        return order.sort((a, b) => a.key - b.key).map((o) => o.line).join('');
      }
      case 'paste': {
        const source = corpus[m.file]!.text;
        const from = m.from % (source.length + 1);
        return text.slice(0, at(m.at)) + source.slice(from, from + m.length) + text.slice(at(m.at));
      }
    }
  }

  return { fragment, mutation, editSpec, tweakSpec, applyMutation };
}

/** Lengths of the document's lines in UTF-16 units, as LSP counts lines (\n, \r\n and \r end a line). */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

/** Applies one change as an LSP client does, positions resolved on the text as it is before the change. */
export function applyChange(text: string, change: TextDocumentContentChangeEvent): string {
  if (!('range' in change)) return change.text;
  const document = TextDocument.create('file:///mirror.tf', 'terraform', 0, text);
  const start = document.offsetAt(change.range.start);
  const end = document.offsetAt(change.range.end);
  return text.slice(0, start) + change.text + text.slice(Math.max(start, end));
}

export function resolveEdit(text: string, spec: EditSpec): TextDocumentContentChangeEvent {
  const lengths = lineLengths(text);
  const lineCount = lengths.length;
  const startLine = spec.beyondLastLine ? lineCount + (spec.line % 2) : spec.line % lineCount;
  const lengthOf = (line: number) => lengths[line] ?? 0;
  const startCharacter = spec.pastEnd > 0 ? lengthOf(startLine) + spec.pastEnd : spec.character % (lengthOf(startLine) + 1);
  const endLine = startLine + spec.lines;
  let endCharacter = spec.endPastEnd > 0 ? lengthOf(endLine) + spec.endPastEnd : spec.endCharacter % (lengthOf(endLine) + 1);
  if (endLine === startLine && endCharacter < startCharacter) endCharacter = startCharacter;
  return { range: { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } }, text: spec.text };
}

/** The change a tweak makes on the current text, or undefined when no line fits. */
export function resolveTweak(text: string, spec: TweakSpec): TextDocumentContentChangeEvent | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const at = (line: number, character: number) => ({ line, character });
  for (let k = 0; k < lines.length; k++) {
    const line = (spec.line + k) % lines.length;
    const content = lines[line]!;
    switch (spec.op) {
      case 'letter-in-string': {
        const m = /^\s*[A-Za-z_][\w-]*\s*=\s*"[^"\\$%]*"\s*$/.exec(content);
        if (!m) break;
        const quote = content.indexOf('"');
        return { range: { start: at(line, quote + 1), end: at(line, quote + 1) }, text: spec.letter };
      }
      case 'digit-in-number': {
        const m = /^(\s*[A-Za-z_][\w-]*\s*=\s*)\d+\s*$/.exec(content);
        if (!m) break;
        return { range: { start: at(line, m[1]!.length), end: at(line, m[1]!.length) }, text: '1' };
      }
      case 'blank-line':
        return { range: { start: at(line, 0), end: at(line, 0) }, text: eol };
      case 'comment-line':
        if (/<<|^\s*[A-Z0-9_]+\s*$/.test(content)) break; // Not next to heredocs.
        return { range: { start: at(line, 0), end: at(line, 0) }, text: `# note ${spec.letter}${eol}` };
      case 'delete-attribute-line':
        if (!/^\s*[A-Za-z_][\w-]*\s*=\s*("[^"\\]*"|-?\d+|true|false|null|[a-z_][\w.-]*)\s*$/.test(content) || line + 1 >= lines.length) break;
        return { range: { start: at(line, 0), end: at(line + 1, 0) }, text: '' };
    }
  }
  return undefined;
}
