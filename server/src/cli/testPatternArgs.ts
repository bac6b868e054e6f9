// Arguments of `lambda-esm test-pattern`: strict like the rest of the CLI, so a typo is a usage error.

import { RECORD_SOURCES, type RecordSource } from '../core/patterns/decodeRecord';

export interface TestPatternCommand {
  readonly kind: 'test-pattern';
  /** A file, or the pattern's JSON text itself. */
  readonly pattern: string;
  /** A .json or .jsonl file, or `-` for JSON Lines on standard input. */
  readonly events: string;
  /** Undefined: guessed per record. */
  readonly source?: RecordSource;
  readonly format: 'text' | 'json';
  readonly summary: boolean;
}

export const TEST_PATTERN_USAGE = `Usage: lambda-esm test-pattern --pattern <file or JSON> --events <file.json | file.jsonl | -> [options]

Tests a Lambda filter pattern against sample records as Lambda would: payloads are decoded first (SQS
body, Kinesis/MQ data and Kafka value from base64, parsed when JSON), then matched with EventBridge's
pattern semantics. --pattern also takes AWS's FilterCriteria JSON ({"Filters": [{"Pattern": "..."}]}).
--events takes records, whole Lambda events, arrays of them, or a samples file; .jsonl is streamed.

Options:
  --source sqs|kinesis|dynamodb|mq|kafka|raw   Where the records come from (default: guessed per record;
                                               raw matches each JSON value as it is, EventBridge style).
  --format text|json                           Output format (default: text).
  --summary                                    Print only the counts.

Lines of JSON Lines input that are not JSON, or longer than 64 MiB, are reported and counted, not tested.

Exit codes: 0 every record tested, 1 some lines could not be read (the others are tested), 2 bad usage or
an invalid pattern, 3 internal error (a bug: please report it), 4 the pattern or events file could not be read.`;

export function parseTestPatternArgs(argv: readonly string[], usageError: (message: string) => Error): TestPatternCommand | { readonly kind: 'help' } {
  let pattern: string | undefined;
  let events: string | undefined;
  let source: RecordSource | undefined;
  let format: 'text' | 'json' = 'text';
  let summary = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--summary') {
      summary = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      const v = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i];
      if (v === undefined) throw usageError(`${name} needs a value.`);
      return v;
    };
    switch (name) {
      case '--pattern':
        pattern = value();
        break;
      case '--events':
        events = value();
        break;
      case '--source': {
        const v = value();
        if (!RECORD_SOURCES.includes(v as RecordSource)) throw usageError(`--source takes ${RECORD_SOURCES.join(', ')}, not \`${v}\`.`);
        source = v as RecordSource;
        break;
      }
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json') throw usageError(`--format takes text or json, not \`${v}\`.`);
        format = v;
        break;
      }
      default:
        throw usageError(arg.startsWith('-') && arg !== '-' ? `Unknown option \`${arg}\`.` : `Unexpected argument \`${arg}\`.`);
    }
  }
  if (pattern === undefined) throw usageError('test-pattern needs --pattern.');
  if (events === undefined) throw usageError('test-pattern needs --events.');
  return { kind: 'test-pattern', pattern, events, ...(source ? { source } : {}), format, summary };
}
