// Mistakes of someone typing that our grammar reads as something else, because it lets a line break stand
// where HCL does not: `name =` with its value not yet written (the grammar takes the next line as the
// value, and then fails on what follows), a name alone on its line (the grammar takes it for the type of
// a block whose header goes on over the next lines, swallowing the blocks after it), and a quoted string
// not closed on its line (the grammar reads on to the next quote, lines later). HCL rejects each where it
// is ("Invalid expression", "Argument or block definition required", "Invalid multi-line string");
// reporting them there, instead of where the grammar gave up, puts the mark on what the user is typing
// and keeps the text before it checked.

import { rangeOf, type SourceRange } from '../../model/sourceRange';
import type { SyntaxNode } from './syntaxNode';

export interface LineBreakError {
  readonly range: SourceRange;
  readonly message: string;
}

/** The first such mistake in the block, by position, or undefined. Walks with a stack: depth is unbounded here. */
export function firstLineBreakError(node: SyntaxNode, text: string): LineBreakError | undefined {
  const stack: SyntaxNode[] = [node];
  let first: LineBreakError | undefined;
  for (let next = stack.pop(); next; next = stack.pop()) {
    // Nothing inside a node that starts after the best error so far can come before it.
    if (first && next.start >= first.range.start) continue;
    const found = next.type === 'attribute' ? missingValue(next, text) : next.type === 'string_lit' ? unclosedString(next, text) : next.type === 'block' ? brokenHeader(next, text) : undefined;
    if (found && (!first || found.range.start < first.range.start)) first = found;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return first;
}

/** `name =` followed by a line break: HCL wants the value on the same line as its name. */
function missingValue(attribute: SyntaxNode, text: string): LineBreakError | undefined {
  const name = attribute.children[0];
  if (!name || name.type !== 'identifier') return undefined;
  let at = name.end;
  while (at < attribute.end && (text[at] === ' ' || text[at] === '\t')) at++;
  if (text[at] !== '=') return undefined;
  const equals = at++;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
  if (at < text.length && text[at] !== '\n' && text[at] !== '\r') return undefined;
  return { range: rangeOf(name.start, equals + 1), message: noValueMessage(text.slice(name.start, name.end)) };
}

/**
 * A block whose header (type and labels) goes on past its line: the type alone on its line is a name being
 * typed; labels on the next line, or `{` on the next line, are a block HCL cannot read either.
 */
function brokenHeader(block: SyntaxNode, text: string): LineBreakError | undefined {
  const type = block.children[0];
  const open = block.children.find((c) => c.type === 'block_start');
  if (!type || type.type !== 'identifier' || !open) return undefined;
  const header = text.slice(type.end, open.start);
  const lineBreak = header.search(/[\r\n]/);
  if (lineBreak < 0) return undefined;
  const written = text.slice(type.start, type.end);
  // Only blanks up to the line break: the name is alone on its line.
  if (/^[ \t]*$/.test(header.slice(0, lineBreak))) {
    return { range: rangeOf(type.start, type.end), message: aloneMessage(written) };
  }
  return { range: rangeOf(type.start, type.end + lineBreak), message: 'Syntax error: a block\'s `{` must be on the same line as its type and labels.' };
}

/** A quoted string whose literal text holds a line break: its closing quote is missing on that line. */
function unclosedString(string: SyntaxNode, text: string): LineBreakError | undefined {
  const open = string.children[0];
  if (!open || open.type !== 'quoted_template_start') return undefined;
  for (const part of string.children) {
    if (part.type !== 'template_literal') continue;
    const slice = text.slice(part.start, part.end);
    const lineBreak = slice.search(/[\r\n]/);
    if (lineBreak < 0) continue;
    return {
      range: rangeOf(open.start, part.start + lineBreak),
      message: UNCLOSED_STRING_MESSAGE,
    };
  }
  return undefined;
}

export function noValueMessage(name: string): string {
  return `Syntax error: \`${name} =\` has no value. Terraform needs the value on the same line as the name.`;
}

export function aloneMessage(name: string): string {
  return `Syntax error: \`${name}\` alone on its line is neither an argument nor a block; write \`${name} = <value>\`, or a block \`${name} { … }\`.`;
}

export const UNCLOSED_STRING_MESSAGE =
  'Syntax error: this string is not closed on its line. Terraform does not allow a line break inside quotes; close it with `"`, or use a heredoc (`<<EOT`) for text on several lines.';
