// Most argument values are plain literals or traversals (`10`, `"LATEST"`, `aws_sqs_queue.q.arn`). Their
// text says everything, so the tree walk does not descend into them (three to five nodes each, every one
// a call into WASM) and they are read from the text here.

import type { SourceRange } from '../../model/sourceRange';
import type { Value } from '../../model/value';

/** HCL's decimal numbers; anything else the grammar accepts (`0x10`) HCL rejects, so it stays unknown. */
export const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
/** A quoted string with no escapes, interpolations or directives: its value is its text. */
const PLAIN_STRING = /^"[^"\\$%\n\r]*"$/;
const TRAVERSAL = /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)+$/;

/** True when `readSimpleExpression` reads the expression text completely. */
export function isSimpleExpression(text: string): boolean {
  return NUMBER.test(text) || PLAIN_STRING.test(text) || TRAVERSAL.test(text) || text === 'true' || text === 'false' || text === 'null';
}

export function readSimpleExpression(text: string, range: SourceRange): Value {
  if (text === 'true' || text === 'false') return { kind: 'bool', value: text === 'true', range };
  if (text === 'null') return { kind: 'null', range };
  // HCL normalises string literals to NFC.
  if (text.startsWith('"')) return { kind: 'string', value: text.slice(1, -1).normalize('NFC'), form: 'quoted', contentStart: range.start + 1, range };
  if (NUMBER.test(text)) return { kind: 'number', value: Number(text), range };
  return { kind: 'reference', path: text.split('.'), range };
}
