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
  const lineEnding = original.includes('\r\n') ? '\r\n' : original.includes('\n') ? '\n' : fallback.lineEnding;
  return {
    multiline,
    lineEnding,
    base,
    unit: multiline ? unitOf(text, base) ?? fallback.unit : fallback.unit,
    braceSpace: /^\{\s*\}$/.test(text) || multiline ? fallback.braceSpace : /^\{\s/.test(text),
    commaSpace: /,\s/.test(text) ? true : /,\S/.test(text) ? false : fallback.commaSpace,
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
