// A pattern written as JSON text inside a string stays a string of the same kind: an HCL quoted string
// with its escapes, a heredoc (`<<-` keeping its indentation), a `.tf.json` string, a TypeScript string in
// its quotes. The JSON text keeps its layout (one line, or indented as it was).

import type { TextEdit } from '../model/problem';
import { rangeOf } from '../model/sourceRange';
import type { StringValue } from '../model/value';
import { heredocLines } from '../extract/hcl/readHclString';
import type { JsonNode } from '../patterns/jsonNode';
import { parseJson } from '../patterns/parseJson';
import { numbersOfJson, numberTextKeeping } from './keptNumbers';
import { layoutOfPattern, withoutStrings } from './patternLayout';
import { jsonSyntax, type PatternSite } from './patternSite';
import { writePattern } from './patternWriter';

export function stringPatternEdit(value: StringValue, site: PatternSite, pattern: JsonNode): TextEdit | string {
  const { range } = value;
  const written = site.text.slice(range.start, range.end);
  const eol = site.layout?.lineEnding ?? '\n';
  const json = newJsonText(value.value, pattern, eol);
  if (value.form === 'heredoc') {
    const header = /^<<(-?)[A-Za-z_][\w-]*/.exec(written);
    if (!header || value.contentStart > range.end) return 'The heredoc holding the pattern could not be read.';
    const contentEnd = Math.max(value.contentStart, site.text.lastIndexOf('\n', range.end - 1) + 1);
    const prefix = header[1] ? heredocIndentation(site.text, value.contentStart, contentEnd) : '';
    return { range: rangeOf(value.contentStart, contentEnd), newText: heredocContent(json, prefix, eol) };
  }
  const quote = written[0];
  if (!quote || !`"'\``.includes(quote) || written.length < 2 || !written.endsWith(quote) || value.contentStart !== range.start + 1) {
    return 'The string holding the pattern is not written where the filter is.';
  }
  // A template literal written over several lines keeps its line breaks.
  if (quote === '`' && written.includes('\n')) return { range, newText: `\`${json.replace(/[\\`]|\$\{/g, (m) => `\\${m}`)}\`` };
  return { range, newText: site.descriptor.string(json, quote) };
}

/** The new pattern as JSON text laid out like `old`, with the blanks around it kept. */
function newJsonText(old: string, pattern: JsonNode, eol: string): string {
  const lead = /^\s*/.exec(old)![0];
  const trail = old.length > lead.length ? /\s*$/.exec(old)![0] : '';
  const body = old.slice(lead.length, old.length - trail.length);
  // The indentation the lines of the JSON are indented from: that of its closing line (in a template
  // literal the first line follows the backtick), else of its one line.
  const base = /[\r\n]/.test(body) ? /^[ \t]*/.exec(body.slice(body.lastIndexOf('\n') + 1))![0] : lead.slice(lead.lastIndexOf('\n') + 1);
  const code = withoutStrings(body);
  const colonSpace = !/":\S/.test(code) || /":\s/.test(code);
  const layout = layoutOfPattern(body, base, { multiline: false, lineEnding: eol, base, unit: '  ', braceSpace: false, commaSpace: colonSpace });
  const text = writePattern(pattern, jsonSyntax(colonSpace), layout, numberTextKeeping(numbersOfJson(parseJson(body).value)));
  return lead + text + trail;
}

/** The spaces `<<-` removes from each line: those of the first line with text, as written. */
function heredocIndentation(text: string, from: number, to: number): string {
  const line = heredocLines(text, from, to, true).find((l) => text.slice(l.start, l.end).trim() !== '');
  if (line) return text.slice(line.start, line.start + line.strip);
  // No content to read it from: the closing marker's indentation.
  return /^[ \t]*/.exec(text.slice(to))![0];
}

/** Heredoc lines: indented by `prefix`, ending with a line break, template sequences doubled. */
function heredocContent(json: string, prefix: string, eol: string): string {
  const lines = json.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => `${line.trim() ? prefix : ''}${line.replace(/([$%])\{/g, (_m, sign: string) => `${sign}${sign}{`)}${eol}`).join('');
}
