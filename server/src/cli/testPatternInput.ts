// Reads the inputs of `lambda-esm test-pattern`: the pattern (a file or the JSON itself, or AWS's
// FilterCriteria JSON with several patterns) and the records, streaming JSON Lines a line at a time so
// memory stays flat however long the file is.

import * as fs from 'node:fs';
import type { Readable } from 'node:stream';
import { isObject, type RecordSource } from '../core/patterns/decodeRecord';
import { parseEventJson } from '../core/patterns/eventJson';
import type { ImportedItem } from '../core/patterns/importedItem';
import { importValue } from '../core/patterns/importValue';
import { parseJsonLine, parseJsonLines, type ParsedLine } from '../core/patterns/parseJsonLines';
import type { InputRecord } from '../core/patterns/recordSource';
import { ioReason, notAFile } from '../workspaceFiles';
import { linesOf, MAX_LINE_BYTES, type Line } from './jsonLines';

/** Input that is not what it should be (bad usage: exit 2). */
export class InputError extends Error {}

/** A pattern or events file that exists but cannot be read (exit 4). */
export class UnreadableInput extends Error {}

/**
 * Whether `file` names something on disk, and throws when it does but cannot be read. A named pipe is
 * read (`--events <(…)`), a folder or a device is not.
 */
function isReadablePath(file: string, what: string): boolean {
  try {
    fs.lstatSync(file);
  } catch {
    return false;
  }
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch (error) {
    throw new UnreadableInput(`cannot read the ${what} ${file}: ${ioReason(error, file)}`);
  }
  if (stats.isDirectory()) throw new UnreadableInput(`cannot read the ${what} ${file}: is a folder, not a file`);
  if (stats.isCharacterDevice() || stats.isBlockDevice()) throw new UnreadableInput(`cannot read the ${what} ${file}: ${notAFile(stats)}`);
  return true;
}

function readText(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ERR_STRING_TOO_LONG' || code === 'ERR_FS_FILE_TOO_LARGE' ? 'too large to read at once (JSON Lines files, .jsonl, are streamed)' : ioReason(error, file);
    throw new UnreadableInput(`cannot read the ${what} ${file}: ${reason}`);
  }
}

export interface PatternSource {
  /** Where the pattern came from, for messages: empty for a single pattern. */
  readonly label: string;
  readonly text: string;
}

/** The pattern text(s) named by `--pattern`. */
export function readPatterns(arg: string): PatternSource[] {
  const text = isReadablePath(arg, 'pattern file') ? readText(arg, 'pattern file') : arg;
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

/** The records named by `--events`, in order, found and unwrapped as the playground's import does. */
export async function* readRecords(spec: string, source: RecordSource | undefined, stdin: Readable): AsyncGenerator<RecordInput> {
  if (spec !== '-' && !isReadablePath(spec, 'events file')) throw new InputError(`cannot read the events file: ${spec} does not exist`);
  if (spec === '-' || /\.(jsonl|ndjson)$/i.test(spec)) {
    const input = spec === '-' ? stdin : fs.createReadStream(spec);
    try {
      yield* readLines(linesOf(input), source);
    } catch (error) {
      if (!(error as NodeJS.ErrnoException).syscall) throw error;
      throw new UnreadableInput(`cannot read the events file ${spec}: ${ioReason(error, spec)}`);
    }
    return;
  }
  const text = readText(spec, 'events file');
  let value: unknown;
  try {
    value = parseEventJson(text);
  } catch (error) {
    // Not one JSON value: maybe JSON Lines under another name.
    const lines = parseJsonLines(text);
    if (!lines) throw new InputError(`the events file is not valid JSON: ${(error as Error).message}`);
    for (const line of lines) yield* lineRecords(line, source);
    return;
  }
  yield* inputsOf(importValue(value, source));
}

/** Streamed lines: one line is parsed and unwrapped at a time, so memory stays flat. */
async function* readLines(lines: AsyncIterable<Line>, source: RecordSource | undefined): AsyncGenerator<RecordInput> {
  for await (const line of lines) {
    if ('tooLong' in line) {
      yield { record: undefined, error: `line ${line.number} is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB, the most a line may hold; it was skipped` };
      continue;
    }
    const parsed = parseJsonLine(line.number, line.text);
    if (parsed) yield* lineRecords(parsed, source);
  }
}

function lineRecords(line: ParsedLine, source: RecordSource | undefined): RecordInput[] {
  return 'error' in line ? [{ record: undefined, error: line.error }] : inputsOf(importValue(line.value, source));
}

/** An item that holds no record (an SQS message without a body) is reported like a line that cannot be read. */
function inputsOf(items: readonly ImportedItem[]): RecordInput[] {
  return items.map((item) => ('problem' in item ? { record: undefined, error: item.problem } : item));
}
