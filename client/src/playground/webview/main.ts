// The playground's page: the mapping and its source, one editor per filter (with "Apply to source"), the
// records with what the engine says about each, a box to paste or import records, and "Save records".
// The engine runs in the language server; each edit asks it again, with at most one question on the way
// (edits made meanwhile go in the next one), so the results follow the typing without queueing stale
// work. The records go to the server only when they change: a keystroke in a filter sends the filters.

import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-label/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import { PLAYGROUND_SOURCES, type ImportRecordsResult, type PlaygroundFilter, type PlaygroundSample, type PlaygroundRecordSource, type TestFiltersResult } from '../../../../protocol/playground';
import type { AddedRecord, PlaygroundState, ToExtension, ToWebview } from '../panelMessages';
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
/** Records drawn at first, and added by each "Show more": all are tested, a long list is drawn in steps. */
const SHOWN_STEP = 500;

const vscode = acquireVsCodeApi();
let state: PlaygroundState = vscode.getState() ?? { source: 'sqs', filters: [BLANK_FILTER], added: [] };
let samples: readonly PlaygroundSample[] = [];
let notes: readonly (string | undefined)[] = [];
let editors: FilterEditor[] = [];
let records: ListedRecord[] = [];
let views: RecordView[] = [];
let shownLimit = SHOWN_STEP;
const open = new Set<string>();
// The records as the server last got them: a new list gets a new key.
const session = Math.random().toString(36).slice(2);
let recordsVersion = 0;
let sentKey: string | undefined;

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
const moreButton = h('vscode-button', { id: 'more-records', secondary: '' }, 'Show more');
const saveButton = h('vscode-button', { id: 'save-records', secondary: '', title: 'Save your records to a *.esm-samples.json file, for the code lens and CI' }, 'Save records');
const notice = h('p', { class: 'notice', role: 'status' });
const addArea = h('vscode-textarea', {
  id: 'add-record',
  monospace: '',
  rows: '5',
  resize: 'vertical',
  placeholder: 'A record, a Lambda event, JSON Lines, or what `aws sqs receive-message`, `aws kinesis get-records` or a DynamoDB stream printed',
}) as HTMLElement & { value: string };
const addButton = h('vscode-button', { id: 'add-button' }, 'Add records');
const importButton = h('vscode-button', { id: 'import-button', secondary: '' }, 'Import file…');
const addError = h('div', { class: 'add-error', role: 'alert' });

document.getElementById('playground')!.append(
  h('header', {}, h('h1', {}, 'Filter playground'), mappingLine, h('div', { class: 'source' }, h('vscode-label', { for: 'source' }, 'Records come from'), sourceSelect)),
  h('h2', {}, 'Filters'),
  h('p', { class: 'hint' }, 'Lambda lets a record through when any filter matches it; the others it drops (SQS messages are deleted).'),
  filterList,
  h('div', { class: 'records-head' }, h('h2', {}, 'Records'), saveButton),
  summary,
  latency,
  notice,
  recordList,
  moreButton,
  h('h2', {}, 'Add records'),
  h('vscode-label', { for: 'add-record' }, 'Paste records'),
  addArea,
  h('div', { class: 'add-actions' }, addButton, importButton),
  addError,
);

sourceSelect.addEventListener('change', () => {
  save({ ...state, source: sourceSelect.value });
  shownLimit = SHOWN_STEP;
  drawRecords();
  ask();
});
addButton.addEventListener('click', () => vscode.postMessage({ type: 'import', text: addArea.value, source: state.source as PlaygroundRecordSource }));
importButton.addEventListener('click', () => vscode.postMessage({ type: 'import', file: true, source: state.source as PlaygroundRecordSource }));
saveButton.addEventListener('click', () => vscode.postMessage({ type: 'save', records: state.added }));
moreButton.addEventListener('click', () => {
  shownLimit += SHOWN_STEP;
  drawRecords(false);
  ask();
});

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'results') {
    waiting = false;
    if (message.result.missingRecords) {
      // The server restarted and lost the records: they go with the next question.
      sentKey = undefined;
      again = true;
    } else if (message.id === asked) show(message.result);
    if (again) ask();
  } else if (message.type === 'source') {
    takeSource(message);
  } else if (message.type === 'applied') {
    editors[message.filter]?.applied(message);
  } else if (message.type === 'imported') {
    imported(message.result, message.from);
  } else if (message.type === 'notice') {
    notice.textContent = message.message;
    notice.classList.toggle('error', !!message.error);
  }
});

/**
 * The file's filters. A filter edited here whose text in the file has not changed keeps the edit; any
 * other takes the file's text (the file changed under the playground: it wins, and says so).
 */
function takeSource(message: Extract<ToWebview, { type: 'source' }>): void {
  const { source } = message;
  samples = source.samples;
  const fileTexts = source.filters.length > 0 ? source.filters.map(displayText) : [BLANK_FILTER];
  const base = source.filters.map((f) => f.text ?? null);
  const same = message.uri === state.uri && source.mapping === state.mapping;
  let filters: readonly string[];
  const replaced: number[] = [];
  if (message.keepFilters && state.filters.length > 0) filters = state.filters;
  else {
    filters = fileTexts.map((text, i) => {
      const mine = state.filters[i];
      const edited = same && state.shown?.[i] !== undefined && mine !== undefined && mine !== state.shown[i];
      if (!edited) return text;
      // The file's filter did not change, or it changed to what the page says (Apply to source wrote it).
      if (state.base?.[i] === base[i] || sameJson(mine, source.filters[i]?.text)) return mine;
      replaced.push(i + 1);
      return text;
    });
  }
  save({
    ...state,
    ...(message.uri ? { uri: message.uri } : {}),
    ...(source.mapping ? { mapping: source.mapping } : {}),
    source: message.keepFilters ? state.source : (source.source ?? state.source),
    filters,
    base,
    // A filter that now says what the file says counts as not edited.
    shown: message.keepFilters && state.shown ? state.shown : fileTexts.map((text, i) => (sameJson(filters[i], source.filters[i]?.text) ? filters[i]! : text)),
  });
  mappingLine.textContent = source.mapping
    ? `aws_lambda_event_source_mapping.${source.mapping} — ${source.kinds.length > 0 ? `detected source: ${source.kinds.join(' or ')}` : 'source not known from the file; choose one'}`
    : 'No mapping at the cursor: a blank filter.';
  if (replaced.length > 0) {
    notice.textContent = `Filter ${replaced.join(', ')} changed in the file; the playground shows the file's version now.`;
    notice.classList.remove('error');
  }
  // The boxes are made again only when the filters themselves change: otherwise what was typed, the
  // cursor and what "Apply to source" said stay.
  const newNotes = source.filters.map(noteOf);
  if (editors.length !== filters.length || newNotes.some((n, i) => n !== notes[i])) {
    notes = newNotes;
    drawFilters();
  } else {
    filters.forEach((text, i) => editors[i]!.text() !== text && editors[i]!.setText(text));
  }
  drawRecords(false);
  ask();
  if (message.reveal !== undefined) revealRecord(message.reveal);
  else if (source.focus !== undefined) editors[source.focus]?.element.querySelector('vscode-textarea')?.focus();
}

/** Scrolls to a record by name (drawing further if it is not drawn yet) and opens its decoded form. */
function revealRecord(name: string): void {
  const at = records.findIndex((r) => r.name === name);
  if (at < 0) return;
  if (at >= shownLimit) {
    shownLimit = (Math.floor(at / SHOWN_STEP) + 1) * SHOWN_STEP;
    drawRecords(false);
  }
  const element = views[at]?.element;
  if (!element) return;
  element.classList.add('revealed');
  const details = element.querySelector('details');
  if (details && !details.open) details.open = true;
  element.scrollIntoView({ block: 'start' });
  element.querySelector('summary')?.focus();
}

function noteOf(filter: PlaygroundFilter): string | undefined {
  if (filter.origin === 'reference') return 'This pattern comes from a variable, a local or a constant: edits here stay in the playground.';
  if (filter.origin === 'unknown') return 'This pattern is not known from the file alone (a variable without a default, a function call): write one here to try it.';
  return undefined;
}

/** Whether two pattern texts are the same JSON (the file's and the page's spacing differ). */
function sameJson(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return false;
  }
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
  editors = state.filters.map((text, i) =>
    filterEditor(i, text, notes[i], {
      onInput: onFilterInput,
      onApply: () => {
        const base = state.base?.[i];
        vscode.postMessage({ type: 'apply', filter: i, text: editors[i]!.text(), ...(typeof base === 'string' ? { base } : {}) });
      },
      onCopy: (text) => vscode.postMessage({ type: 'copy', text }),
    }),
  );
  filterList.replaceChildren(...editors.map((e) => e.element));
}

function onFilterInput(): void {
  typedAt ??= performance.now();
  save({ ...state, filters: editors.map((e) => e.text()) });
  ask();
}

/** The records of the chosen source; `changed` when the list itself changed (not only how much is drawn). */
function drawRecords(changed = true): void {
  sourceSelect.value = state.source;
  const source = state.source as PlaygroundRecordSource;
  const next: ListedRecord[] = [
    ...samples.filter((s) => s.source === source).map((s, i) => ({ key: `${s.origin}:${i}:${s.name}`, name: s.name, origin: s.origin, record: s.record, ...(s.description ? { description: s.description } : {}) })),
    ...state.added.flatMap((a, i) => (a.source === source ? [{ key: `added:${i}:${a.name}`, name: a.name, origin: 'yours', record: a.record }] : [])),
  ];
  if (changed || next.length !== records.length || next.some((r, i) => r.record !== records[i]?.record)) recordsVersion++;
  records = next;
  views = records.slice(0, shownLimit).map((r) =>
    recordView(r, open, {
      onDecodedOpen: ask,
      ...(r.origin === 'yours'
        ? { onRemove: () => changeAdded(state.added.filter((a) => a.name !== r.name || a.source !== source)), onEdit: (record: unknown) => editRecord(r.name, record) }
        : { onCopy: () => addRecords([{ name: `${r.name} (copy)`, source, record: r.record }]) }),
    }),
  );
  recordList.replaceChildren(...views.map((v) => v.element));
  const hidden = records.length - views.length;
  moreButton.hidden = hidden <= 0;
  moreButton.textContent = `Show ${Math.min(SHOWN_STEP, hidden)} more (${hidden} not drawn; all are tested)`;
}

/** Asks the engine about the filters as they are now; while an answer is on the way, once more after it. */
function ask(): void {
  if (waiting) {
    again = true;
    return;
  }
  again = false;
  waiting = true;
  const decode = records.slice(0, shownLimit).flatMap((r, i) => (open.has(`${r.key}:decoded`) ? [i] : []));
  const recordsKey = `${session}:${recordsVersion}`;
  const send = sentKey !== recordsKey;
  sentKey = recordsKey;
  vscode.postMessage({
    type: 'test',
    id: ++asked,
    params: { source: state.source as PlaygroundRecordSource, filters: state.filters, recordsKey, ...(send ? { records: records.map((r) => r.record) } : {}), decode },
  });
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

/** Adds what the server read from pasted or imported text, and says what it could not read. */
function imported(result: ImportRecordsResult, from: string | undefined): void {
  const added = addRecords(result.records);
  const elsewhere = added.filter((r) => r.source !== state.source);
  const lines: string[] = [];
  if (added.length > 0) {
    lines.push(`Added ${added.length} record${added.length === 1 ? '' : 's'}${from ? ` from ${from}` : ''}.`);
    const sources = [...new Set(elsewhere.map((r) => r.source))];
    if (sources.length > 0) lines.push(`${elsewhere.length} of them ${elsewhere.length === 1 ? 'is' : 'are'} for ${sources.map(labelOf).join(', ')}: choose that source above to see them.`);
    if (!from) addArea.value = '';
  }
  addError.replaceChildren(...lines.map((l) => h('p', { class: 'added' }, l)), ...result.problems.slice(0, 20).map((p) => h('p', {}, p.line !== undefined && !p.message.startsWith('line') ? `Line ${p.line}: ${p.message}` : p.message)));
  if (result.problems.length > 20) addError.append(h('p', {}, `… and ${result.problems.length - 20} more problems.`));
}

/** Adds records to the user's own, each under a name not yet taken; returns them as added. */
function addRecords(list: readonly AddedRecord[]): AddedRecord[] {
  const taken = new Set(state.added.map((a) => `${a.source}\u0000${a.name}`));
  const added = list.map((r) => {
    let name = r.name;
    for (let n = 2; taken.has(`${r.source}\u0000${name}`); n++) name = `${r.name} (${n})`;
    taken.add(`${r.source}\u0000${name}`);
    return { ...r, name };
  });
  if (added.length > 0) changeAdded([...state.added, ...added]);
  return added;
}

function editRecord(name: string, record: unknown): void {
  // The list is drawn again only for a new record or a removal: an edit keeps the text area being typed in.
  save({ ...state, added: state.added.map((a) => (a.name === name && a.source === state.source ? { ...a, record } : a)) });
  const at = records.findIndex((r) => r.origin === 'yours' && r.name === name);
  if (at >= 0) records[at] = { ...records[at]!, record };
  recordsVersion++;
  ask();
}

function changeAdded(added: readonly AddedRecord[]): void {
  save({ ...state, added });
  drawRecords();
  ask();
}

function labelOf(source: string): string {
  return PLAYGROUND_SOURCES.find((s) => s.source === source)?.label ?? source;
}

function save(next: PlaygroundState): void {
  state = next;
  vscode.setState(state);
}

// A restored page shows its own state at once; the extension then sends the file's mapping.
drawFilters();
drawRecords();
vscode.postMessage({ type: 'ready' });
