// Turns the text of an HCL quoted string or heredoc into its value, following HCL's escapes. Templates
// with interpolations or directives have no static value and come back undefined.

import type { SyntaxNode } from './syntaxNode';

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** Unescapes the text between the quotes of a quoted HCL string. */
export function unescapeQuoted(raw: string): string | undefined {
  let out = '';
  return decodeQuoted(raw, (unit) => (out += unit)) ? out : undefined;
}

/**
 * Decodes a quoted HCL string's text, handing each produced character to `emit` with the index in `raw`
 * of the escape or character it came from (the offset map of filter patterns uses those). False when an
 * escape is malformed.
 */
export function decodeQuoted(raw: string, emit: (unit: string, index: number) => void): boolean {
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === '\\') {
      const next = raw[i + 1];
      if (next === undefined) return false;
      if (next in ESCAPES) {
        emit(ESCAPES[next]!, i);
        i++;
      } else if (next === 'u' || next === 'U') {
        const width = next === 'u' ? 4 : 8;
        const hex = raw.slice(i + 2, i + 2 + width);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) return false;
        emit(String.fromCodePoint(parseInt(hex, 16)), i);
        i += 1 + width;
      } else {
        return false;
      }
    } else if ((ch === '$' || ch === '%') && raw[i + 1] === ch && raw[i + 2] === '{') {
      emit(ch, i);
      emit('{', i + 2);
      i += 2;
    } else {
      emit(ch, i);
    }
  }
  return true;
}

/** Unescapes heredoc content: only `$${` and `%%{` are escapes there. */
function unescapeHeredoc(raw: string): string {
  return raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

/** True when a template has only literal text (no `${…}` or `%{…}`). */
export function isLiteralTemplate(node: SyntaxNode): boolean {
  return !node.children.some((c) => c.type === 'template_interpolation' || c.type === 'template_directive');
}

/**
 * The lines of a heredoc's content `[from, to)` (each with its line break) and how many leading characters
 * `<<-` removes from each: the smallest indentation of the lines that have text, as HCL does, counting
 * any Unicode space; lines of spaces alone stay as they are. Shared by the value and the offset map of
 * filter patterns, so the two cannot disagree.
 */
export function heredocLines(text: string, from: number, to: number, flush: boolean): { start: number; end: number; strip: number }[] {
  const lines: { start: number; end: number; indent: number; blank: boolean }[] = [];
  for (let lineStart = from; lineStart < to; ) {
    const newline = text.indexOf('\n', lineStart);
    const end = newline < 0 || newline >= to ? to : newline + 1;
    const line = text.slice(lineStart, end);
    lines.push({ start: lineStart, end, indent: /^[^\S\r\n]*/.exec(line)![0].length, blank: line.trim().length === 0 });
    lineStart = end;
  }
  const written = lines.filter((l) => !l.blank);
  const strip = flush && written.length > 0 ? Math.min(...written.map((l) => l.indent)) : 0;
  return lines.map((l) => ({ start: l.start, end: l.end, strip: l.blank ? 0 : strip }));
}

/**
 * Reads a heredoc: the content is the lines between the header line and the closing marker, with the
 * indentation `<<-` removes (see `heredocLines`).
 */
export function readHeredoc(node: SyntaxNode, text: string): { value: string; contentStart: number } | undefined {
  if (!isLiteralTemplate(node)) return undefined;
  const start = node.children.find((c) => c.type === 'heredoc_start');
  const identifiers = node.children.filter((c) => c.type === 'heredoc_identifier');
  const opener = identifiers[0];
  const closer = identifiers[identifiers.length - 1];
  if (!start || !opener || !closer || opener === closer) return undefined;
  const newline = text.indexOf('\n', opener.end);
  if (newline < 0 || newline >= closer.start) return { value: '', contentStart: closer.start };
  const contentStart = newline + 1;
  // The closing marker's line may be indented; the content ends at the start of that line.
  const contentEnd = Math.max(contentStart, text.lastIndexOf('\n', closer.start - 1) + 1);
  const flush = text.slice(start.start, start.end) === '<<-';
  const content = heredocLines(text, contentStart, contentEnd, flush)
    .map((l) => text.slice(l.start + l.strip, l.end))
    .join('');
  return { value: unescapeHeredoc(content), contentStart };
}
