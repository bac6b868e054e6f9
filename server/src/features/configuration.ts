// Settings: read from `initialize` options, then pulled from the editor (`workspace/configuration`) when
// it can answer, or taken from `didChangeConfiguration` when it only pushes them. A change reloads the
// sample files and re-checks the workspace with the new settings.

import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, type InitializeParams } from 'vscode-languageserver';
import { SETTINGS_SECTION } from '../../../protocol/settings';
import { FRONT_ENDS, INSTALLED_MODULES_WATCH, TFVARS_WATCH } from '../frontEnds';
import { runSafeAsync } from '../runSafe';
import { readSettings } from '../settings';
import { forget } from './diagnostics';
import { loadSamples } from './samples';
import type { ServerState } from './serverState';

/** Takes what `initialize` says: the client's support, the first settings and the workspace folders. */
export function readInitialize(state: ServerState, params: InitializeParams): void {
  const workspace = params.capabilities.workspace;
  state.client = {
    pullsConfiguration: !!workspace?.configuration,
    // client/registerCapability is only for clients that say they take it for that feature.
    registersConfiguration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    registersWatchers: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    refreshesCodeLenses: !!workspace?.codeLens?.refreshSupport,
  };
  const initial = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
  if (initial) state.settings = readSettings(initial);
  state.roots = (params.workspaceFolders ?? []).map((f) => f.uri);
  if (state.roots.length === 0 && params.rootUri) state.roots = [params.rootUri];
}

export function registerConfiguration(state: ServerState): void {
  const { connection, logger } = state;

  connection.onInitialized(() =>
    runSafeAsync(logger, 'initialized', undefined, async () => {
      if (state.client.pullsConfiguration) {
        if (state.client.registersConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
        await pullSettings(state);
      }
      if (state.client.registersWatchers) {
        const watchers = [...FRONT_ENDS.map((f) => ({ globPattern: f.watch })), ...TFVARS_WATCH.map((globPattern) => ({ globPattern })), { globPattern: INSTALLED_MODULES_WATCH }, ...state.settings.sampleFiles.map((globPattern) => ({ globPattern }))];
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
      }
      loadSamples(state);
      if (state.settings.workspaceDiagnostics) void state.indexer.start(true);
    }),
  );

  connection.onDidChangeConfiguration((change) =>
    runSafeAsync(logger, 'configuration', undefined, async () => {
      const before = state.settings.workspaceDiagnostics;
      if (state.client.pullsConfiguration) await pullSettings(state);
      else state.settings = readSettings((change.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION]);
      loadSamples(state);
      if (!state.settings.workspaceDiagnostics && before) {
        state.indexer.cancel();
        for (const uri of [...state.store.uris()]) if (!state.open.has(uri)) forget(state, uri);
      }
      // Restarts a run under way: files it has read are kept, and every file is published with the new settings.
      void state.indexer.start(state.settings.workspaceDiagnostics);
    }),
  );
}

async function pullSettings(state: ServerState): Promise<void> {
  const raw: unknown = await state.connection.workspace.getConfiguration({ section: SETTINGS_SECTION });
  state.settings = readSettings(raw);
}
