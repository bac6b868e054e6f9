// One filter of the mapping: its pattern in an editable JSON text area, under it what the engine says
// about the text (each problem with its line and column and the token marked in a copy of the line), so
// the place of an error is exact without an editor widget, and "Apply to source" with what became of it.

import type { FilterCheck, FilterProblem } from '../../../../protocol/playground';
import type { ToWebview } from '../panelMessages';
import { h } from './dom';

/** The part of `<vscode-textarea>` the playground uses. */
type TextArea = HTMLElement & { value: string; invalid: boolean };

export interface FilterEditor {
  readonly element: HTMLElement;
  readonly text: () => string;
  /** Puts the file's text in the box (the file changed); what the box said about the old text goes. */
  readonly setText: (text: string) => void;
  readonly show: (check: FilterCheck | undefined, passed: number) => void;
  /** What became of "Apply to source"; a refused apply offers to copy the pattern instead. */
  readonly applied: (outcome: Extract<ToWebview, { type: 'applied' }>) => void;
}

export interface FilterActions {
  readonly onInput: () => void;
  readonly onApply: () => void;
  readonly onCopy: (text: string) => void;
}

export function filterEditor(index: number, text: string, note: string | undefined, actions: FilterActions): FilterEditor {
  const id = `filter-${index}`;
  const area = h('vscode-textarea', { id, monospace: '', resize: 'vertical', rows: String(Math.min(16, Math.max(4, text.split('\n').length + 1))), spellcheck: 'false', 'aria-describedby': `${id}-check` }) as TextArea;
  area.value = text;
  const count = h('span', { class: 'filter-count' });
  const check = h('div', { id: `${id}-check`, class: 'filter-check', role: 'status' });
  const apply = h('vscode-button', { class: 'apply', title: 'Write this pattern into the file, in the form it has there' }, 'Apply to source');
  const outcome = h('div', { class: 'apply-outcome', role: 'status' });
  area.addEventListener('input', () => {
    outcome.replaceChildren();
    actions.onInput();
  });
  apply.addEventListener('click', () => {
    outcome.replaceChildren(h('p', {}, 'Writing…'));
    actions.onApply();
  });
  const element = h(
    'section',
    { class: 'filter', 'data-filter': String(index) },
    h('div', { class: 'filter-head' }, h('vscode-label', { for: id }, `Filter ${index + 1}`), count),
    note ? h('p', { class: 'note' }, note) : undefined,
    area,
    check,
    h('div', { class: 'filter-actions' }, apply),
    outcome,
  );
  return {
    element,
    text: () => area.value,
    setText: (next) => {
      area.value = next;
      outcome.replaceChildren();
    },
    show: (result, passed) => {
      check.replaceChildren(...(result?.problems ?? []).map((p) => problemView(p, area.value)));
      area.invalid = result !== undefined && !result.usable;
      count.textContent = result === undefined ? '' : result.usable ? `lets ${passed} through` : 'rejected: lets nothing through';
    },
    applied: (result) => {
      const copy: HTMLElement | undefined = result.copyText !== undefined ? h('vscode-button', { secondary: '', class: 'copy' }, 'Copy pattern') : undefined;
      copy?.addEventListener('click', () => actions.onCopy(result.copyText!));
      outcome.replaceChildren(h('p', { class: result.outcome }, result.message));
      if (copy) outcome.append(copy);
    },
  };
}

function problemView(problem: FilterProblem, text: string): HTMLElement {
  const lineStart = text.lastIndexOf('\n', problem.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', problem.start);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const line = text.slice(lineStart, lineEnd);
  const before = text.slice(0, problem.start).split('\n').length;
  const column = problem.start - lineStart + 1;
  const width = Math.max(1, Math.min(problem.end, lineEnd) - problem.start);
  return h(
    'div',
    { class: `problem ${problem.severity}` },
    h('p', {}, h('strong', {}, `${label(problem.severity)} at line ${before}, column ${column}: `), problem.message),
    h('pre', { class: 'excerpt', 'aria-hidden': 'true' }, `${line}\n${' '.repeat(column - 1)}${'^'.repeat(width)}`),
  );
}

function label(severity: FilterProblem['severity']): string {
  return severity === 'error' ? 'Error' : severity === 'warning' ? 'Warning' : 'Note';
}
