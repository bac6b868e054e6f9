// What the long fuzz run checks in the server's answers: every range (diagnostics, code lenses, code
// action edits) lies inside the document as the fuzzer holds it, and answers compared between the
// incrementally edited document and a fresh open of the same text, with the folder names taken out.

import type { Diagnostic, Range } from 'vscode-languageserver';
import { lineLengths } from '../support/fuzzEdits';

export interface Lens {
  readonly range: Range;
  readonly command?: { readonly title: string; readonly command: string; readonly arguments?: unknown[] };
}

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface Action {
  readonly title: string;
  readonly kind?: string;
  readonly edit?: { readonly changes?: Record<string, TextEdit[]>; readonly documentChanges?: unknown[] };
}

/** Why the range does not lie inside the text, or undefined when it does. */
export function rangeProblem(range: Range | undefined, lengths: readonly number[]): string | undefined {
  if (!range || !range.start || !range.end) return 'no range';
  for (const [name, p] of [['start', range.start], ['end', range.end]] as const) {
    if (!Number.isInteger(p.line) || p.line < 0 || p.line >= lengths.length) return `${name} line ${p.line} outside the ${lengths.length} lines`;
    if (!Number.isInteger(p.character) || p.character < 0 || p.character > lengths[p.line]!) return `${name} character ${p.character} outside line ${p.line} (length ${lengths[p.line]})`;
  }
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return 'start after end';
  return undefined;
}

/** Problems with published diagnostics for `text`: ranges, codes, messages. */
export function diagnosticProblems(diagnostics: readonly Diagnostic[], text: string): string[] {
  const lengths = lineLengths(text);
  const problems: string[] = [];
  if (!Array.isArray(diagnostics)) return ['diagnostics is not an array'];
  for (const d of diagnostics) {
    const show = `diagnostic ${JSON.stringify(d.range)} ${String(d.code)} ${JSON.stringify(String(d.message).slice(0, 200))}`;
    const range = rangeProblem(d.range, lengths);
    if (range) problems.push(`${show}: ${range}`);
    if (!((typeof d.code === 'string' && d.code.length > 0) || typeof d.code === 'number')) problems.push(`${show}: no code`);
    if (typeof d.message !== 'string' || d.message.length === 0) problems.push(`${show}: no message`);
  }
  return problems;
}

export function lensProblems(lenses: unknown, text: string): string[] {
  if (!Array.isArray(lenses)) return lenses === null ? [] : [`code lenses: not an array but ${JSON.stringify(lenses)}`];
  const lengths = lineLengths(text);
  const problems: string[] = [];
  for (const lens of lenses as Lens[]) {
    const range = rangeProblem(lens.range, lengths);
    if (range) problems.push(`code lens ${JSON.stringify(lens.range)} ${lens.command?.title}: ${range}`);
    if (!lens.command?.title) problems.push(`code lens ${JSON.stringify(lens.range)}: no title`);
  }
  return problems;
}

/** Code actions for `uri`: each edit inside the document, edits of one action not overlapping. */
export function actionProblems(actions: unknown, uri: string, text: string): string[] {
  if (!Array.isArray(actions)) return actions === null ? [] : [`code actions: not an array but ${JSON.stringify(actions)}`];
  const lengths = lineLengths(text);
  const problems: string[] = [];
  for (const action of actions as Action[]) {
    const changes = action.edit?.changes ?? {};
    for (const [target, edits] of Object.entries(changes)) {
      if (target !== uri) problems.push(`code action "${action.title}" edits another document: ${target}`);
      const sorted = [...edits].sort((a, b) => compare(a.range.start, b.range.start) || compare(a.range.end, b.range.end));
      for (const [i, e] of sorted.entries()) {
        const range = rangeProblem(e.range, lengths);
        if (range) problems.push(`code action "${action.title}" edit ${JSON.stringify(e.range)}: ${range}`);
        const next = sorted[i + 1];
        if (next && compare(e.range.end, next.range.start) > 0) problems.push(`code action "${action.title}": edits ${JSON.stringify(e.range)} and ${JSON.stringify(next.range)} overlap`);
      }
    }
  }
  return problems;
}

function compare(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}

/** Applies non-overlapping text edits (any order) to a text, as an editor applies a workspace edit. */
export function applyTextEdits(text: string, edits: readonly TextEdit[], offsetAt: (p: Range['start']) => number): string {
  return [...edits]
    .map((e, index) => ({ start: offsetAt(e.range.start), end: offsetAt(e.range.end), newText: e.newText, index }))
    .sort((a, b) => b.start - a.start || b.index - a.index)
    .reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(Math.max(e.start, e.end)), text);
}

/**
 * A workspace edit's text edits as the changes of one didChange, applied in order: last edit first, so
 * each change's positions are still those of the original text; of edits at the same position the later
 * one goes first, then the earlier before it (a workspace edit applies them in their order).
 */
export function changesOf(edits: readonly TextEdit[]): { range: Range; text: string }[] {
  return edits
    .map((e, index) => ({ e, index }))
    .sort((a, b) => b.e.range.start.line - a.e.range.start.line || b.e.range.start.character - a.e.range.start.character || b.index - a.index)
    .map(({ e }) => ({ range: e.range, text: e.newText }));
}

/**
 * An answer as a sortable string list, with the module's folder replaced by a placeholder: the fresh copy
 * lives in another folder, and messages or related information may name the other files of the module.
 */
export function normalizedDiagnostics(diagnostics: readonly Diagnostic[] | undefined, folder: string): string[] {
  return (diagnostics ?? [])
    .map((d) => withoutFolder(JSON.stringify({ range: d.range, severity: d.severity, code: d.code, message: d.message, tags: d.tags, related: d.relatedInformation }), folder))
    .sort();
}

export function normalizedAnswer(answer: unknown, folder: string): string {
  return withoutFolder(JSON.stringify(answer ?? null), folder);
}

function withoutFolder(json: string, folder: string): string {
  return json.split(folder).join('<folder>/');
}
