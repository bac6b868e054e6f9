// jsonc-parser reads JSON by recursive descent, and the stack ends a few thousand levels down. Before
// parsing, the contents of arrays and objects nested deeper than a limit are replaced by spaces: the
// brackets stay (an empty array or object), so the text keeps its offsets and its validity. Nothing
// that deep is read anyway (values stop at `MAX_NESTING`), so the model does not change.

/** `text` with every array or object deeper than `limit` emptied; the same string when there is none. */
export function flattenDeepJson(text: string, limit: number): string {
  let depth = 0;
  let out: string[] | undefined;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i = stringEnd(text, i);
    } else if (c === 47 /* / */ && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) {
      i = commentEnd(text, i);
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > limit) {
        const close = matchingClose(text, i);
        out ??= [];
        out.push(text.slice(copied, i + 1), blank(text.slice(i + 1, close)));
        copied = close;
        i = close - 1;
        depth--;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depth > 0) depth--;
    }
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/** The offset of the bracket that closes the one at `open`, or the text's length. */
function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) i = stringEnd(text, i);
    else if (c === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) i = commentEnd(text, i);
    else if (c === 123 || c === 91) depth++;
    else if ((c === 125 || c === 93) && --depth === 0) return i;
  }
  return text.length;
}

/** The offset of the quote that ends the string opened at `open` (or of the line break that cuts it). */
function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 34 || c === 10 || c === 13) return i;
  }
  return text.length;
}

function commentEnd(text: string, start: number): number {
  if (text.charCodeAt(start + 1) === 47) {
    const end = text.indexOf('\n', start);
    return end < 0 ? text.length : end;
  }
  const end = text.indexOf('*/', start + 2);
  return end < 0 ? text.length : end + 1;
}

/** Spaces in place of every character but line breaks, so lines stay where they are. */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}
