// How each configuration language writes what the core generates: names, literals, arguments and blocks.
// Quick fixes, completion snippets and messages spell things through one of these, so a feature never
// branches on the language itself. Names given to it are canonical (snake_case, as the facts table has them).

import { camelCase } from './caseNames';
import type { Language } from '../model/mapping';

export interface LanguageDescriptor {
  readonly language: Language;
  /** An argument or block name as this language writes it: `batch_size`, or `batchSize` in a stack. */
  name(canonical: string): string;
  /** A resource attribute after a dot: `.stream_arn`, or `.streamArn` in a stack. */
  attribute(canonical: string): string;
  /** A string literal; `like` is a literal of the file whose quote character is kept (TypeScript). */
  string(value: string, like?: string): string;
  readonly trueText: string;
  readonly falseText: string;
  readonly nullText: string;
  /** `name = value`, `"name": value`, `name: value` (no separator after it). */
  argument(canonical: string, valueText: string): string;
  /** What follows an argument or block in a body: `,` in JSON and TypeScript. */
  readonly separator: string;
  /** A nested block: `name {` … `}`, `"name": {` … `}`, `name: {` … `}`; `repeated` blocks are lists in JSON and TypeScript. */
  blockOpen(canonical: string, repeated: boolean): string;
  blockClose(repeated: boolean): string;
  /** A key of an object literal (a filter pattern written in the language's own syntax). */
  key(key: string): string;
  /** A written key and its value in an object literal: `k = v`, `"k": v`, `k: v`. */
  objectEntry(keyText: string, valueText: string): string;
  /** Whether the formatter aligns the `=` of neighbouring one-line entries (`terraform fmt` does). */
  readonly alignsEntries: boolean;
  /** A number literal for a number written in JSON syntax (`5e2`). */
  numberLiteral(json: string): string;
  /**
   * The syntax messages quote code in, when not this one: Terraform JSON findings say `batch_size = 10`
   * as the Terraform docs do, since `"batch_size": 10` reads badly in a sentence.
   */
  readonly inProse?: LanguageDescriptor;
  /** A list literal of already written items: `[a, b]`. */
  list(items: readonly string[]): string;
  /**
   * A string value the user is about to write, which may be a literal or a reference (a snippet's
   * placeholder): bare in HCL and TypeScript, a JSON string in Terraform JSON, where expressions are `${…}`.
   */
  expressionSlot(inner: string): string;
  /** Whether a block is repeated by writing it again (`filter { } filter { }`), not as items of one list. */
  readonly blocksRepeatByName: boolean;
  /**
   * How an expression names an attribute of another resource: `aws_sqs_queue.orders.arn` in Terraform, or
   * through the variable that holds the construct in a stack (`queue.arn`); undefined when it has none.
   */
  traversal(resource: { readonly address: string; readonly binding?: string }, attribute: string): string | undefined;
  /**
   * A traversal written as a value; `inString` when the cursor is inside a string literal. Undefined when
   * the language cannot write it there.
   */
  reference(traversal: string, inString: boolean): string | undefined;
  /** An object written in the language, as the JSON string a filter pattern is: `jsonencode(…)`, `JSON.stringify(…)`. */
  jsonEncode(objectText: string): string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const TS_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export const HCL: LanguageDescriptor = {
  language: 'hcl',
  name: (n) => n,
  attribute: (n) => n,
  string: (v) => templateLiteral(JSON.stringify(v)),
  trueText: 'true',
  falseText: 'false',
  nullText: 'null',
  argument: (n, v) => `${n} = ${v}`,
  separator: '',
  blockOpen: (n) => `${n} {`,
  blockClose: () => '}',
  key: (k) => (IDENTIFIER.test(k) ? k : JSON.stringify(k)),
  objectEntry: (k, v) => `${k} = ${v}`,
  alignsEntries: true,
  // The HCL grammar the extension parses with reads an exponent only after a fraction: `5.0e2`.
  numberLiteral: (n) => n.replace(/^(-?\d+)(?=[eE])/, '$1.0'),
  list: (items) => `[${items.join(', ')}]`,
  expressionSlot: (inner) => inner,
  blocksRepeatByName: true,
  traversal: (resource, attribute) => `${resource.address}.${attribute}`,
  // Inside a string only an interpolation could hold it, which Terraform calls deprecated style.
  reference: (traversal, inString) => (inString ? undefined : traversal),
  jsonEncode: (o) => `jsonencode(${o})`,
};

export const TERRAFORM_JSON: LanguageDescriptor = {
  language: 'tfjson',
  name: (n) => n,
  attribute: (n) => n,
  // Terraform JSON strings are templates too: a literal `${` or `%{` is written doubled.
  string: (v) => templateLiteral(JSON.stringify(v)),
  trueText: 'true',
  falseText: 'false',
  nullText: 'null',
  argument: (n, v) => `${JSON.stringify(n)}: ${v}`,
  separator: ',',
  blockOpen: (n, repeated) => `${JSON.stringify(n)}: ${repeated ? '[{' : '{'}`,
  blockClose: (repeated) => (repeated ? '}]' : '}'),
  key: (k) => JSON.stringify(k),
  objectEntry: (k, v) => `${k}: ${v}`,
  alignsEntries: false,
  numberLiteral: (n) => n,
  inProse: HCL,
  list: (items) => `[${items.join(', ')}]`,
  expressionSlot: (inner) => `"${inner}"`,
  blocksRepeatByName: false,
  traversal: (resource, attribute) => `${resource.address}.${attribute}`,
  reference: (traversal, inString) => (inString ? `\${${traversal}}` : JSON.stringify(`\${${traversal}}`)),
  // Terraform JSON has no object syntax of its own for a string argument: the pattern is a JSON string.
  jsonEncode: (o) => JSON.stringify(o),
};

export const CDKTF_TYPESCRIPT: LanguageDescriptor = {
  language: 'ts',
  name: (n) => camelCase(n),
  attribute: (n) => camelCase(n),
  string: (v, like) => quoteAs(like?.[0] === "'" || like?.[0] === '`' ? like[0] : '"', v),
  trueText: 'true',
  falseText: 'false',
  nullText: 'undefined',
  argument: (n, v) => `${camelCase(n)}: ${v}`,
  separator: ',',
  blockOpen: (n, repeated) => `${camelCase(n)}: ${repeated ? '[{' : '{'}`,
  blockClose: (repeated) => (repeated ? '}]' : '}'),
  key: (k) => (TS_IDENTIFIER.test(k) ? k : JSON.stringify(k)),
  objectEntry: (k, v) => `${k}: ${v}`,
  alignsEntries: false,
  numberLiteral: (n) => n,
  list: (items) => `[${items.join(', ')}]`,
  expressionSlot: (inner) => inner,
  blocksRepeatByName: false,
  // A stack refers to constructs through the variables that hold them (`queue.arn`).
  traversal: (resource, attribute) => (resource.binding === undefined ? undefined : `${resource.binding}.${camelCase(attribute)}`),
  reference: (traversal, inString) => (inString ? undefined : traversal),
  jsonEncode: (o) => `JSON.stringify(${o})`,
};

export const DESCRIPTORS: Readonly<Record<Language, LanguageDescriptor>> = { hcl: HCL, tfjson: TERRAFORM_JSON, ts: CDKTF_TYPESCRIPT };

export function descriptorOf(language: Language): LanguageDescriptor {
  return DESCRIPTORS[language];
}

/**
 * A quoted string as Terraform reads a literal in a template: `${` and `%{` doubled. (A function writes
 * the replacement, since `$$` in a replacement pattern stands for one `$`.)
 */
function templateLiteral(quoted: string): string {
  return quoted.replace(/([$%])\{/g, (_m, sign: string) => `${sign}${sign}{`);
}

function quoteAs(quote: string, value: string): string {
  if (quote === '"') return JSON.stringify(value);
  const escaped = value.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`).replace(/\n/g, '\\n');
  return `${quote}${quote === '`' ? escaped.replace(/\$\{/g, '\\${') : escaped}${quote}`;
}
