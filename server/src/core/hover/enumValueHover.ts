// The hover on a value of an argument with an enum: what the value means (the facts' `valueDocs`, when
// they say), and which sources accept it when only some do (`valueSources`).

import type { AttributeFact } from '../facts/factTypes';
import type { LanguageDescriptor } from '../language/languageDescriptor';
import { factDoc } from '../language/factDoc';
import { describeKinds, type SourceKind } from '../sources/sourceKind';
import { listKinds } from './listKinds';

/** Markdown for `value`, a member of `fact.enum`; `path` holds the blocks around the argument. */
export function enumValueHover(fact: AttributeFact, value: string, path: readonly string[], kinds: readonly SourceKind[] | undefined, descriptor: LanguageDescriptor): string {
  const name = [...path, fact.name].map((p) => descriptor.name(p)).join('.');
  const lines = [`**\`${value}\`** · a value of \`${name}\``];
  const doc = fact.valueDocs?.[value];
  if (doc) lines.push(factDoc(doc, descriptor));
  const only = fact.valueSources?.find((s) => s.value === value);
  if (only) {
    let text = `Only for ${listKinds(only.kinds)}.`;
    if (kinds && kinds.length > 0 && kinds.every((k) => !only.kinds.includes(k))) text += ` **Not for this mapping's source** (${describeKinds(kinds)}).`;
    lines.push(text);
  }
  lines.push(`Values: ${fact.enum!.map((v) => `\`${v}\``).join(', ')}.`);
  return lines.join('\n\n');
}
