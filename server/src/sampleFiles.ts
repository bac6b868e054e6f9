// Finds and reads the user's sample files (`lambdaEsm.sampleFiles` globs, relative to each workspace
// folder). A file that cannot be read or parsed is reported in the log and skipped, never fatal.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseEventJson } from './core/patterns/eventJson';
import { guessRecordSource, recordsOfInput } from './core/patterns/recordSource';
import { findFiles } from './workspaceFiles';
import type { SampleRecord } from './core/patterns/samples/sampleRecords';

/** A glob (`**`, `*`, `?`) as a regular expression over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches any number of folders, including none.
      out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export function findSampleFiles(root: string, globs: readonly string[]): string[] {
  const patterns = globs.map(globToRegExp);
  return findFiles(root, (relative) => patterns.some((p) => p.test(relative)));
}

/** The samples of one file (`{"samples": [...]}`, a Lambda event, or an array of records). */
export function readSampleFile(file: string, log: (message: string) => void): SampleRecord[] {
  let input: unknown;
  try {
    input = parseEventJson(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    log(`Sample file ${file} is not valid JSON: ${(error as Error).message}`);
    return [];
  }
  return recordsOfInput(input).flatMap((r, i): SampleRecord[] => {
    if (typeof r.record !== 'object' || r.record === null || Array.isArray(r.record)) return [];
    const record = r.record as Record<string, unknown>;
    return [{ name: r.name ?? `${path.basename(file)} #${i + 1}`, source: r.source ?? guessRecordSource(record), description: path.basename(file), record }];
  });
}
