// Where the cursor is inside a filter pattern written in a `.tf` file: `jsonencode({ … })` (HCL object
// syntax), a quoted string of escaped JSON, or a heredoc of JSON. The pattern is read up to the cursor
// only, with one small scanner for both object syntaxes (keys bare or quoted, `=` or `:`, commas or line
// breaks), so a half-written pattern still says which keys lead to the cursor.

import type { PatternTarget } from '../../language/cursorContext';
import type { TextSource } from '../../model/textSource';
import { isWordChar } from './scanHclToCursor';

/** The pattern text before the cursor as the pattern's syntax reads it, and the file offset of each of its characters. */
interface PatternSource {
  readonly syntax: PatternTarget['syntax'];
  readonly chars: string;
  readonly offsetOf: (index: number) => number;
}

/** `valueStart` is where the `pattern` argument's value starts, `cursor` the cursor (both file offsets). */
export function hclPatternContextAt(text: TextSource, valueStart: number, cursor: number): PatternTarget | undefined {
  const source = patternSource(text, valueStart, cursor);
  if (!source) return undefined;
  const found = scanPattern(source.chars, source.syntax === 'hcl');
  if (!found) return undefined;
  const { containers, prefixStart, inString } = found;
  const index = containers.length - 1;
  const current = containers[index]!;
  const parent = containers[index - 1];
  const inOperatorObject = (i: number): boolean => containers[i]?.type === 'obj' && isValueArray(containers[i - 1]);
  let role: PatternTarget['role'];
  let keys: string[];
  let operator: string | undefined;
  if (current.type === 'obj') {
    const operatorObject = inOperatorObject(index);
    if (current.state === 'key') {
      role = operatorObject ? 'operator' : 'key';
      keys = keysTo(containers, operatorObject ? index - 1 : index);
    } else if (current.state === 'value') {
      role = 'value';
      if (operatorObject) {
        operator = current.key;
        keys = keysTo(containers, index - 1);
      } else {
        keys = [...keysTo(containers, index), current.key ?? ''];
      }
    } else {
      return undefined;
    }
  } else {
    role = 'value';
    if (parent && inOperatorObject(index - 1)) {
      operator = current.parentKey;
      keys = keysTo(containers, index - 2);
    } else {
      keys = keysTo(containers, index);
    }
  }
  const start = source.offsetOf(prefixStart);
  const end = inString ? stringEnd(text, cursor) : wordEnd(text, cursor);
  const present = current.type === 'obj' && role !== 'value' ? current.keys : [];
  return {
    kind: 'pattern',
    keys,
    role,
    ...(operator !== undefined ? { operator } : {}),
    prefix: source.chars.slice(prefixStart),
    range: { start, end },
    syntax: source.syntax,
    quote: inString ? 'inside' : 'none',
    present,
  };
}

function patternSource(text: TextSource, valueStart: number, cursor: number): PatternSource | undefined {
  const raw = text.slice(valueStart, cursor);
  const lead = /^[ \t]*/.exec(raw)![0].length;
  const rest = raw.slice(lead);
  const identity = (base: number): ((i: number) => number) => (i) => base + i;
  const call = /^jsonencode[ \t\r\n]*\(/.exec(rest);
  if (call) {
    const base = valueStart + lead + call[0].length;
    return { syntax: 'hcl', chars: raw.slice(lead + call[0].length), offsetOf: identity(base) };
  }
  const heredoc = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(rest);
  if (heredoc) {
    const base = valueStart + lead + heredoc[0].length;
    const body = raw.slice(lead + heredoc[0].length);
    // The heredoc closed before the cursor: the cursor is after the pattern.
    if (body.split(/\r?\n/).slice(0, -1).some((line) => line.trim() === heredoc[1])) return undefined;
    return { syntax: 'json', chars: body, offsetOf: identity(base) };
  }
  if (rest.startsWith('"')) return unescapedString(raw, valueStart + lead + 1, lead + 1);
  return undefined;
}

/** The text of a quoted HCL string from `from` (in `raw`) to the cursor, unescaped, or undefined when it closed. */
function unescapedString(raw: string, base: number, from: number): PatternSource | undefined {
  let chars = '';
  const offsets: number[] = [];
  for (let i = from; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '"' || c === '\n' || c === '\r') return undefined;
    offsets.push(base + i - from);
    if (c !== '\\') {
      chars += c;
      continue;
    }
    const next = raw[i + 1];
    if (next === undefined) {
      // A backslash just typed: the escape is not written yet.
      offsets.pop();
      break;
    }
    const unicode = next === 'u' ? /^[0-9a-fA-F]{4}/.exec(raw.slice(i + 2)) : null;
    chars += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : unicode ? String.fromCharCode(parseInt(unicode[0], 16)) : next;
    i += unicode ? 5 : 1;
  }
  const end = base + raw.length - from;
  return { syntax: 'jsonInString', chars, offsetOf: (i) => (i < offsets.length ? offsets[i]! : end) };
}

interface PatternContainer {
  readonly type: 'obj' | 'arr';
  /** The key this container is the value of, in the object around it. */
  readonly parentKey: string | undefined;
  /** For objects: the keys written so far, the last key, and what comes next. */
  readonly keys: string[];
  key: string | undefined;
  state: 'key' | 'afterKey' | 'value' | 'afterValue';
}

/** An array of values (not the list of sub-patterns of `$or`): objects in it hold operators. */
function isValueArray(container: PatternContainer | undefined): boolean {
  return container?.type === 'arr' && container.parentKey !== '$or';
}

/** The keys from the root to container `index` (`$or` arrays add none: their objects continue the path). */
function keysTo(containers: readonly PatternContainer[], index: number): string[] {
  const out: string[] = [];
  for (let i = 1; i <= index; i++) {
    const key = containers[i]!.parentKey;
    if (key !== undefined && key !== '$or') out.push(key);
  }
  return out;
}

function scanPattern(s: string, hcl: boolean): { containers: PatternContainer[]; prefixStart: number; inString: boolean } | undefined {
  const containers: PatternContainer[] = [];
  let started = false;
  const top = (): PatternContainer | undefined => containers[containers.length - 1];
  const atom = (value: string): void => {
    const t = top();
    if (t?.type !== 'obj') return;
    if (t.state === 'key') {
      t.key = value;
      t.keys.push(value);
      t.state = 'afterKey';
    } else if (t.state === 'value') {
      t.state = 'afterValue';
    }
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (started && containers.length === 0) return undefined; // the pattern closed before the cursor
    if (c === '\n') {
      const t = top();
      if (hcl && t?.type === 'obj' && t.state === 'afterValue') t.state = 'key';
      i++;
    } else if (hcl && (c === '#' || (c === '/' && s[i + 1] === '/'))) {
      const stop = s.indexOf('\n', i);
      if (stop < 0) return undefined;
      i = stop;
    } else if (hcl && c === '/' && s[i + 1] === '*') {
      const stop = s.indexOf('*/', i + 2);
      if (stop < 0) return undefined;
      i = stop + 2;
    } else if (c === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"' && !(hcl && s[j] === '\n')) j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) return containers.length ? { containers, prefixStart: i + 1, inString: true } : undefined;
      atom(s.slice(i + 1, j).replace(/\\(.)/g, '$1'));
      i = j + 1;
    } else if (c === '{' || c === '[') {
      const t = top();
      const parentKey = t?.type === 'obj' && t.state === 'value' ? t.key : undefined;
      containers.push({ type: c === '{' ? 'obj' : 'arr', parentKey, keys: [], key: undefined, state: 'key' });
      started = true;
      i++;
    } else if (c === '}' || c === ']') {
      containers.pop();
      const t = top();
      if (t?.type === 'obj' && t.state === 'value') t.state = 'afterValue';
      i++;
    } else if (c === ',') {
      const t = top();
      if (t?.type === 'obj') t.state = 'key';
      i++;
    } else if (c === ':' || c === '=') {
      const t = top();
      if (t?.type === 'obj' && t.state === 'afterKey') t.state = 'value';
      i++;
    } else if (isWordChar(c.charCodeAt(0)) || c === '$' || c === '.' || c === '+') {
      let j = i + 1;
      while (j < s.length && (isWordChar(s.charCodeAt(j)) || s[j] === '$' || s[j] === '.' || s[j] === '+')) j++;
      if (j >= s.length) return containers.length ? { containers, prefixStart: i, inString: false } : undefined;
      atom(s.slice(i, j));
      i = j;
    } else {
      i++;
    }
  }
  return containers.length ? { containers, prefixStart: s.length, inString: false } : undefined;
}

/** The end of the string text at the cursor: up to a quote, a backslash (an escaped quote) or the line's end. */
function stringEnd(text: TextSource, cursor: number): number {
  let end = cursor;
  for (let c = text.charCodeAt(end); end < text.length && c !== 34 && c !== 92 && c !== 10 && c !== 13; c = text.charCodeAt(++end));
  return end;
}

function wordEnd(text: TextSource, cursor: number): number {
  let end = cursor;
  while (end < text.length && (isWordChar(text.charCodeAt(end)) || text.charCodeAt(end) === 36)) end++;
  return end;
}
