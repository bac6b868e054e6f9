// Finds and reads the user's sample files (`lambdaEsm.sampleFiles` globs, relative to each workspace
// folder). A file that cannot be read or parsed, or is too large, is reported in the log and skipped,
// never fatal; what is read in all is bounded, so a stray huge file cannot stall the server.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseEventJson } from './core/patterns/eventJson';
import { importValue } from './core/patterns/importValue';
import { guessRecordSource } from './core/patterns/recordSource';
import { globMatcher, type GlobMatcher } from './globMatcher';
import { findFiles } from './workspaceFiles';
import type { SampleRecord } from './core/patterns/samples/sampleRecords';

/** The largest sample file read, in bytes: reading and parsing takes several times its size in memory. */
export const MAX_SAMPLE_FILE_BYTES = 5 * 1024 * 1024;
/** Sample records kept from all files together: each filter's lens tries every one on each request. */
export const MAX_SAMPLE_RECORDS = 1000;

export function findSampleFiles(root: string, globs: readonly string[], log: (message: string) => void = () => undefined): string[] {
  const matchers = globs.map((g) => globMatcher(g, log)).filter((m): m is GlobMatcher => m !== undefined);
  return findFiles(root, (relative) => matchers.some((m) => m(relative)));
}

/** The samples of all `files`, in order, up to MAX_SAMPLE_RECORDS; what is left out is logged. */
export function readSampleFiles(files: readonly string[], log: (message: string) => void): SampleRecord[] {
  const samples: SampleRecord[] = [];
  for (let i = 0; i < files.length; i++) {
    const records = readSampleFile(files[i]!, log);
    if (samples.length + records.length > MAX_SAMPLE_RECORDS) {
      samples.push(...records.slice(0, MAX_SAMPLE_RECORDS - samples.length));
      const rest = files.length - i - 1;
      const more = rest ? ` and ${rest} more file${rest === 1 ? '' : 's'}` : '';
      log(`Sample files hold more than ${MAX_SAMPLE_RECORDS} records; only the first ${MAX_SAMPLE_RECORDS} are used (the rest of ${files[i]}${more} left out).`);
      break;
    }
    samples.push(...records);
  }
  return samples;
}

/** The samples of one file (`{"samples": [...]}`, a Lambda event, or an array of records). */
export function readSampleFile(file: string, log: (message: string) => void): SampleRecord[] {
  const text = readBounded(file, log);
  if (text === undefined) return [];
  let input: unknown;
  try {
    input = parseEventJson(text);
  } catch (error) {
    log(`Sample file ${file} is not valid JSON: ${(error as Error).message}`);
    return [];
  }
  // The same unwrapping as the CLI's and the playground's imports: events, arrays, sample files, and what
  // the AWS CLI prints (`aws sqs receive-message`, `aws kinesis get-records`, `aws dynamodbstreams get-records`).
  return importValue(input).flatMap((item, i): SampleRecord[] => {
    if ('problem' in item) {
      log(`Sample file ${file}: ${item.problem}`);
      return [];
    }
    if (typeof item.record !== 'object' || item.record === null || Array.isArray(item.record)) return [];
    const record = item.record as Record<string, unknown>;
    return [{ name: item.name ?? `${path.basename(file)} #${i + 1}`, source: item.source ?? guessRecordSource(record), description: path.basename(file), record }];
  });
}

/** The file's text, or undefined (logged) when it cannot be read or is over the size limit, checked before reading. */
function readBounded(file: string, log: (message: string) => void): string | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const { size } = fs.fstatSync(fd);
    if (size > MAX_SAMPLE_FILE_BYTES) {
      log(`Sample file ${file} is skipped: it is ${megabytes(size)}, over the limit of ${megabytes(MAX_SAMPLE_FILE_BYTES)} for a sample file.`);
      return undefined;
    }
    return fs.readFileSync(fd, 'utf8');
  } catch (error) {
    log(`Sample file ${file} cannot be read: ${(error as Error).message}`);
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
