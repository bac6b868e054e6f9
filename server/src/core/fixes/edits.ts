// Small builders for the text edits that quick fixes make, in the mapping's relative coordinates.

import type { Attribute, Block } from '../model/mapping';
import type { Fix } from '../model/problem';
import type { SourceRange } from '../model/sourceRange';

/** Replaces a range with new text. */
export function replaceFix(title: string, range: SourceRange, newText: string, preferred = true): Fix {
  return { title, edits: [{ range, newText }], preferred };
}

/** Removes a whole argument or block line(s), including the indentation and the line break. */
export function removeFix(title: string, item: Attribute | Block, text: string, preferred = true): Fix {
  let start = item.range.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  let end = item.range.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  return { title, edits: [{ range: { start, end }, newText: '' }], preferred };
}

/** Inserts `name = value` as the first line of a block, with the block's indentation. */
export function insertArgumentFix(title: string, block: Block, text: string, line: string, preferred = true): Fix {
  const indent = indentationInside(block, text);
  return { title, edits: [{ range: { start: block.bodyStart, end: block.bodyStart }, newText: `\n${indent}${line}` }], preferred };
}

function indentationInside(block: Block, text: string): string {
  const firstInner = [...block.attributes.values()].map((a) => a.range.start).concat(block.blocks.map((b) => b.range.start)).sort((a, b) => a - b)[0];
  if (firstInner !== undefined) {
    const lineStart = text.lastIndexOf('\n', firstInner - 1) + 1;
    return text.slice(lineStart, firstInner);
  }
  const lineStart = text.lastIndexOf('\n', block.range.start - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0] + '  ';
}
