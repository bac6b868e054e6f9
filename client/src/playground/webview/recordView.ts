// One record of the list: whether it passes and which filter let it through, for a filtered-out record
// every filter's explanation in full, and two disclosures: the record as Lambda filters it (with the
// failing fields marked) and the raw record. The JSON is drawn only when a disclosure is open, so a
// large record costs nothing while it is closed.

import type { RecordResult } from '../../../../protocol/playground';
import { h } from './dom';
import { jsonView } from './jsonView';

export interface ListedRecord {
  readonly key: string;
  readonly name: string;
  readonly origin: string;
  readonly description?: string;
  readonly record: unknown;
}

export interface RecordView {
  readonly element: HTMLElement;
  readonly show: (result: RecordResult | undefined) => void;
}

/** Which disclosures are open, by record key, kept across redraws and reloads. */
export type OpenDisclosures = Set<string>;

/** `onDecodedOpen`: the decoded form is asked for only while shown, so opening it asks again. */
export function recordView(listed: ListedRecord, open: OpenDisclosures, onDecodedOpen: () => void, onRemove: (() => void) | undefined): RecordView {
  const status = h('span', { class: 'status' });
  const explanation = h('div', { class: 'explanation' });
  let result: RecordResult | undefined;
  const decoded = disclosure(`${listed.key}:decoded`, 'Record as Lambda filters it', open, () => {
    const failing = result && !result.matched ? result.explanations.flatMap((e) => e.failures.map((f) => f.path)) : [];
    return result && 'decoded' in result ? jsonView(result.decoded, failing) : h('p', {}, 'Decoding…');
  }, onDecodedOpen);
  const raw = disclosure(`${listed.key}:raw`, 'Raw record', open, () => jsonView(listed.record, []), () => undefined);
  const element = h(
    'li',
    { class: 'record', 'data-name': listed.name },
    h(
      'div',
      { class: 'record-head' },
      status,
      h('span', { class: 'record-name' }, listed.name),
      h('span', { class: 'origin' }, listed.origin),
      onRemove ? removeButton(listed.name, onRemove) : undefined,
    ),
    listed.description ? h('p', { class: 'description' }, listed.description) : undefined,
    explanation,
    decoded.element,
    raw.element,
  );
  return {
    element,
    show: (next) => {
      result = next;
      element.classList.toggle('matched', !!next?.matched);
      element.classList.toggle('filtered', !!next && !next.matched);
      status.textContent = !next ? '…' : next.matched ? `Matched by filter ${next.matchedBy.map((i) => i + 1).join(', ')}` : 'Filtered out';
      explanation.replaceChildren(...(next?.explanations ?? []).map((e) => explanationView(e, next!.matched)));
      decoded.redraw();
    },
  };
}

function explanationView(e: RecordResult['explanations'][number], matched: boolean): HTMLElement {
  return h(
    'div',
    { class: matched ? 'caveat' : 'why' },
    h('p', {}, h('strong', {}, `Filter ${e.filter + 1}: `), e.reason ?? ''),
    e.failures.length > 1 ? h('ul', {}, ...e.failures.map((f) => h('li', {}, h('code', {}, f.path), ` — ${f.message}`))) : undefined,
  );
}

function disclosure(key: string, title: string, open: OpenDisclosures, draw: () => HTMLElement, onOpen: () => void): { element: HTMLDetailsElement; redraw: () => void } {
  const body = h('div', { class: 'disclosure-body' });
  const element = h('details', {}, h('summary', {}, title), body);
  const redraw = (): void => {
    if (element.open) body.replaceChildren(draw());
    else body.replaceChildren();
  };
  element.open = open.has(key);
  element.addEventListener('toggle', () => {
    if (element.open) open.add(key);
    else open.delete(key);
    redraw();
    if (element.open) onOpen();
  });
  return { element, redraw };
}

function removeButton(name: string, onRemove: () => void): HTMLElement {
  const button = h('vscode-button', { secondary: '', 'aria-label': `Remove ${name}` }, 'Remove');
  button.addEventListener('click', onRemove);
  return button;
}
