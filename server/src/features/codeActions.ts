// Quick fixes and "fix all" from the fixes rules attach to their problems, which the core already wrote
// in the file's own syntax (Terraform, Terraform JSON or a CDKTF stack).

import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type ServerCapabilities, type TextEdit } from 'vscode-languageserver';
import { fixAllEdits } from '../core/fixes/fixAll';
import { guardedFixAll } from '../core/fixes/guardedFixAll';
import type { Problem, TextEdit as OffsetEdit } from '../core/model/problem';
import { positionAt } from '../convert';
import { runSafe } from '../runSafe';
import { syntaxErrorCount } from '../syntaxErrorCount';
import type { ServerState } from './serverState';

/** The kind of the "fix all" source action, so editors can run it on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.lambdaEsm`;

export const CODE_ACTION_CAPABILITIES: ServerCapabilities = { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } };

export function registerCodeActions(state: ServerState): void {
  state.connection.onCodeAction(({ textDocument, range, context }) =>
    runSafe(state.logger, `code actions for ${textDocument.uri}`, [] as CodeAction[], () => {
      const document = state.store.get(textDocument.uri);
      const problems = state.published.get(textDocument.uri);
      if (!document || !problems) return [];
      const guard = { text: () => document.text, syntaxErrors: (text: string) => syntaxErrorCount(textDocument.uri, text, state.parser!) };
      return codeActionsFor(textDocument.uri, problems, document.getLineStarts(), range, context.diagnostics, context.only, guard);
    }),
  );
}

/**
 * The document's text and how to count the syntax errors of a text in its syntax: with them, "fix all"
 * leaves out fixes that would break the file, as `check --fix` does (see guardedFixAll).
 */
export interface FixAllGuard {
  readonly text: () => string;
  readonly syntaxErrors: (text: string) => number;
}

export function codeActionsFor(uri: string, problems: readonly Problem[], lineStarts: readonly number[], range: Range, diagnostics: readonly Diagnostic[], only: readonly string[] | undefined, guard?: FixAllGuard): CodeAction[] {
  const toRange = (r: Problem['range']): Range => ({ start: positionAt(lineStarts, r.start), end: positionAt(lineStarts, r.end) });
  const toEdits = (edits: readonly { range: Problem['range']; newText: string }[]): TextEdit[] => edits.map((e) => ({ range: toRange(e.range), newText: e.newText }));
  const actions: CodeAction[] = [];
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  if (wants(CodeActionKind.QuickFix)) {
    for (const problem of problems) {
      if (!problem.fixes?.length || !overlaps(toRange(problem.range), range)) continue;
      const diagnostic = diagnostics.find((d) => d.code === problem.code && sameRange(d.range, toRange(problem.range)));
      for (const fix of problem.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
          isPreferred: fix.preferred === true,
          edit: { changes: { [uri]: toEdits(fix.edits) } },
        });
      }
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const edits = fixAllOf(problems, guard);
    if (edits.length > 0) actions.push({ title: 'Fix all safely fixable Lambda ESM Lens problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: toEdits(edits) } } });
  }
  return actions;
}

/**
 * The guarded fix-all of a set of problems, kept while they are the published ones: editors ask for code
 * actions at every move of the cursor, and the guard parses the document again.
 */
const guarded = new WeakMap<readonly Problem[], OffsetEdit[]>();

function fixAllOf(problems: readonly Problem[], guard: FixAllGuard | undefined): OffsetEdit[] {
  if (!guard) return fixAllEdits(problems);
  let edits = guarded.get(problems);
  if (!edits) {
    edits = guardedFixAll(guard.text(), problems, guard.syntaxErrors).edits;
    guarded.set(problems, edits);
  }
  return edits;
}

function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function before(p: Range['start'], q: Range['start']): boolean {
  return p.line < q.line || (p.line === q.line && p.character < q.character);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
