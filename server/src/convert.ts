// The only place where core results become LSP types: offsets → positions, problems → diagnostics.

import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Position } from 'vscode-languageserver';
import type { Problem, Severity } from './core/model/problem';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};


export function positionAt(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - lineStarts[low]! };
}

/** `docsBase` is the URI of the folder of rule pages, ending in `/`; each diagnostic links to its page. */
export function toDiagnostic(problem: Problem, lineStarts: readonly number[], docsBase: string): Diagnostic {
  return {
    range: { start: positionAt(lineStarts, problem.range.start), end: positionAt(lineStarts, problem.range.end) },
    severity: SEVERITY[problem.severity],
    code: problem.code,
    codeDescription: { href: `${docsBase}${problem.code}.md` },
    source: 'lambda-esm',
    message: problem.message,
    ...(problem.unnecessary ? { tags: [DiagnosticTag.Unnecessary] } : {}),
  };
}
