// The files the server holds: open documents as the editor edits them, and, for the workspace check,
// the other Terraform files of the workspace folders as they are on disk (read in slices by the
// indexer, and again when the editor says they changed).

import { FileChangeType, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import { isTerraformPath, isTfvarsPath, readsFile } from '../frontEnds';
import { runSafe } from '../runSafe';
import { InvalidRangeError, type TextChange } from '../workspace/terraformDocument';
import { WorkspaceIndexer } from '../workspace/workspaceIndexer';
import { forget, publish, publishCallers, publishModule, schedule, cancelScheduled } from './diagnostics';
import { loadSamples } from './samples';
import type { ServerState } from './serverState';

export function createIndexer(state: ServerState): WorkspaceIndexer {
  const { store, logger } = state;
  return new WorkspaceIndexer({
    findFiles: () => state.roots.flatMap((root) => state.host.findTerraformFiles(root)),
    load: (uri) => {
      const text = state.host.readFile(uri);
      if (text !== undefined && isTfvarsPath(uri)) store.setTfvars(uri, text);
      else if (text !== undefined && readsFile(uri, text)) store.set(uri, text, false);
    },
    isOpen: (uri) => state.open.has(uri),
    has: (uri) => store.has(uri),
    filesOf: (key) => [...(store.moduleByKey(key)?.documents.keys() ?? [])],
    moduleKeys: () => store.moduleKeys(),
    publishingModule: (key) => {
      const module = store.moduleByKey(key);
      if (module) state.publishedIndex.set(module, module.index());
    },
    publish: (uri) => publish(state, uri),
    progress: () => state.connection.window.createWorkDoneProgress(),
    logError: (m) => logger.error(m),
  });
}

export const WORKSPACE_CAPABILITIES: ServerCapabilities = { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } };

export function registerWorkspace(state: ServerState): void {
  const { connection, logger, store, open } = state;

  connection.onDidOpenTextDocument(({ textDocument }) =>
    runSafe(logger, `open ${textDocument.uri}`, undefined, () => {
      const tfvars = isTfvarsPath(textDocument.uri);
      if (!isTerraformPath(textDocument.uri) && !tfvars) return;
      open.add(textDocument.uri);
      if (!(tfvars ? store.setTfvars(textDocument.uri, textDocument.text) : store.set(textDocument.uri, textDocument.text, true))) forget(state, textDocument.uri);
      publishModule(state, textDocument.uri);
      state.indexer.prioritize(textDocument.uri);
    }),
  );

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) =>
    runSafe(logger, `change ${textDocument.uri}`, undefined, () => {
      const uri = textDocument.uri;
      if (!open.has(uri)) {
        if (isTerraformPath(uri) || isTfvarsPath(uri)) logger.error(`ignored a change to ${uri}, which is not open`);
        return;
      }
      if (isTfvarsPath(uri)) return changeTfvars(state, uri, contentChanges);
      let changes = contentChanges;
      // An open file that could not be read (logged then) is read again from the next whole text.
      if (!store.has(uri)) {
        let full = changes.length - 1;
        while (full >= 0 && 'range' in changes[full]!) full--;
        if (full < 0 || !store.set(uri, changes[full]!.text, true)) return;
        changes = changes.slice(full + 1);
      }
      const document = store.get(uri)!;
      try {
        // Updates the document's model at once: completion and hover read it without waiting for the debounce.
        document.update(changes);
      } catch (error) {
        if (!(error instanceof InvalidRangeError)) throw error;
        logger.error(error.message);
        return;
      }
      schedule(state, uri);
    }),
  );

  connection.onDidCloseTextDocument(({ textDocument }) =>
    runSafe(logger, `close ${textDocument.uri}`, undefined, () => {
      const uri = textDocument.uri;
      if (!open.delete(uri)) return;
      cancelScheduled(state, uri);
      // The file on disk is what the module holds now (the editor may have closed unsaved changes), if
      // the workspace check covers it.
      const text = state.settings.workspaceDiagnostics && inWorkspace(state, uri) ? state.host.readFile(uri) : undefined;
      if (text === undefined || !(isTfvarsPath(uri) ? store.setTfvars(uri, text) : store.set(uri, text, false))) forget(state, uri);
      publishModule(state, uri);
    }),
  );

  connection.onDidChangeWatchedFiles(({ changes }) =>
    runSafe(logger, 'watched files', undefined, () => {
      // `terraform init` ran: the child modules it installed are read again, and their callers checked.
      const installed = changes.some((c) => c.uri.endsWith('/.terraform/modules/modules.json'));
      if (installed) {
        store.childModulesChanged();
        publishCallers(state);
      }
      // The only other JSON files watched, besides Terraform JSON and tfvars JSON, are the sample files.
      if (changes.some((c) => c.uri.endsWith('.json') && !c.uri.endsWith('/.terraform/modules/modules.json') && !isTerraformPath(c.uri) && !isTfvarsPath(c.uri))) loadSamples(state);
      for (const change of changes) {
        const tfvars = isTfvarsPath(change.uri);
        if (open.has(change.uri) || !(tfvars || isTerraformPath(change.uri))) continue;
        // Each file on its own: one that fails is logged and the others still go through.
        runSafe(logger, `changed file ${change.uri}`, undefined, () => {
          const text = change.type === FileChangeType.Deleted || !state.settings.workspaceDiagnostics ? undefined : state.host.readFile(change.uri);
          if (text === undefined || !(tfvars ? store.setTfvars(change.uri, text) : store.set(change.uri, text, false))) forget(state, change.uri);
          publishModule(state, change.uri);
        });
      }
    }),
  );
}

/** An open tfvars file changed: the module's files are checked again after the debounce (its index is a new one). */
function changeTfvars(state: ServerState, uri: string, contentChanges: readonly TextChange[]): void {
  let changes = contentChanges;
  // A file that could not be read when it was opened (logged then) is read again from the next whole text.
  if (!state.store.getTfvars(uri)) {
    let full = changes.length - 1;
    while (full >= 0 && changes[full]!.range) full--;
    if (full < 0 || !state.store.setTfvars(uri, changes[full]!.text)) return;
    changes = changes.slice(full + 1);
  }
  try {
    state.store.getTfvars(uri)!.update(changes);
  } catch (error) {
    if (!(error instanceof InvalidRangeError)) throw error;
    state.logger.error(error.message);
    return;
  }
  schedule(state, uri);
}

function inWorkspace(state: ServerState, uri: string): boolean {
  return state.roots.some((root) => uri.startsWith(root.endsWith('/') ? root : `${root}/`));
}
