// Prints check results as text for people, JSON for scripts, or SARIF 2.1.0 for code scanning.
// Lines and columns are 1-based; columns count UTF-16 code units, as editors do. Files that could not be
// checked are one line each on standard error (`failureLines`), and in SARIF, notifications of the run.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_RULES } from '../core/rules';
import { positionAt } from '../lineStarts';
import type { FileResult } from './checkPaths';
import type { Format } from './parseArgs';

interface Row {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

/** A file as the output names it: relative to the current folder. */
function shown(file: string, cwd: string): string {
  return path.relative(cwd, file) || path.basename(file);
}

export function rowsOf(results: readonly FileResult[], cwd: string): Row[] {
  return results.flatMap((r) =>
    r.problems.map((p) => {
      const start = positionAt(r.lineStarts, p.range.start);
      const end = positionAt(r.lineStarts, p.range.end);
      return {
        file: shown(r.file, cwd),
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: p.severity,
        code: p.code,
        message: p.message,
      };
    }),
  );
}

export function formatResults(results: readonly FileResult[], format: Format, cwd: string, version: string): string {
  const rows = rowsOf(results, cwd);
  if (format === 'json') return JSON.stringify(rows, null, 2);
  if (format === 'sarif') return JSON.stringify(sarif(rows, results, cwd, version), null, 2);
  const lines = rows.map((r) => `${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code}: ${r.message}`);
  const errors = rows.filter((r) => r.severity === 'error').length;
  const warnings = rows.filter((r) => r.severity === 'warning').length;
  const files = results.filter((r) => !r.failure).length;
  const failed = results.length - files;
  lines.push(
    `${rows.length === 0 ? 'No problems' : `${rows.length} problem${rows.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`} in ${files} Terraform file${files === 1 ? '' : 's'}.` +
      (failed > 0 ? ` ${failed} could not be checked.` : ''),
  );
  return lines.join('\n');
}

/** One line per file or folder that could not be checked, for standard error. */
export function failureLines(results: readonly FileResult[], cwd: string): string[] {
  return results.flatMap((r) => (r.failure ? [`lambda-esm: ${failureText(r.file, r.failure, cwd)}`] : []));
}

function failureText(file: string, failure: NonNullable<FileResult['failure']>, cwd: string): string {
  return failure.kind === 'unreadable' ? `cannot check ${shown(file, cwd)}: ${failure.reason}` : `internal error while checking ${shown(file, cwd)} (please report it): ${failure.reason}`;
}

/**
 * A path as a SARIF `uri`: relative to the current folder (`uriBaseId` %SRCROOT%) with each segment
 * percent-encoded (a space, `#`, `%` or a non-ASCII letter is no URI character), or a `file:` URI for
 * a file outside it, which no relative reference could name portably.
 */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, file);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return { uri: pathToFileURL(file).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

const SRCROOT = '%SRCROOT%';

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function sarif(rows: readonly Row[], results: readonly FileResult[], cwd: string, version: string): unknown {
  const failures = results.filter((r) => r.failure);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lambda-esm',
            fullName: 'Lambda ESM Lens',
            version,
            rules: ALL_RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              help: { text: `${r.description} See docs/rules/${r.id}.md.` },
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
              // Code scanning tools filter and group results by these tags.
              properties: { tags: ['aws-lambda', r.category] },
            })),
          },
        },
        // A folder URI ends with a slash, so that relative URIs resolve inside it.
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map((r) => ({
              level: 'error',
              message: { text: failureText(r.file, r.failure!, cwd) },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.file, cwd) } }],
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: rows.map((r) => ({
          ruleId: r.code,
          ruleIndex: ALL_RULES.findIndex((rule) => rule.id === r.code),
          level: SARIF_LEVEL[r.severity],
          message: { text: r.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(path.resolve(cwd, r.file), cwd),
                region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
}
