// Builders for the text edits that quick fixes make, in the mapping's relative coordinates and in the
// syntax of the file the mapping is written in: `batch_size = 10` in Terraform, `"batch_size": 10` in
// Terraform JSON, `batchSize: 10,` in a CDKTF stack. Each builder first checks that the text it replaces
// is what the fix assumes (the literal, the name, the `.arn`); a value read through a `const`, a spread
// or a variable is not written where the finding points, and then no fix is offered. How a name, a
// literal or an argument is written, in the edit and in the title, is the language descriptor's business.

import { descriptorOf } from '../language/languageDescriptor';
import type { Attribute, Block, Language } from '../model/mapping';
import type { Fix } from '../model/problem';
import type { SourceRange } from '../model/sourceRange';
import type { Layout, LineEnding } from './layout';

/**
 * Where a fix is written: the mapping's language and the text of its block (ranges are relative to it).
 * A rule's context is one.
 */
export interface FixSite {
  readonly mapping: { readonly language: Language };
  readonly text: string;
  /** The file around the block; without it, what the block's own text shows. */
  readonly layout?: Layout;
}

/** The fixes that could be built, ready to spread into a finding. */
export function fixesOf(...fixes: (Fix | undefined)[]): { fixes?: Fix[] } {
  const built = fixes.filter((f): f is Fix => f !== undefined);
  return built.length > 0 ? { fixes: built } : {};
}

/** `name = value` as this language writes an argument (without the separator JSON and TS put after it). */
export function argumentText(site: FixSite, name: string, value: string | number): string {
  const literal = typeof value === 'number' ? String(value) : stringLiteral(site, value);
  return descriptorOf(site.mapping.language).argument(name, literal);
}

/**
 * Renames an argument or block (`kind: 'argument'`, camelCase in TypeScript) or an object key (`'key'`,
 * as written in every language) from `oldName` to `newName`, when the range holds `oldName`.
 */
export function renameFix(site: FixSite, range: SourceRange, oldName: string, newName: string, kind: 'argument' | 'key', preferred = true): Fix | undefined {
  const current = site.text.slice(range.start, range.end);
  const quote = /^["']/.test(current) ? current[0]! : '';
  const bare = quote ? current.slice(1, -1) : current;
  const descriptor = descriptorOf(site.mapping.language);
  // The text may hold the name as this language writes it or as Terraform does (the model's name).
  const forms = kind === 'argument' ? [descriptor.name(oldName), oldName] : [oldName];
  if (!forms.includes(bare) || (quote && !current.endsWith(quote))) return undefined;
  const name = kind === 'argument' ? descriptor.name(newName) : newName;
  // A key keeps its quotes; an identifier is written as the language writes keys (JSON quotes them all),
  // and a name that needs quotes gets them.
  const written = quote ? descriptor.string(name, quote) : /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? descriptor.key(name) : descriptor.string(name);
  // Terraform aligns the `=` of neighbouring arguments: keep it where it was when the spaces allow.
  const padding = site.mapping.language === 'hcl' ? /^( +)=/.exec(site.text.slice(range.end))?.[1] : undefined;
  if (padding) {
    const spaces = ' '.repeat(Math.max(1, padding.length - (written.length - current.length)));
    return { title: `Rename to \`${name}\``, edits: [{ range: { start: range.start, end: range.end + padding.length }, newText: written + spaces }], preferred };
  }
  return { title: `Rename to \`${name}\``, edits: [{ range, newText: written }], preferred };
}

/** Replaces a string literal written at `range` with another string, in the same quotes. */
export function stringValueFix(site: FixSite, range: SourceRange, value: string, preferred = true): Fix | undefined {
  const current = site.text.slice(range.start, range.end);
  if (!/^["'`]/.test(current)) return undefined;
  return { title: `Change to \`${value}\``, edits: [{ range, newText: stringLiteral(site, value, current) }], preferred };
}

/**
 * Replaces a number literal written at `range`: "Change to 10", or, with `argument`, "Set `batch_size = 10`"
 * (the argument as this language writes it).
 */
export function numberValueFix(site: FixSite, range: SourceRange, value: number, preferred = true, argument?: string): Fix | undefined {
  const current = site.text.slice(range.start, range.end);
  // Only a number as written: an expression that computes the number (`local.base * 2`) is not replaced.
  if (!/^[+-]?(\d|\.\d)[\w.]*([eE][+-]\d+)?$/.test(current)) return undefined;
  const title = argument ? `Set \`${argumentText(site, argument, value)}\`` : `Change to ${value}`;
  return { title, edits: [{ range, newText: String(value) }], preferred };
}

/**
 * Points a reference at another attribute of the same resource: `aws_sqs_queue.q.url` → `.arn` in
 * Terraform, `queue.url` → `queue.arn` in a stack, `"${aws_sqs_queue.q.url}"` in Terraform JSON.
 */
export function referenceAttributeFix(site: FixSite, range: SourceRange, oldAttribute: string, newAttribute: string, preferred = true): Fix | undefined {
  const current = site.text.slice(range.start, range.end);
  const descriptor = descriptorOf(site.mapping.language);
  const [from, to] = [oldAttribute, newAttribute].map((a) => descriptor.attribute(a));
  const tail = site.mapping.language === 'tfjson' ? /\s*\}"$/.exec(current)?.[0] : '';
  if (tail === undefined) return undefined;
  const end = current.length - tail.length;
  if (!current.slice(0, end).endsWith(`.${from}`)) return undefined;
  const start = range.start + end - from!.length;
  const expression = current.slice(0, end - from!.length) + to;
  const shown = site.mapping.language === 'tfjson' ? expression.replace(/^"\$\{\s*/, '') : expression;
  return { title: `Use \`${shown}\``, edits: [{ range: { start, end: start + from!.length }, newText: to! }], preferred };
}

/**
 * Removes an argument or block ("Remove `batch_size`") with what separates it from its neighbours (a
 * comma in JSON and TypeScript), and its line when nothing else is on it. Not for items written
 * elsewhere (a spread).
 */
export function removeFix(site: FixSite, item: Attribute | Block, preferred = true): Fix | undefined {
  const nameRange = 'name' in item ? item.nameRange : item.typeRange;
  // In a stack, an argument that comes from a spread or a `const` has its use as both ranges.
  if (nameRange === item.range) return undefined;
  const title = `Remove \`${descriptorOf(site.mapping.language).name('name' in item ? item.name : item.type)}\``;
  const text = site.text;
  let { start, end } = item.range;
  if (site.mapping.language === 'tfjson') {
    // A block's range is its object; with its key when the key holds just this object.
    if (!('name' in item) && /^\s*:\s*$/.test(text.slice(item.typeRange.end, start))) start = item.typeRange.start;
    const after = skipBlanks(text, end);
    if (text[after] === ',') end = after + 1;
    else {
      const before = skipBlanksBack(text, start);
      if (text[before - 1] === ',') start = before - 1;
    }
  }
  // The whole line goes when the item is alone on it.
  const lineStart = skipSpacesBack(text, start);
  const lineEnd = skipSpaces(text, end);
  if ((lineStart === 0 || text[lineStart - 1] === '\n') && /^(\r?\n|$)/.test(text.slice(lineEnd))) {
    start = lineStart;
    end = lineEnd + (text[lineEnd] === '\r' ? 2 : text[lineEnd] === '\n' ? 1 : 0);
  }
  return { title, edits: [{ range: { start, end }, newText: '' }], preferred };
}

/**
 * Adds an argument as the first line of a block, indented like the block's content, on a line of its
 * own: a block written on one line (`{ function_name = "f" }`) is opened onto several, since Terraform
 * wants a line break after each argument of a block that has more than one. `note` follows the
 * argument in the title ("(new records only)"). Not offered when the block has no braces of its own
 * here (a stack's config held in a `const`).
 */
export function insertArgumentFix(site: FixSite, block: Block, name: string, value: string | number, preferred = true, note?: string): Fix | undefined {
  const text = site.text;
  const open = block.bodyStart;
  // Written already, with a value that evaluates to null: a second one would not parse.
  if (text[open - 1] !== '{' || block.nulled?.has(name)) return undefined;
  const argument = argumentText(site, name, value);
  const title = `Add \`${argument}\`${note ? ` ${note}` : ''}`;
  const eol = lineEndingOf(site);
  // JSON allows no comma before `}`; a TypeScript object literal does, so it always gets one.
  const first = skipBlanks(text, open);
  const empty = text[first] === '}';
  const separator = site.mapping.language === 'tfjson' && empty ? '' : descriptorOf(site.mapping.language).separator;
  const indentation = indentationInside(site, block);
  const line = `${indentation}${argument}${separator}`;
  const lineEnd = lineEndAt(text, open);
  const restOfLine = text.slice(open, lineEnd);
  // The usual block: the brace ends its line.
  if (/^[ \t]*$/.test(restOfLine) && lineEnd < text.length) return { title, edits: [{ range: { start: open, end: open }, newText: `${eol}${line}` }], preferred };
  // A comment after the brace stays there; the argument goes on the next line.
  if (/^[ \t]*(#|\/\/)/.test(restOfLine) && lineEnd < text.length) {
    const next = lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1);
    return { title, edits: [{ range: { start: next, end: next }, newText: `${line}${eol}` }], preferred };
  }
  // Something follows the brace on its line: that goes on the line after the argument, and the closing
  // brace on a line of its own when it shares the last item's.
  const outer = lineIndentationAt(site, open);
  if (empty) return { title, edits: [{ range: { start: open, end: first }, newText: `${eol}${line}${eol}${outer}` }], preferred };
  const edits = [{ range: { start: open, end: first }, newText: `${eol}${line}${eol}${indentation}` }];
  // The closing brace follows the last item (and its comma); the block's range may go on past it (`)`).
  let contentEnd = Math.max(...[...block.attributes.values()].map((a) => a.range.end), ...block.blocks.map((b) => b.range.end));
  if (text[skipBlanks(text, contentEnd)] === ',') contentEnd = skipBlanks(text, contentEnd) + 1;
  const close = skipBlanks(text, contentEnd);
  if (contentEnd > first && text[close] === '}' && !/[\r\n]/.test(text.slice(contentEnd, close))) edits.push({ range: { start: contentEnd, end: close }, newText: `${eol}${outer}` });
  return { title, edits, preferred };
}

/**
 * A string literal as this language writes it, in the quotes of `like` (a literal it replaces) or else of
 * the block's text (TypeScript has a choice; the others always write `"`).
 */
function stringLiteral(site: FixSite, value: string, like?: string): string {
  return descriptorOf(site.mapping.language).string(value, like ?? (site.text.split("'").length > site.text.split('"').length ? "'" : '"'));
}

/** The line ending the fix writes: the file's, else that of the block's own text. */
function lineEndingOf(site: FixSite): LineEnding {
  return site.layout?.lineEnding ?? (site.text.includes('\r\n') ? '\r\n' : '\n');
}

/** Where the line holding `at` ends (at its `\r\n` or `\n`, or the end of the text). */
function lineEndAt(text: string, at: number): number {
  while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
  return at;
}

/** The spaces and tabs that start the line holding `at`. */
export function lineIndentationAt(site: FixSite, at: number): string {
  const lineStart = site.text.lastIndexOf('\n', at - 1) + 1;
  // The block's text starts at its first token: on its first line, the indentation is before it.
  if (lineStart === 0) return site.layout?.indentation ?? '';
  return /^[ \t]*/.exec(site.text.slice(lineStart))![0];
}

function indentationInside(site: FixSite, block: Block): string {
  const text = site.text;
  const firstInner = [...block.attributes.values()].map((a) => a.range.start).concat(block.blocks.map((b) => b.range.start)).sort((a, b) => a - b)[0];
  if (firstInner !== undefined && firstInner >= block.bodyStart) {
    const lineStart = text.lastIndexOf('\n', firstInner - 1) + 1;
    const before = text.slice(lineStart, firstInner);
    if (/^[ \t]*$/.test(before)) return before;
  }
  // One more level than the line the block opens on.
  return lineIndentationAt(site, block.bodyStart) + '  ';
}

function skipSpaces(text: string, at: number): number {
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

function skipSpacesBack(text: string, at: number): number {
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at;
}

function skipBlanks(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

function skipBlanksBack(text: string, at: number): number {
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  return at;
}
