// How keys, strings and objects are written in a filter pattern, per the syntax the pattern is written
// in where the cursor is: an HCL object (`jsonencode({ … })`), JSON (a heredoc), JSON inside a quoted
// string (quotes escaped), or a TypeScript object literal. Keys that are not identifiers are quoted as
// each language's descriptor quotes them.

import type { PatternTarget } from '../language/cursorContext';
import { CDKTF_TYPESCRIPT, HCL } from '../language/languageDescriptor';

export interface PatternWriter {
  /** A key with what follows it before the value: `"prefix": `, `prefix = `. */
  keyPrefix(key: string): string;
  /** A JSON value (string, number, bool, null) as written. */
  value(json: unknown): string;
  /** A string's content inside quotes the user already wrote. */
  inside(text: string): string;
}

const json = (v: unknown): string => JSON.stringify(v);
/** JSON inside a quoted string: every quote and backslash escaped once more. */
const escaped = (text: string): string => JSON.stringify(text).slice(1, -1);

export const PATTERN_WRITERS: Readonly<Record<PatternTarget['syntax'], PatternWriter>> = {
  json: { keyPrefix: (k) => `${json(k)}: `, value: json, inside: escaped },
  jsonInString: { keyPrefix: (k) => `${escaped(json(k))}: `, value: (v) => escaped(json(v)), inside: (t) => escaped(escaped(t)) },
  hcl: { keyPrefix: (k) => `${HCL.key(k)} = `, value: (v) => (typeof v === 'string' ? HCL.string(v) : json(v)), inside: (t) => HCL.string(t).slice(1, -1) },
  ts: { keyPrefix: (k) => `${CDKTF_TYPESCRIPT.key(k)}: `, value: (v) => (typeof v === 'string' ? CDKTF_TYPESCRIPT.string(v) : json(v)), inside: escaped },
};
