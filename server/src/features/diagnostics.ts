// Diagnostics: a file's problems are published after the debounce that follows a keystroke (at once when
// it is 0), and the whole module's when what the module declares changed, since its other files may
// resolve references differently now.

import type { DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { FileModel, TopLevelBlock } from '../core/model/fileModel';
import type { RelatedPlace } from '../core/model/problem';
import { applyRuleSettings } from '../core/ruleSettings';
import { toDiagnostic, toRange } from '../convert';
import { isTfvarsPath } from '../frontEnds';
import { runSafe } from '../runSafe';
import { localChildFolder } from '../workspace/childModules';
import type { TerraformModule } from '../workspace/terraformModule';
import type { ServerState } from './serverState';

/** Publishes the file after the debounce, replacing a check already waiting for it. */
export function schedule(state: ServerState, uri: string): void {
  cancelScheduled(state, uri);
  if (state.settings.debounceMs <= 0) {
    publishModule(state, uri);
    return;
  }
  state.timers.set(
    uri,
    state.host.setTimeout(() => {
      state.timers.delete(uri);
      runSafe(state.logger, `check ${uri}`, undefined, () => publishModule(state, uri));
    }, state.settings.debounceMs),
  );
}

export function cancelScheduled(state: ServerState, uri: string): void {
  state.host.clearTimeout(state.timers.get(uri));
  state.timers.delete(uri);
}

export function cancelAllScheduled(state: ServerState): void {
  for (const timer of state.timers.values()) state.host.clearTimeout(timer);
  state.timers.clear();
}

/** Publishes the file, and the rest of its module when what the module declares changed since. */
export function publishModule(state: ServerState, uri: string): void {
  const module = state.store.moduleOf(uri);
  if (!module) return;
  const index = module.index();
  if (state.publishedIndex.get(module) === index) publish(state, uri);
  else {
    state.publishedIndex.set(module, index);
    for (const other of module.documents.keys()) publish(state, other);
  }
  publishCallers(state, module.folder);
}

/**
 * Files that call a module are checked again when it changes: the change may be in a child whose findings
 * they report. With `child`, only the files whose calls name that folder (a local `source`); without it
 * (after `terraform init`), every file that calls a module.
 */
export function publishCallers(state: ServerState, child?: string): void {
  for (const key of state.store.moduleKeys()) {
    if (key === child) continue;
    const module = state.store.moduleByKey(key);
    if (!module?.children) continue;
    for (const [uri, document] of module.documents) {
      const calls = moduleCallsOf(document.model);
      if (calls.length > 0 && (child === undefined || calls.some((c) => localChildFolder(key, c) === child))) publish(state, uri);
    }
  }
}

/** Each file model's `module` blocks, found once per model: this runs on every keystroke anywhere. */
const moduleCalls = new WeakMap<FileModel, readonly TopLevelBlock[]>();

function moduleCallsOf(model: FileModel): readonly TopLevelBlock[] {
  let calls = moduleCalls.get(model);
  if (!calls) moduleCalls.set(model, (calls = model.blocks.filter((b) => b.keyword === 'module')));
  return calls;
}

export function publish(state: ServerState, uri: string): void {
  runSafe(state.logger, `diagnostics for ${uri}`, undefined, () => {
    const module = state.store.moduleOf(uri);
    const document = module?.documents.get(uri);
    if (!module || !document) return;
    if (!state.open.has(uri) && !state.settings.workspaceDiagnostics) return;
    const problems = applyRuleSettings(module.analyze(uri, state.host.now?.()), state.settings.rules);
    state.published.set(uri, problems);
    const lineStarts = document.getLineStarts();
    void state.connection.sendDiagnostics({ uri, diagnostics: problems.map((p) => toDiagnostic(p, lineStarts, state.options.docsBase, p.related && relatedOf(module, p.related))) });
  });
}

/** Drops a file the server no longer holds, and its diagnostics in the editor (a tfvars file has none). */
export function forget(state: ServerState, uri: string): void {
  const held = state.store.remove(uri);
  cancelScheduled(state, uri);
  if (isTfvarsPath(uri)) return;
  if (state.published.delete(uri) || held) void state.connection.sendDiagnostics({ uri, diagnostics: [] });
}

/** The places a finding points to besides its own, in LSP terms; one the module no longer holds is left out. */
function relatedOf(module: TerraformModule, related: readonly RelatedPlace[]): DiagnosticRelatedInformation[] {
  return related.flatMap((r) => {
    const place = module.locate(r.declaration);
    const document = place && module.documents.get(place.file);
    if (!place || !document) return [];
    const range = toRange(document.getLineStarts(), { start: place.offset + r.range.start, end: place.offset + r.range.end });
    return [{ location: { uri: place.file, range }, message: r.message }];
  });
}
