// `lambda-esm test-pattern`: validates a filter pattern, then tells for each sample record whether Lambda
// would deliver it, and why not. Output streams as records are read, so a large JSON Lines file needs
// no more memory than a small one.

import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { compilePattern, type CompiledPattern } from '../core/patterns/compilePattern';
import { decodeRecord } from '../core/patterns/decodeRecord';
import { explainMatch } from '../core/patterns/explainMatch';
import { filterSet } from '../core/patterns/filterSet';
import { parsePatternText } from '../core/patterns/parsePattern';
import { guessRecordSource } from '../core/patterns/recordSource';
import type { TestPatternCommand } from './testPatternArgs';
import { InputError, readPatterns, readRecords, type PatternSource } from './testPatternInput';

export interface Io {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin: Readable;
}

export async function runTestPattern(command: TestPatternCommand, io: Io): Promise<number> {
  const sources = readPatterns(command.pattern);
  const patterns: CompiledPattern[] = [];
  let invalid = false;
  for (const source of sources) {
    const { pattern, problems } = parsePatternText(source.text);
    for (const p of problems) {
      const kind = p.severity === 'error' ? 'invalid filter pattern' : p.severity === 'warning' ? 'warning' : 'note';
      io.stderr.write(`lambda-esm: ${kind}${source.label ? ` (${source.label})` : ''} at ${position(source, p.range.start)}: ${p.message}\n`);
    }
    if (pattern) patterns.push(compilePattern(pattern));
    else invalid = true;
  }
  if (invalid) return 2;

  const filter = filterSet(patterns);
  const out = new Output(io.stdout);
  const json = command.format === 'json';
  let total = 0;
  let matchedCount = 0;
  if (json && !command.summary) await out.write('{"results":[');
  try {
    for await (const input of readRecords(command.events, command.source, io.stdin)) {
      const index = total++;
      let matched = false;
      let reason: string | undefined;
      if (input.error !== undefined) {
        reason = input.error;
      } else {
        const decoded = decodeRecord(input.record, command.source ?? input.source ?? guessRecordSource(input.record));
        matched = filter.matches(decoded);
        if (!command.summary) reason = explain(patterns, sources, decoded, matched);
      }
      if (matched) matchedCount++;
      if (command.summary) continue;
      if (json) {
        await out.write(`${index > 0 ? ',' : ''}${JSON.stringify({ index, matched, ...(reason !== undefined ? { reason } : {}) })}`);
      } else {
        const name = input.name ? ` ${input.name}` : '';
        await out.write(`#${index}${name}: ${matched ? 'match' : 'no match'}${reason ? ` — ${reason}` : ''}\n`);
      }
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(`lambda-esm: ${error.message}\n`);
    return 2;
  }
  if (json) {
    await out.write(command.summary ? `${JSON.stringify({ matched: matchedCount, total })}\n` : `],"matched":${matchedCount},"total":${total}}\n`);
  } else {
    await out.write(`${matchedCount} of ${total} record${total === 1 ? '' : 's'} match\n`);
  }
  return 0;
}

/** Why a record is not delivered (or a caveat when it is), over all the filter's patterns. */
function explain(patterns: readonly CompiledPattern[], sources: readonly PatternSource[], decoded: ReturnType<typeof decodeRecord>, matched: boolean): string | undefined {
  if (patterns.length === 1) return explainMatch(patterns[0]!, decoded).reason;
  if (matched) return undefined;
  return patterns.map((p, i) => `${sources[i]!.label}: ${explainMatch(p, decoded).reason ?? ''}`).join(' | ');
}

/** `line:column` (1-based) of an offset in the pattern text. */
function position(source: PatternSource, offset: number): string {
  const before = source.text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

/** Writes that wait when the stream's buffer is full, so a slow reader does not make output pile up. */
class Output {
  constructor(private readonly stream: Writable) {}

  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
}
