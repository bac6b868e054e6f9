// Messages whose names are data: a rule says "the argument `batch_size`", and the language the mapping is
// written in decides how that reads (`batch_size` in Terraform, `batchSize` in a CDKTF stack). Prose,
// numbers, values and Terraform addresses are printed as they are; only the parts marked as names,
// attributes, arguments and blocks go through the language descriptor. A plain string is a message that
// names nothing.

import type { LanguageDescriptor } from '../language/languageDescriptor';

/** A name-bearing piece of code: an argument or block name, an attribute after a dot, `name = value`, a block's opening. */
export type NamePart =
  | { readonly name: string }
  | { readonly attribute: string }
  | { readonly assignment: readonly [name: string, valueText: string] }
  | { readonly block: string };

/** Code in backticks made of pieces; strings in it (addresses, values, punctuation) are printed as written. */
export interface CodeSpan {
  readonly code: readonly (string | NamePart)[];
}

/** Prose and numbers as written; a name part alone is a code span of its own. */
export type MessagePart = string | number | NamePart | CodeSpan;

export interface Message {
  readonly parts: readonly MessagePart[];
}

/** What a finding says: a plain string when it names nothing. (Fix titles are written by fixes/edits.ts.) */
export type MessageText = string | Message;

/** ``msg`${arg('batch_size')} must be at most ${10}.` ``; a message in it (a phrase built apart) is spliced in. */
export function msg(strings: TemplateStringsArray, ...values: readonly (MessagePart | Message)[]): Message {
  const parts: MessagePart[] = [];
  strings.forEach((s, i) => {
    if (s) parts.push(s);
    const value = values[i];
    if (value === undefined) return;
    if (typeof value === 'object' && 'parts' in value) parts.push(...value.parts);
    else parts.push(value);
  });
  return { parts };
}

/** An argument or block name: `batch_size`, `batchSize`. */
export const arg = (name: string): NamePart => ({ name });
/** An attribute after a dot: `.stream_arn`, `.streamArn`. */
export const dotted = (attribute: string): NamePart => ({ attribute });
/** An argument with its value (as written, never renamed): `batch_size = 10`, `batchSize: 10`. */
export const assign = (name: string, valueText: string): NamePart => ({ assignment: [name, valueText] });
/** A block's opening: `scaling_config {`, `scalingConfig: {`. */
export const blockOpen = (name: string): NamePart => ({ block: name });
/** A code span of several pieces: ``code('aws_dynamodb_table.', table, dotted('stream_arn'))``. */
export const code = (...pieces: readonly (string | NamePart)[]): CodeSpan => ({ code: pieces });

/** The text of a message in a language; Terraform JSON messages quote code as Terraform (`inProse`). */
export function renderMessage(message: MessageText, descriptor: LanguageDescriptor): string {
  if (typeof message === 'string') return message;
  const d = descriptor.inProse ?? descriptor;
  return message.parts
    .map((part) => {
      if (typeof part === 'string') return part;
      if (typeof part === 'number') return String(part);
      if ('code' in part) return `\`${part.code.map((piece) => (typeof piece === 'string' ? piece : nameText(piece, d))).join('')}\``;
      return `\`${nameText(part, d)}\``;
    })
    .join('');
}

function nameText(part: NamePart, d: LanguageDescriptor): string {
  if ('name' in part) return d.name(part.name);
  if ('attribute' in part) return `.${d.attribute(part.attribute)}`;
  if ('assignment' in part) return d.argument(...part.assignment);
  return d.blockOpen(part.block, false);
}
