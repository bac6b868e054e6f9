// Writes a filter pattern (a JSON tree) as text in one of the forms a pattern is kept in: JSON text (what a
// string, a heredoc or a `.tf.json` value holds) or an object literal of the file's language (what
// `jsonencode(...)` or `JSON.stringify(...)` encodes). The layout is the one the pattern had in the file:
// one line when it was one line, else one entry a line in the file's indentation.

import type { JsonNode, JsonNumber } from '../patterns/jsonNode';

/** How a form spells the parts of a pattern. */
export interface PatternSyntax {
  key(key: string): string;
  string(value: string): string;
  /** A number given in JSON syntax. */
  number(json: string): string;
  /** A key and its value: `"k": v`, `k = v`, `k: v`. */
  entry(keyText: string, valueText: string): string;
  /** What follows an entry of a multi-line object (a comma, or nothing in HCL). */
  readonly separator: string;
  /** Whether the last entry or item of a multi-line object or list also gets its comma. */
  readonly trailingComma: boolean;
  /** Whether the `=` of neighbouring one-line entries are aligned, as `terraform fmt` does. */
  readonly alignEntries: boolean;
}

export interface PatternLayout {
  readonly multiline: boolean;
  readonly lineEnding: string;
  /** The indentation of the line the pattern starts on. */
  readonly base: string;
  /** One level of indentation. */
  readonly unit: string;
  /** `{ a }` rather than `{a}` for an object on one line. */
  readonly braceSpace: boolean;
  /** `a, b` rather than `a,b` on one line. */
  readonly commaSpace: boolean;
}

/** The text a number at `path` (keys and indexes from the root) keeps, or undefined to write its own. */
export type NumberText = (node: JsonNumber, path: readonly (string | number)[]) => string | undefined;

/** An object inside a list stays on one line up to this length (`[{ numeric = [">", 0] }]`). */
const INLINE_OBJECT_LENGTH = 60;

export function writePattern(node: JsonNode, syntax: PatternSyntax, layout: PatternLayout, numberText: NumberText): string {
  const writer = new Writer(syntax, layout, numberText);
  return layout.multiline ? writer.block(node, layout.base, []) : writer.line(node, []);
}

class Writer {
  constructor(
    private readonly syntax: PatternSyntax,
    private readonly layout: PatternLayout,
    private readonly numberText: NumberText,
  ) {}

  /** The node on one line. */
  line(node: JsonNode, path: (string | number)[]): string {
    const comma = this.layout.commaSpace ? ', ' : ',';
    switch (node.type) {
      case 'object': {
        if (node.properties.length === 0) return '{}';
        const entries = node.properties.map((p) => this.syntax.entry(this.syntax.key(p.key), this.line(p.value, [...path, p.key])));
        const pad = this.layout.braceSpace ? ' ' : '';
        return `{${pad}${entries.join(comma)}${pad}}`;
      }
      case 'array':
        return `[${node.items.map((item, i) => this.line(item, [...path, i])).join(comma)}]`;
      default:
        return this.scalar(node, path);
    }
  }

  /** The node starting on a line indented by `indent`, its entries one a line. */
  block(node: JsonNode, indent: string, path: (string | number)[]): string {
    const eol = this.layout.lineEnding;
    const inner = indent + this.layout.unit;
    if (node.type === 'object') {
      if (node.properties.length === 0) return '{}';
      const keys = node.properties.map((p) => this.syntax.key(p.key));
      const values = node.properties.map((p) => this.block(p.value, inner, [...path, p.key]));
      const widths = this.syntax.alignEntries ? alignedWidths(keys, values) : keys.map((k) => k.length);
      const last = node.properties.length - 1;
      const lines = keys.map((k, i) => `${inner}${this.syntax.entry(k.padEnd(widths[i]!), values[i]!)}${i < last || this.syntax.trailingComma ? this.syntax.separator : ''}`);
      return `{${eol}${lines.join(eol)}${eol}${indent}}`;
    }
    if (node.type === 'array') {
      if (node.items.every((item) => this.fitsInline(item))) return this.line(node, path);
      const last = node.items.length - 1;
      const lines = node.items.map((item, i) => `${inner}${this.item(item, inner, [...path, i])}${i < last || this.syntax.trailingComma ? ',' : ''}`);
      return `[${eol}${lines.join(eol)}${eol}${indent}]`;
    }
    return this.scalar(node, path);
  }

  /** An item of a multi-line list: an object stays on one line when short. */
  private item(node: JsonNode, indent: string, path: (string | number)[]): string {
    return this.fitsInline(node) ? this.line(node, path) : this.block(node, indent, path);
  }

  /** Whether a list item is written on one line: a scalar, a short object, a list of such. */
  private fitsInline(node: JsonNode): boolean {
    if (node.type === 'array') return node.items.every((item) => this.fitsInline(item));
    if (node.type !== 'object') return true;
    return node.properties.every((p) => this.fitsInline(p.value)) && this.line(node, []).length <= INLINE_OBJECT_LENGTH;
  }

  private scalar(node: JsonNode, path: (string | number)[]): string {
    switch (node.type) {
      case 'string':
        return this.syntax.string(node.value);
      case 'number':
        return this.numberText(node, path) ?? this.syntax.number(node.raw);
      case 'boolean':
        return String(node.value);
      // `null` in every form: in TypeScript `undefined` would drop the key from the JSON.
      default:
        return 'null';
    }
  }
}

/**
 * The width each key is padded to: `terraform fmt` aligns the `=` of a run of one-line entries; an entry
 * whose value spans lines ends the run and is not padded.
 */
function alignedWidths(keys: readonly string[], values: readonly string[]): number[] {
  const widths = keys.map((k) => k.length);
  let runStart = 0;
  const close = (end: number): void => {
    const width = Math.max(0, ...keys.slice(runStart, end).map((k) => k.length));
    for (let i = runStart; i < end; i++) widths[i] = width;
  };
  for (let i = 0; i < keys.length; i++) {
    if (!/[\r\n]/.test(values[i]!)) continue;
    close(i);
    runStart = i + 1;
  }
  close(keys.length);
  return widths;
}
