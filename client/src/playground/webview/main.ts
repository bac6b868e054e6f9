// The playground's page: the mapping and its source, one editor per filter, the records with what the
// engine says about each, and a box to add a record. The engine runs in the language server; each edit
// asks it again, with at most one question on the way (edits made meanwhile go in the next one), so the
// results follow the typing without queueing stale work.

import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-label/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import { PLAYGROUND_SOURCES, type PlaygroundFilter, type PlaygroundSample, type PlaygroundRecordSource, type TestFiltersResult } from '../../../../protocol/playground';
import type { PlaygroundState, ToExtension, ToWebview } from '../panelMessages';
import { h } from './dom';
import { filterEditor, type FilterEditor } from './filterEditor';
import { recordView, type ListedRecord, type RecordView } from './recordView';

interface VsCodeApi {
  postMessage(message: ToExtension): void;
  getState(): PlaygroundState | undefined;
  setState(state: PlaygroundState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const BLANK_FILTER = '{\n  "body": {\n    \n  }\n}';

const vscode = acquireVsCodeApi();
let state: PlaygroundState = vscode.getState() ?? { source: 'sqs', filters: [BLANK_FILTER], added: [] };
let samples: readonly PlaygroundSample[] = [];
let notes: readonly (string | undefined)[] = [];
let editors: FilterEditor[] = [];
let records: ListedRecord[] = [];
let views: RecordView[] = [];
const open = new Set<string>();

// Where the question to the engine stands.
let asked = 0;
let waiting = false;
let again = false;
let typedAt: number | undefined;

const mappingLine = h('p', { class: 'mapping' });
const sourceSelect = h('vscode-single-select', { id: 'source', 'aria-label': 'Record source' }) as HTMLElement & { value: string };
for (const { source, label } of PLAYGROUND_SOURCES) sourceSelect.append(h('vscode-option', { value: source }, label));
const filterList = h('div', { class: 'filters' });
const summary = h('p', { class: 'summary', role: 'status' });
const latency = h('p', { class: 'latency', id: 'latency' });
const recordList = h('ol', { class: 'records' });
const addArea = h('vscode-textarea', { id: 'add-record', monospace: '', rows: '5', resize: 'vertical', placeholder: 'A record as JSON (an object, or an array of records)' }) as HTMLElement & { value: string };
const addButton = h('vscode-button', { id: 'add-button' }, 'Add record');
const addError = h('p', { class: 'add-error', role: 'alert' });

document.getElementById('playground')!.append(
  h('header', {}, h('h1', {}, 'Filter playground'), mappingLine, h('div', { class: 'source' }, h('vscode-label', { for: 'source' }, 'Records come from'), sourceSelect)),
  h('h2', {}, 'Filters'),
  h('p', { class: 'hint' }, 'Lambda lets a record through when any filter matches it; the others it drops (SQS messages are deleted).'),
  filterList,
  h('h2', {}, 'Records'),
  summary,
  latency,
  recordList,
  h('h2', {}, 'Add a record'),
  h('vscode-label', { for: 'add-record' }, 'Record'),
  addArea,
  addButton,
  addError,
);

sourceSelect.addEventListener('change', () => {
  save({ ...state, source: sourceSelect.value });
  drawRecords();
  ask();
});
addButton.addEventListener('click', addRecord);

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'results') {
    waiting = false;
    if (message.id === asked) show(message.result);
    if (again) ask();
  } else if (message.type === 'source') {
    const { source } = message;
    samples = source.samples;
    notes = source.filters.map(noteOf);
    const filters = message.keepFilters && state.filters.length > 0 ? state.filters : source.filters.length > 0 ? source.filters.map(displayText) : [BLANK_FILTER];
    const changed = filters.length !== editors.length || filters.some((f, i) => f !== state.filters[i]);
    save({
      ...state,
      ...(message.uri ? { uri: message.uri } : {}),
      ...(source.mapping ? { mapping: source.mapping } : {}),
      source: message.keepFilters ? state.source : (source.source ?? state.source),
      filters,
    });
    mappingLine.textContent = source.mapping
      ? `aws_lambda_event_source_mapping.${source.mapping} — ${source.kinds.length > 0 ? `detected source: ${source.kinds.join(' or ')}` : 'source not known from the file; choose one'}`
      : 'No mapping at the cursor: a blank filter.';
    if (changed || editors.length === 0) drawFilters();
    drawRecords();
    ask();
    if (source.focus !== undefined) editors[source.focus]?.element.querySelector('vscode-textarea')?.focus();
  }
});

function noteOf(filter: PlaygroundFilter): string | undefined {
  if (filter.origin === 'reference') return 'This pattern comes from a variable, a local or a constant: edits here stay in the playground.';
  if (filter.origin === 'unknown') return 'This pattern is not known from the file alone (a variable without a default, a function call): write one here to try it.';
  return undefined;
}

/** The file's text, indented when that changes nothing but the spacing. */
function displayText(filter: PlaygroundFilter): string {
  const text = filter.text ?? '';
  try {
    const parsed: unknown = JSON.parse(text);
    return JSON.stringify(parsed) === text ? JSON.stringify(parsed, null, 2) : text;
  } catch {
    return text;
  }
}

function drawFilters(): void {
  editors = state.filters.map((text, i) => filterEditor(i, text, notes[i], onFilterInput));
  filterList.replaceChildren(...editors.map((e) => e.element));
}

function onFilterInput(): void {
  typedAt ??= performance.now();
  save({ ...state, filters: editors.map((e) => e.text()) });
  ask();
}

function drawRecords(): void {
  sourceSelect.value = state.source;
  const source = state.source as PlaygroundRecordSource;
  records = [
    ...samples.filter((s) => s.source === source).map((s, i) => ({ key: `${s.origin}:${i}:${s.name}`, name: s.name, origin: s.origin, record: s.record, ...(s.description ? { description: s.description } : {}) })),
    ...state.added.flatMap((a, i) => (a.source === source ? [{ key: `added:${i}:${a.name}`, name: a.name, origin: 'added', record: a.record }] : [])),
  ];
  views = records.map((r) => recordView(r, open, ask, r.origin === 'added' ? () => removeRecord(r.name) : undefined));
  recordList.replaceChildren(...views.map((v) => v.element));
}

/** Asks the engine about the filters as they are now; while an answer is on the way, once more after it. */
function ask(): void {
  if (waiting) {
    again = true;
    return;
  }
  again = false;
  waiting = true;
  const decode = records.flatMap((r, i) => (open.has(`${r.key}:decoded`) ? [i] : []));
  vscode.postMessage({ type: 'test', id: ++asked, params: { source: state.source as PlaygroundRecordSource, filters: state.filters, records: records.map((r) => r.record), decode } });
}

function show(result: TestFiltersResult): void {
  editors.forEach((e, i) => e.show(result.filters[i], result.records.filter((r) => r.matchedBy.includes(i)).length));
  views.forEach((v, i) => v.show(result.records[i]));
  const passed = result.records.filter((r) => r.matched).length;
  summary.textContent = `${passed} of ${result.records.length} record${result.records.length === 1 ? '' : 's'} pass${result.records.length === 1 ? 'es' : ''} the filters.`;
  if (typedAt !== undefined && !again) {
    const ms = performance.now() - typedAt;
    typedAt = undefined;
    latency.textContent = `Updated ${Math.round(ms)} ms after the keystroke.`;
    latency.dataset.ms = ms.toFixed(1);
  }
}

function addRecord(): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(addArea.value);
  } catch (e) {
    addError.textContent = `Not JSON: ${(e as Error).message}`;
    return;
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  const start = state.added.length;
  addError.textContent = '';
  addArea.value = '';
  save({ ...state, added: [...state.added, ...list.map((record, i) => ({ name: `added record ${start + i + 1}`, source: state.source, record }))] });
  drawRecords();
  ask();
}

function removeRecord(name: string): void {
  save({ ...state, added: state.added.filter((a) => a.name !== name) });
  drawRecords();
  ask();
}

function save(next: PlaygroundState): void {
  state = next;
  vscode.setState(state);
}

// A restored page shows its own state at once; the extension then sends the file's mapping.
drawFilters();
drawRecords();
vscode.postMessage({ type: 'ready' });
