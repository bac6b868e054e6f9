// The `lambda-esm` command. Exit codes: 0 no errors, 1 errors found, 2 bad usage (or an invalid pattern for
// test-pattern), 3 internal error.

import { createHclParser } from '../hclParser';
import { checkPaths } from './checkPaths';
import { fixPaths } from './fixPaths';
import { formatResults } from './formatResults';
import { parseArgs, USAGE, UsageError } from './parseArgs';
import { runTestPattern } from './testPattern';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ !== 'undefined' ? __VERSION__ : '0.0.0-dev';

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') {
      process.stdout.write((command.text ?? USAGE) + '\n');
      return 0;
    }
    if (command.kind === 'version') {
      process.stdout.write(VERSION + '\n');
      return 0;
    }
    if (command.kind === 'test-pattern') return await runTestPattern(command, process);
    const parser = await createHclParser();
    const results = command.fix ? fixPaths(command.paths, parser) : checkPaths(command.paths, parser);
    parser.delete();
    process.stdout.write(formatResults(results, command.format, process.cwd(), VERSION) + '\n');
    return results.some((r) => r.problems.some((p) => p.severity === 'error')) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`lambda-esm: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

/** Runs with the process arguments and sets the exit code; an internal error (a bug) exits with 3. */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`lambda-esm: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}

if (require.main === module) run();
