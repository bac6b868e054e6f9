// Reads the inputs of `lambda-esm test-pattern`: the pattern (a file or the JSON itself, or AWS's
// FilterCriteria JSON with several patterns) and the records, streaming JSON Lines a line at a time so
// memory stays flat however long the file is.

import * as fs from 'node:fs';
import * as readline from 'node:readline';
import type { Readable } from 'node:stream';
import { isObject, type RecordSource } from '../core/patterns/decodeRecord';
import { recordsOfInput, type InputRecord } from '../core/patterns/recordSource';

export class InputError extends Error {}

export interface PatternSource {
  /** Where the pattern came from, for messages: empty for a single pattern. */
  readonly label: string;
  readonly text: string;
}

/** The pattern text(s) named by `--pattern`. */
export function readPatterns(arg: string): PatternSource[] {
  let text = arg;
  if (fs.existsSync(arg) && fs.statSync(arg).isFile()) text = fs.readFileSync(arg, 'utf8').replace(/^\uFEFF/, '');
  // AWS's FilterCriteria shape; as a pattern it would be invalid anyway ("Pattern" is no operator).
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [{ label: '', text }];
  }
  if (isObject(parsed) && Object.keys(parsed).length === 1 && Array.isArray(parsed.Filters)) {
    const filters = parsed.Filters;
    if (filters.length > 0 && filters.every((f) => isObject(f) && typeof f.Pattern === 'string')) {
      return filters.map((f, i) => ({ label: `Filters[${i}].Pattern`, text: (f as { Pattern: string }).Pattern }));
    }
  }
  return [{ label: '', text }];
}

export interface RecordInput extends InputRecord {
  /** Set instead of a record when a line could not be read. */
  readonly error?: string;
}

/** The records named by `--events`, in order. */
export async function* readRecords(spec: string, source: RecordSource | undefined, stdin: Readable): AsyncGenerator<RecordInput> {
  const expand = (value: unknown): InputRecord[] =>
    source === 'raw' ? (Array.isArray(value) ? value.map((record) => ({ record })) : [{ record: value }]) : recordsOfInput(value);
  if (spec === '-' || /\.(jsonl|ndjson)$/i.test(spec)) {
    const input = spec === '-' ? stdin : openFile(spec);
    yield* readLines(readline.createInterface({ input, crlfDelay: Infinity }), expand);
    return;
  }
  let text: string;
  try {
    text = fs.readFileSync(spec, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new InputError(`cannot read the events file: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Not one JSON value: maybe JSON Lines under another name.
    if (text.trim().includes('\n')) {
      yield* readLines(text.split(/\r?\n/), expand);
      return;
    }
    throw new InputError(`the events file is not valid JSON: ${(error as Error).message}`);
  }
  yield* expand(value);
}

function openFile(path: string): Readable {
  if (!fs.existsSync(path)) throw new InputError(`cannot read the events file: ${path} does not exist`);
  return fs.createReadStream(path, { encoding: 'utf8' });
}

async function* readLines(lines: AsyncIterable<string> | Iterable<string>, expand: (value: unknown) => InputRecord[]): AsyncGenerator<RecordInput> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield { record: undefined, error: `line ${lineNumber} is not valid JSON: ${(error as Error).message}` };
      continue;
    }
    yield* expand(value);
  }
}
