// The layout a pattern had in the file, read from its text, so that the pattern written back looks like
// the one it replaces: on one line or on several, indented by the same unit, spaced the same way.

import type { PatternLayout } from './patternWriter';

/**
 * The layout of `original` (the pattern's text as written: JSON text, or an object literal), which starts on
 * a line indented by `base`. What the text does not show (the unit of a one-line pattern, the spacing of
 * `{}`) comes from `fallback`.
 */
export function layoutOfPattern(original: string, base: string, fallback: PatternLayout): PatternLayout {
  const text = original.trim();
  const multiline = /[\r\n]/.test(text);
  const code = withoutStrings(text);
  const lineEnding = original.includes('\r\n') ? '\r\n' : original.includes('\n') ? '\n' : fallback.lineEnding;
  return {
    multiline,
    lineEnding,
    base,
    unit: multiline ? unitOf(text, base) ?? fallback.unit : fallback.unit,
    // An object on one line (the whole pattern, or one inside a list) shows whether braces are spaced.
    braceSpace: /\{[ \t]+[^\s}]/.test(code) ? true : /\{[^\s}]/.test(code) ? false : fallback.braceSpace,
    commaSpace: /,\s/.test(code) ? true : /,\S/.test(code) ? false : fallback.commaSpace,
  };
}

/** The indentation of the first indented line, less the base the text starts at. */
function unitOf(text: string, base: string): string | undefined {
  for (const line of text.split(/\r?\n/).slice(1)) {
    const indentation = /^[ \t]*/.exec(line)![0];
    if (indentation.length === line.length) continue;
    const unit = indentation.startsWith(base) ? indentation.slice(base.length) : indentation;
    if (unit) return unit;
  }
  return undefined;
}

/** The text with every string literal emptied: its spacing is what the pattern's values hold, not its layout. */
export function withoutStrings(text: string): string {
  return text.replace(/"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\\\r\n]|\\.)*'/g, (m) => m[0]! + m[0]!);
}
