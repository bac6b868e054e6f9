// A string a function computes. Terraform keeps every string in Unicode normal form C, so a computed
// one is normalized as a literal is.

import type { SourceRange } from '../model/sourceRange';
import type { StringValue } from '../model/value';

export function stringValue(text: string, range: SourceRange): StringValue {
  return { kind: 'string', value: text.normalize('NFC'), form: 'quoted', contentStart: range.start, range };
}
