// `lambda-esm test-pattern`: validates a filter pattern, then tells for each sample record whether Lambda
// would deliver it, and why not. Output streams as records are read, so a large JSON Lines file needs
// no more memory than a small one. A line that cannot be read is reported, counted, and makes the exit
// code 1: a run that skipped input must not look like a clean one.

import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { guessRecordSource } from '../core/patterns/recordSource';
import { filterTester, type RecordTest } from '../core/patterns/testPattern';
import { EXIT } from './exitCodes';
import type { TestPatternCommand } from './testPatternArgs';
import { InputError, readPatterns, readRecords, UnreadableInput, type PatternSource } from './testPatternInput';

export interface Io {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin: Readable;
}

export async function runTestPattern(command: TestPatternCommand, io: Io): Promise<number> {
  try {
    return await testPattern(command, io);
  } catch (error) {
    if (error instanceof OutputClosed) return EXIT.ok;
    if (!(error instanceof InputError) && !(error instanceof UnreadableInput)) throw error;
    io.stderr.write(`lambda-esm: ${error.message}\n`);
    return error instanceof UnreadableInput ? EXIT.unreadable : EXIT.usage;
  }
}

async function testPattern(command: TestPatternCommand, io: Io): Promise<number> {
  const sources = readPatterns(command.pattern);
  const tester = filterTester(sources.map((s) => s.text));
  tester.filters.forEach((filter, i) => {
    const source = sources[i]!;
    for (const p of filter.problems) {
      const kind = p.severity === 'error' ? 'invalid filter pattern' : p.severity === 'warning' ? 'warning' : 'note';
      io.stderr.write(`lambda-esm: ${kind}${source.label ? ` (${source.label})` : ''} at ${position(source, p.range.start)}: ${p.message}\n`);
    }
  });
  if (!tester.valid) return EXIT.usage;

  const out = new Output(io.stdout);
  const json = command.format === 'json';
  // `total` counts the records tested; `unreadable` the lines that held none (each is one result too).
  let index = 0;
  let total = 0;
  let matchedCount = 0;
  let unreadable = 0;
  if (json && !command.summary) await out.write('{"results":[');
  for await (const input of readRecords(command.events, command.source, io.stdin)) {
    const i = index++;
    if (input.error !== undefined) {
      unreadable++;
      if (command.summary) continue;
      await out.write(json ? `${i > 0 ? ',' : ''}${JSON.stringify({ index: i, error: input.error })}` : `#${i}: unreadable — ${input.error}\n`);
      continue;
    }
    total++;
    const source = command.source ?? input.source ?? guessRecordSource(input.record);
    if (command.summary) {
      if (tester.matches(input.record, source)) matchedCount++;
      continue;
    }
    const test = tester.test(input.record, source);
    const matched = test.matched;
    if (matched) matchedCount++;
    const reason = explain(test, sources);
    if (json) {
      await out.write(`${i > 0 ? ',' : ''}${JSON.stringify({ index: i, matched, ...(reason !== undefined ? { reason } : {}) })}`);
    } else {
      const name = input.name ? ` ${input.name}` : '';
      await out.write(`#${i}${name}: ${matched ? 'match' : 'no match'}${reason ? ` — ${reason}` : ''}\n`);
    }
  }
  if (json) {
    const counts = `"matched":${matchedCount},"total":${total}${unreadable > 0 ? `,"unreadable":${unreadable}` : ''}`;
    await out.write(command.summary ? `{${counts}}\n` : `],${counts}}\n`);
  } else {
    const skipped = unreadable > 0 ? `; ${unreadable} line${unreadable === 1 ? '' : 's'} could not be read` : '';
    await out.write(`${matchedCount} of ${total} record${total === 1 ? '' : 's'} match${skipped}\n`);
  }
  return unreadable > 0 ? EXIT.findings : EXIT.ok;
}

/** Why a record is not delivered (or, with one pattern, a caveat when it is), over all the filter's patterns. */
function explain(test: RecordTest, sources: readonly PatternSource[]): string | undefined {
  if (sources.length === 1) return test.filters[0]!.reason;
  if (test.matched) return undefined;
  return sources.map((s, i) => `${s.label}: ${test.filters[i]!.reason ?? ''}`).join(' | ');
}

/** `line:column` (1-based) of an offset in the pattern text. */
function position(source: PatternSource, offset: number): string {
  const before = source.text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

/** The reader of the output went away (`| head`): the rest is not wanted, and not an error. */
class OutputClosed extends Error {}

/**
 * Writes that wait when the stream's buffer is full, so a slow reader does not make output pile up, and
 * that stop the run when the stream is closed (waiting for `drain` then would wait forever).
 */
class Output {
  constructor(private readonly stream: Writable) {}

  async write(text: string): Promise<void> {
    if (this.stream.destroyed || this.stream.errored) throw new OutputClosed();
    if (this.stream.write(text)) return;
    try {
      await once(this.stream, 'drain');
    } catch {
      throw new OutputClosed();
    }
  }
}
