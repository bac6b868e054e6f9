// A record as indented JSON, one line per field, with the lines of the fields a filter failed on marked.
// A failure names a dotted path of the pattern; when the record has no field there, the deepest field it
// does have on that path is marked (the object the field is missing from).

import { h } from './dom';

interface Line {
  readonly text: string;
  readonly path: string;
}

/** Deeper than this is shown as `…`: a record is data, and the page must not recurse without bound. */
const MAX_DEPTH = 64;
/** A longer string is cut, with its length said: a megabyte on one line helps nobody read the record. */
const MAX_STRING = 2000;

export function jsonView(value: unknown, failing: readonly string[]): HTMLPreElement {
  const lines: Line[] = [];
  write(value, '', 0, '', '', lines);
  const paths = new Set(lines.map((l) => l.path));
  const marked = new Set(failing.map((path) => deepestPresent(path, paths)));
  const pre = h('pre', { class: 'json' });
  for (const line of lines) {
    if (marked.has(line.path) && line.path !== '') {
      pre.append(h('mark', { class: 'failing', title: 'A filter failed on this field' }, line.text), '\n');
    } else {
      pre.append(line.text + '\n');
    }
  }
  return pre;
}

function deepestPresent(path: string, paths: ReadonlySet<string>): string {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join('.');
    if (paths.has(prefix)) return prefix;
  }
  return '';
}

function write(value: unknown, path: string, depth: number, prefix: string, suffix: string, lines: Line[]): void {
  const indent = '  '.repeat(depth);
  if (value === null || typeof value !== 'object') {
    lines.push({ text: `${indent}${prefix}${scalarText(value)}${suffix}`, path });
    return;
  }
  if (depth >= MAX_DEPTH) {
    lines.push({ text: `${indent}${prefix}…${suffix}`, path });
    return;
  }
  const entries: [string | undefined, unknown][] = Array.isArray(value) ? value.map((v) => [undefined, v]) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    lines.push({ text: `${indent}${prefix}${open}${close}${suffix}`, path });
    return;
  }
  lines.push({ text: `${indent}${prefix}${open}`, path });
  entries.forEach(([key, item], i) => {
    // Array elements share their array's path: patterns address arrays by their field, not by index.
    const itemPath = key === undefined ? path : path ? `${path}.${key}` : key;
    write(item, itemPath, depth + 1, key === undefined ? '' : `${JSON.stringify(key)}: `, i < entries.length - 1 ? ',' : '', lines);
  });
  lines.push({ text: `${indent}${close}${suffix}`, path: `${path}\u0000end` });
}

function scalarText(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  if (typeof value !== 'string' || text.length <= MAX_STRING) return text;
  return `${text.slice(0, MAX_STRING)}… (${value.length.toLocaleString('en-US')} characters in all)`;
}
