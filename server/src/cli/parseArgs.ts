// Command-line parsing for `lambda-esm`: small and strict, so a typo in CI is a usage error (exit 2)
// instead of a silently different run.

import { EXIT_CODES_HELP } from './exitCodes';
import { parseTestPatternArgs, TEST_PATTERN_USAGE, type TestPatternCommand } from './testPatternArgs';

export type Format = 'text' | 'json' | 'sarif';

export type Command =
  | { readonly kind: 'check'; readonly paths: readonly string[]; readonly format: Format; readonly fix: boolean }
  | TestPatternCommand
  | { readonly kind: 'help'; readonly text?: string }
  | { readonly kind: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: lambda-esm check [paths...] [--format text|json|sarif] [--fix]
       lambda-esm test-pattern --pattern <file or JSON> --events <file> (see test-pattern --help)

Checks every aws_lambda_event_source_mapping in the given Terraform files or folders
(default: the current folder). Each folder is one module: references resolve across its files.

Options:
  --format text|json|sarif   Output format (default: text). sarif is SARIF 2.1.0 for code scanning.
  --fix                      Apply the safe fixes to the files, then report what is left.
  -h, --help                 Show this help.
  --version                  Show the version.

${EXIT_CODES_HELP}
Rule severities can be changed in .lambda-esm.json: { "rules": { "<rule-id>": "warning" | "off" } }.`;

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-v') return { kind: 'version' };
  if (command === 'test-pattern') {
    const parsed = parseTestPatternArgs(rest, (message) => new UsageError(message));
    return parsed.kind === 'help' ? { kind: 'help', text: TEST_PATTERN_USAGE } : parsed;
  }
  if (command !== 'check') throw new UsageError(`Unknown command \`${command}\`.`);
  const paths: string[] = [];
  let format: Format = 'text';
  let fix = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json' && value !== 'sarif') throw new UsageError(`--format takes text, json or sarif, not \`${value ?? ''}\`.`);
      format = value;
    } else if (arg === '--fix') {
      fix = true;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`Unknown option \`${arg}\`.`);
    } else {
      paths.push(arg);
    }
  }
  return { kind: 'check', paths: paths.length > 0 ? paths : ['.'], format, fix };
}
