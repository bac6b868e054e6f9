// One filter of the mapping: its pattern in an editable JSON text area, and under it what the engine
// says about the text (each problem with its line and column and the token marked in a copy of the line),
// so the place of an error is exact without an editor widget.

import type { FilterCheck, FilterProblem } from '../../../../protocol/playground';
import { h } from './dom';

/** The part of `<vscode-textarea>` the playground uses. */
type TextArea = HTMLElement & { value: string; invalid: boolean };

export interface FilterEditor {
  readonly element: HTMLElement;
  readonly text: () => string;
  readonly show: (check: FilterCheck | undefined, passed: number) => void;
}

export function filterEditor(index: number, text: string, note: string | undefined, onInput: () => void): FilterEditor {
  const id = `filter-${index}`;
  const area = h('vscode-textarea', { id, monospace: '', resize: 'vertical', rows: String(Math.min(16, Math.max(4, text.split('\n').length + 1))), spellcheck: 'false', 'aria-describedby': `${id}-check` }) as TextArea;
  area.value = text;
  area.addEventListener('input', onInput);
  const count = h('span', { class: 'filter-count' });
  const check = h('div', { id: `${id}-check`, class: 'filter-check', role: 'status' });
  const element = h(
    'section',
    { class: 'filter' },
    h('div', { class: 'filter-head' }, h('vscode-label', { for: id }, `Filter ${index + 1}`), count),
    note ? h('p', { class: 'note' }, note) : undefined,
    area,
    check,
  );
  return {
    element,
    text: () => area.value,
    show: (result, passed) => {
      check.replaceChildren(...(result?.problems ?? []).map((p) => problemView(p, area.value)));
      area.invalid = result !== undefined && !result.usable;
      count.textContent = result === undefined ? '' : result.usable ? `lets ${passed} through` : 'rejected: lets nothing through';
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
