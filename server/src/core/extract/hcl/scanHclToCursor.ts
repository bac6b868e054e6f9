// A small lexical scan of HCL text from a top-level block's start up to the cursor, for completion. It
// does not need the text to parse: it tracks only what the cursor's context depends on (open blocks with
// their names, the argument whose value is being written, open brackets and strings), so a half-typed
// line, an unterminated string or a missing `}` still gives an answer. Quoted strings end at a line break
// (HCL strings cannot span lines), so an unterminated one never swallows the blocks after it.

import type { TextSource } from '../../model/textSource';

/** An open block body; `name` is its path segment (undefined for the resource body and `content` of `dynamic`). */
export interface ScannedBody {
  readonly name: string | undefined;
  readonly dynamic: boolean;
  /** Argument and block names written in this body before the cursor. */
  readonly present: string[];
}

/** An open bracket, string or `${…}` of an argument's value. */
export type ExprFrame = { readonly t: '(' | '[' | '{' | 'interp' } | { readonly t: 'str'; readonly contentStart: number; segmentStart: number };

export interface HclScan {
  /** Where the scan ended: the cursor is in a comment, a heredoc, a header label, at an item of a body, or in a value. */
  readonly mode: 'comment' | 'heredoc' | 'label' | 'item' | 'itemName' | 'header' | 'expr';
  readonly bodies: readonly ScannedBody[];
  /** The top-level block's keyword, its start and its labels (those of the block being opened while `bodies` is empty). */
  readonly keyword: string;
  readonly keywordStart: number;
  readonly labels: readonly string[];
  /** For `label` mode: where the open label's text starts. */
  readonly labelStart: number;
  /** For `expr` mode: the argument, where its value starts and what is open in it. */
  readonly attribute: string;
  readonly valueStart: number;
  readonly stack: readonly ExprFrame[];
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const BACKSLASH = 92;

export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

export function scanHclToCursor(text: TextSource, start: number, end: number): HclScan {
  const bodies: ScannedBody[] = [];
  let mode: HclScan['mode'] = 'item';
  let itemName = '';
  let itemStart = start;
  let labels: string[] = [];
  let keyword = '';
  let keywordStart = start;
  let topLabels: string[] = [];
  let attribute = '';
  let valueStart = start;
  let stack: ExprFrame[] = [];
  const result = (m: HclScan['mode'], labelStart = -1): HclScan => {
    const atTop = bodies.length === 0;
    return {
      mode: m,
      bodies,
      keyword: atTop ? itemName : keyword,
      keywordStart: atTop ? itemStart : keywordStart,
      labels: atTop ? labels : topLabels,
      labelStart,
      attribute,
      valueStart,
      stack,
    };
  };
  let pos = start;
  while (pos < end) {
    const c = text.charCodeAt(pos);
    const frame = stack[stack.length - 1];
    if (frame?.t === 'str') {
      if (c === QUOTE) {
        stack.pop();
        pos++;
      } else if (c === BACKSLASH) {
        pos += 2;
      } else if (c === LF || c === CR) {
        // An unterminated string ends at the line break, with whatever `${` it opened.
        stack = stack.slice(0, stack.findIndex((f) => f.t === 'str'));
      } else if ((c === 36 || c === 37) && text.charCodeAt(pos + 1) === 123) {
        stack.push({ t: 'interp' });
        pos += 2;
      } else if (c === 36 && text.charCodeAt(pos + 1) === 36) {
        pos += 2;
      } else {
        pos++;
      }
      continue;
    }
    if (c === 32 || c === 9 || c === CR) {
      pos++;
      continue;
    }
    if (c === LF) {
      if (mode === 'expr' && stack.length === 0) mode = 'item';
      else if (mode === 'itemName' || mode === 'header') mode = 'item';
      pos++;
      continue;
    }
    if (c === 35 || (c === 47 && text.charCodeAt(pos + 1) === 47)) {
      pos = lineEnd(text, pos, end);
      if (pos >= end) return result('comment');
      continue;
    }
    if (c === 47 && text.charCodeAt(pos + 1) === 42) {
      const close = indexOf(text, '*/', pos + 2, end);
      if (close < 0) return result('comment');
      pos = close + 2;
      continue;
    }
    if (c === QUOTE) {
      if (mode === 'expr') {
        stack.push({ t: 'str', contentStart: pos + 1, segmentStart: pos + 1 });
        pos++;
        continue;
      }
      // A block label.
      const close = labelEnd(text, pos + 1, end);
      if (close >= end) return result('label', pos + 1);
      if (mode === 'itemName' || mode === 'header') {
        labels.push(text.slice(pos + 1, close));
        mode = 'header';
      }
      pos = close + 1;
      continue;
    }
    if (mode === 'expr' && c === 60 && text.charCodeAt(pos + 1) === 60) {
      const heredoc = skipHeredoc(text, pos, end);
      if (heredoc < 0) return result('heredoc');
      pos = heredoc;
      continue;
    }
    if (c === 123) {
      pos++;
      if (mode === 'expr') {
        stack.push({ t: '{' });
        continue;
      }
      openBody();
      continue;
    }
    if (c === 125) {
      pos++;
      if (mode === 'expr' && stack.length > 0) {
        const closed = stack.pop()!;
        const str = stack[stack.length - 1];
        if (closed.t === 'interp' && str?.t === 'str') str.segmentStart = pos;
        continue;
      }
      bodies.pop();
      mode = 'item';
      if (bodies.length === 0) {
        itemName = '';
        labels = [];
      }
      continue;
    }
    if (mode === 'expr' && (c === 40 || c === 91)) {
      stack.push({ t: c === 40 ? '(' : '[' });
      pos++;
      continue;
    }
    if (mode === 'expr' && (c === 41 || c === 93)) {
      stack.pop();
      pos++;
      continue;
    }
    if (c === 61 && mode === 'itemName') {
      mode = 'expr';
      attribute = itemName;
      bodies[bodies.length - 1]?.present.push(itemName);
      valueStart = pos + 1;
      stack = [];
      pos++;
      continue;
    }
    if (isWordChar(c)) {
      let wordEnd = pos + 1;
      while (wordEnd < end && isWordChar(text.charCodeAt(wordEnd))) wordEnd++;
      // A word that reaches the cursor is what is being typed: the mode before it is the context.
      if (wordEnd >= end) break;
      if (mode === 'item') {
        itemName = text.slice(pos, wordEnd);
        itemStart = pos;
        labels = [];
        mode = 'itemName';
      } else if (mode === 'itemName' || mode === 'header') {
        labels.push(text.slice(pos, wordEnd));
        mode = 'header';
      }
      pos = wordEnd;
      continue;
    }
    pos++;
  }
  return result(mode);

  function openBody(): void {
    const parent = bodies[bodies.length - 1];
    if (!parent) {
      keyword = itemName;
      keywordStart = itemStart;
      topLabels = labels;
      bodies.push({ name: undefined, dynamic: false, present: [] });
    } else if (mode !== 'itemName' && mode !== 'header') {
      // A brace where no block name is written: nothing sensible to name it.
      bodies.push({ name: '', dynamic: false, present: [] });
    } else if (itemName === 'dynamic') {
      parent.present.push(labels[0] ?? '');
      bodies.push({ name: labels[0] ?? '', dynamic: true, present: [] });
    } else if (parent.dynamic && itemName === 'content') {
      // `dynamic "x" { content { … } }`: the content is the body of the `x` blocks, so it adds no segment.
      bodies.push({ name: undefined, dynamic: false, present: [] });
    } else {
      parent.present.push(itemName);
      bodies.push({ name: itemName, dynamic: false, present: [] });
    }
    mode = 'item';
  }
}

/** The offset of the line break at or after `pos`, or `end`. */
function lineEnd(text: TextSource, pos: number, end: number): number {
  while (pos < end) {
    const c = text.charCodeAt(pos);
    if (c === LF || c === CR) return pos;
    pos++;
  }
  return end;
}

function indexOf(text: TextSource, needle: string, pos: number, end: number): number {
  const found = text.slice(pos, end).indexOf(needle);
  return found < 0 ? -1 : pos + found;
}

/** Where a label string that starts at `pos` (after its quote) closes: its quote, a line break, or `end`. */
function labelEnd(text: TextSource, pos: number, end: number): number {
  while (pos < end) {
    const c = text.charCodeAt(pos);
    if (c === QUOTE || c === LF || c === CR) return pos;
    pos += c === BACKSLASH ? 2 : 1;
  }
  return end;
}

/** The heredoc header `<<EOF`/`<<-EOF` at `pos` → where the heredoc ends, or -1 when the cursor is inside it. */
function skipHeredoc(text: TextSource, pos: number, end: number): number {
  const header = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(pos, Math.min(end, pos + 200)));
  if (!header) {
    // `<<` not (yet) followed by a marker and a line break: at the cursor it is a heredoc being opened.
    return /^<<-?[A-Za-z_\w-]*[ \t]*\r?$/.test(text.slice(pos, Math.min(end, pos + 200))) ? -1 : pos + 2;
  }
  const marker = header[1]!;
  let line = pos + header[0].length;
  while (line < end) {
    const stop = lineEnd(text, line, end);
    if (stop >= end) return -1;
    if (text.slice(line, stop).trim() === marker) return stop;
    line = stop + (text.charCodeAt(stop) === CR && text.charCodeAt(stop + 1) === LF ? 2 : 1);
  }
  return -1;
}
