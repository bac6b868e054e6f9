// JSON Lines: one JSON value per line. Text that is not one JSON document is read as JSON Lines only when
// most of its lines are JSON objects or arrays on their own: a pretty-printed document with one mistake
// in it must be reported as that document's mistake, not as a problem on each of its lines.

import { parseEventJson } from './eventJson';

export type ParsedLine = { readonly number: number; readonly value: unknown } | { readonly number: number; readonly error: string; readonly text: string };

/** One line (numbered from 1); undefined for a blank line, which JSON Lines allows. */
export function parseJsonLine(number: number, text: string): ParsedLine | undefined {
  if (text.trim() === '') return undefined;
  try {
    return { number, value: parseEventJson(text) };
  } catch (error) {
    return { number, error: `line ${number} is not valid JSON: ${(error as Error).message}`, text };
  }
}

/** The lines of a text that is not one JSON document, or undefined when it does not read as JSON Lines. */
export function parseJsonLines(text: string): ParsedLine[] | undefined {
  const lines: ParsedLine[] = [];
  let records = 0;
  text.split('\n').forEach((line, i) => {
    const parsed = parseJsonLine(i + 1, line.endsWith('\r') ? line.slice(0, -1) : line);
    if (!parsed) return;
    lines.push(parsed);
    if ('value' in parsed && parsed.value !== null && typeof parsed.value === 'object') records++;
  });
  return lines.length > 1 && records * 2 > lines.length ? lines : undefined;
}
