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

export interface RecordActions {
  /** The decoded form is asked for only while shown, so opening it asks again. */
  readonly onDecodedOpen: () => void;
  /** For a record of the user's own: remove it, or change it (with the JSON as typed, already parsed). */
  readonly onRemove?: () => void;
  readonly onEdit?: (record: unknown) => void;
  /** For a sample: make an editable copy of it among the user's records. */
  readonly onCopy?: () => void;
}

export function recordView(listed: ListedRecord, open: OpenDisclosures, actions: RecordActions): RecordView {
  const status = h('span', { class: 'status' });
  const explanation = h('div', { class: 'explanation' });
  let result: RecordResult | undefined;
  let shown: string | undefined;
  const decoded = disclosure(`${listed.key}:decoded`, 'Record as Lambda filters it', open, () => {
    const failing = result && !result.matched ? result.explanations.flatMap((e) => e.failures.map((f) => f.path)) : [];
    return result && 'decoded' in result ? jsonView(result.decoded, failing) : h('p', {}, 'Decoding…');
  }, actions.onDecodedOpen);
  const raw = actions.onEdit
    ? disclosure(`${listed.key}:raw`, 'Raw record (editable)', open, () => recordEditor(listed, actions.onEdit!), () => undefined)
    : disclosure(`${listed.key}:raw`, 'Raw record', open, () => jsonView(listed.record, []), () => undefined);
  const element = h(
    'li',
    { class: 'record', 'data-name': listed.name },
    h(
      'div',
      { class: 'record-head' },
      status,
      h('span', { class: 'record-name' }, listed.name),
      h('span', { class: 'origin' }, listed.origin),
      actions.onCopy ? button('Copy to edit', `Copy ${listed.name} to your records, to edit it`, actions.onCopy) : undefined,
      actions.onRemove ? button('Remove', `Remove ${listed.name}`, actions.onRemove) : undefined,
    ),
    listed.description ? h('p', { class: 'description' }, listed.description) : undefined,
    explanation,
    decoded.element,
    raw.element,
  );
  return {
    element,
    show: (next) => {
      // Most keystrokes change few records' outcomes: a record whose answer is the same is not redrawn.
      const signature = next === undefined ? '' : JSON.stringify(next);
      if (signature === shown) return;
      shown = signature;
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

function button(label: string, description: string, onClick: () => void): HTMLElement {
  const element = h('vscode-button', { secondary: '', 'aria-label': description }, label);
  element.addEventListener('click', onClick);
  return element;
}

/** The record's JSON in a text area; each edit that parses replaces the record, one that does not says why. */
function recordEditor(listed: ListedRecord, onEdit: (record: unknown) => void): HTMLElement {
  const text = JSON.stringify(listed.record, null, 2) ?? 'null';
  const area = h('vscode-textarea', { monospace: '', resize: 'vertical', rows: String(Math.min(20, text.split('\n').length + 1)), spellcheck: 'false', 'aria-label': `${listed.name} as JSON` }) as HTMLElement & { value: string; invalid: boolean };
  area.value = text;
  const error = h('p', { class: 'add-error', role: 'alert' });
  area.addEventListener('input', () => {
    let record: unknown;
    try {
      record = JSON.parse(area.value);
    } catch (e) {
      area.invalid = true;
      error.textContent = `Not JSON, so the record is unchanged: ${(e as Error).message}`;
      return;
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      area.invalid = true;
      error.textContent = 'A record is a JSON object; the record is unchanged.';
      return;
    }
    area.invalid = false;
    error.textContent = '';
    onEdit(record);
  });
  return h('div', { class: 'record-editor' }, area, error);
}
