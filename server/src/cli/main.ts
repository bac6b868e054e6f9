// The `lambda-esm` command. Exit codes: see exitCodes.ts (0 no errors, 1 errors found, 2 bad usage or an
// invalid pattern, 3 internal error, 4 a file could not be read).

import * as path from 'node:path';
import { createHclParser } from '../hclParser';
import { checkPaths } from './checkPaths';
import { checkExitCode, EXIT } from './exitCodes';
import { fixPaths } from './fixPaths';
import { failureLines, formatResults } from './formatResults';
import { parseArgs, USAGE, UsageError } from './parseArgs';
import { runTestPattern } from './testPattern';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ !== 'undefined' ? __VERSION__ : '0.0.0-dev';

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') {
      process.stdout.write((command.text ?? USAGE) + '\n');
      return EXIT.ok;
    }
    if (command.kind === 'version') {
      process.stdout.write(VERSION + '\n');
      return EXIT.ok;
    }
    if (command.kind === 'test-pattern') return await runTestPattern(command, process);
    const parser = await createHclParser();
    const { results, notes } = command.fix ? fixPaths(command.paths, parser) : { results: checkPaths(command.paths, parser), notes: [] };
    parser.delete();
    for (const line of failureLines(results, process.cwd())) process.stderr.write(line + '\n');
    // Files --fix left as they were (and why) go to stderr; their findings, as they stand, are reported.
    for (const n of notes) process.stderr.write(`lambda-esm: ${path.relative(process.cwd(), n.file) || n.file}: ${n.message}\n`);
    process.stdout.write(formatResults(results, command.format, process.cwd(), VERSION) + '\n');
    // A file that could not be written is an I/O error, as one that could not be read.
    return notes.some((n) => n.kind === 'unwritable') ? EXIT.unreadable : checkExitCode(results);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`lambda-esm: ${error.message}\n\n${USAGE}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** Runs with the process arguments and sets the exit code; an internal error (a bug) exits with 3. */
export function run(): void {
  // Output piped into a reader that stops early (`| head`) is not an error: the rest is not wanted.
  // Output that cannot be written otherwise (a full disk) is an I/O error, told once.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || process.exitCode === EXIT.unreadable) return;
      process.exitCode = EXIT.unreadable;
      if (stream === process.stdout) process.stderr.write(`lambda-esm: cannot write the output: ${error.message}\n`);
    });
  }
  main(process.argv.slice(2)).then(
    (code) => {
      if (process.exitCode !== EXIT.unreadable) process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`lambda-esm: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT.internal;
    },
  );
}

if (require.main === module) run();
