// Prints check results as text for people, JSON for scripts, or SARIF 2.1.0 for code scanning.
// Lines and columns are 1-based; columns count UTF-16 code units, as editors do.

import * as path from 'node:path';
import { ALL_RULES } from '../core/rules';
import { positionAt } from '../convert';
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

export function rowsOf(results: readonly FileResult[], cwd: string): Row[] {
  return results.flatMap((r) =>
    r.problems.map((p) => {
      const start = positionAt(r.lineStarts, p.range.start);
      const end = positionAt(r.lineStarts, p.range.end);
      return {
        file: path.relative(cwd, r.file) || path.basename(r.file),
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
  if (format === 'sarif') return JSON.stringify(sarif(rows, version), null, 2);
  const lines = rows.map((r) => `${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code}: ${r.message}`);
  const errors = rows.filter((r) => r.severity === 'error').length;
  const warnings = rows.filter((r) => r.severity === 'warning').length;
  const files = results.length;
  lines.push(`${rows.length === 0 ? 'No problems' : `${rows.length} problem${rows.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`} in ${files} Terraform file${files === 1 ? '' : 's'}.`);
  return lines.join('\n');
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function sarif(rows: readonly Row[], version: string): unknown {
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
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: rows.map((r) => ({
          ruleId: r.code,
          ruleIndex: ALL_RULES.findIndex((rule) => rule.id === r.code),
          level: SARIF_LEVEL[r.severity],
          message: { text: r.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: r.file.split(path.sep).join('/') },
                region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
}
