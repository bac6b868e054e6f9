// Turns the text of an HCL quoted string or heredoc into its value, following HCL's escapes. Templates
// with interpolations or directives have no static value and come back undefined.

import type { SyntaxNode } from './syntaxNode';

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** Unescapes the text between the quotes of a quoted HCL string. */
export function unescapeQuoted(raw: string): string | undefined {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === '\\') {
      const next = raw[i + 1];
      if (next === undefined) return undefined;
      if (next in ESCAPES) {
        out += ESCAPES[next];
        i++;
      } else if (next === 'u' || next === 'U') {
        const width = next === 'u' ? 4 : 8;
        const hex = raw.slice(i + 2, i + 2 + width);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) return undefined;
        out += String.fromCodePoint(parseInt(hex, 16));
        i += 1 + width;
      } else {
        return undefined;
      }
    } else if ((ch === '$' || ch === '%') && raw[i + 1] === ch && raw[i + 2] === '{') {
      out += ch + '{';
      i += 2;
    } else {
      out += ch;
    }
  }
  return out;
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
 * Reads a heredoc: the content is the lines between the header line and the closing marker; `<<-`
 * removes the smallest indentation of the non-blank lines, as Terraform does.
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
  const closerLineStart = text.lastIndexOf('\n', closer.start - 1) + 1;
  let content = text.slice(contentStart, Math.max(contentStart, closerLineStart));
  if (text.slice(start.start, start.end) === '<<-') {
    // As HCL does: any Unicode space counts as indentation, and lines of spaces alone stay as they are.
    const lines = content.split('\n');
    const indent = (line: string) => /^[^\S\r\n]*/.exec(line)![0].length;
    const written = lines.filter((l) => l.trim().length > 0);
    const strip = written.length > 0 ? Math.min(...written.map(indent)) : 0;
    content = lines.map((l) => (l.trim().length > 0 ? l.slice(strip) : l)).join('\n');
  }
  return { value: unescapeHeredoc(content), contentStart };
}
