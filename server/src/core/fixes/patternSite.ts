// Where a pattern is written back, and the two spellings of a pattern: JSON text (inside a string, a
// heredoc, a `.tf.json` value) and an object literal of the file's language (inside `jsonencode`).

import type { LanguageDescriptor } from '../language/languageDescriptor';
import type { FixSite } from './edits';
import type { PatternSyntax } from './patternWriter';

/** The mapping's block text (ranges are relative to it) and how the file writes things. */
export interface PatternSite extends FixSite {
  readonly descriptor: LanguageDescriptor;
}

/** JSON text, with or without a space after each colon. */
export function jsonSyntax(colonSpace: boolean): PatternSyntax {
  return {
    key: (k) => JSON.stringify(k),
    string: (v) => JSON.stringify(v),
    number: (n) => n,
    entry: (k, v) => `${k}:${colonSpace ? ' ' : ''}${v}`,
    separator: ',',
    trailingComma: false,
    alignEntries: false,
  };
}

/**
 * An object literal of the language: keys bare when the language allows, else quoted like its strings;
 * `quote` is a literal of the file whose quote character strings keep (TypeScript has a choice).
 */
export function languageSyntax(descriptor: LanguageDescriptor, quote: string, trailingComma: boolean): PatternSyntax {
  return {
    key: (k) => (descriptor.key(k) === k ? k : descriptor.string(k, quote)),
    string: (v) => descriptor.string(v, quote),
    number: (n) => descriptor.numberLiteral(n),
    entry: (k, v) => descriptor.objectEntry(k, v),
    separator: descriptor.separator,
    trailingComma,
    alignEntries: descriptor.alignsEntries,
  };
}

/** An expression on one line, cut short, to quote in a reason. */
export function shortText(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
