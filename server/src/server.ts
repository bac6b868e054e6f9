// The language server: keeps every Terraform file and CDKTF stack of the workspace parsed, grouped into
// modules (a folder of Terraform files, or one stack), publishes diagnostics for open files and, unless
// turned off, for the rest of the workspace, and answers code lenses, code actions, completion, hover,
// document symbols and the filter playground's requests. All analysis happens in the core; each file of
// features/ wires one capability to it over the shared state, and the world outside the connection comes
// in through the host.

import type { Connection, InitializeResult } from 'vscode-languageserver';
import { CODE_ACTION_CAPABILITIES, registerCodeActions } from './features/codeActions';
import { CODE_LENS_CAPABILITIES, registerCodeLens } from './features/codeLens';
import { COMPLETION_CAPABILITIES, registerCompletion } from './features/completion';
import { readInitialize, registerConfiguration } from './features/configuration';
import { cancelAllScheduled } from './features/diagnostics';
import { DOCUMENT_SYMBOL_CAPABILITIES, registerDocumentSymbol } from './features/documentSymbol';
import { HOVER_CAPABILITIES, registerHover } from './features/hover';
import { registerPlayground } from './features/playground';
import { createServerState, type ServerOptions } from './features/serverState';
import { registerWorkspace, WORKSPACE_CAPABILITIES } from './features/workspace';
import type { ServerHost } from './serverHost';

export type { ServerOptions } from './features/serverState';

export function startServer(connection: Connection, host: ServerHost, options: ServerOptions): void {
  const state = createServerState(connection, host, options);

  connection.onInitialize(async (params): Promise<InitializeResult> => {
    state.parser = await host.createParser();
    readInitialize(state, params);
    return {
      capabilities: {
        ...WORKSPACE_CAPABILITIES,
        ...CODE_LENS_CAPABILITIES,
        ...CODE_ACTION_CAPABILITIES,
        ...COMPLETION_CAPABILITIES,
        ...HOVER_CAPABILITIES,
        ...DOCUMENT_SYMBOL_CAPABILITIES,
      },
      serverInfo: { name: 'Lambda ESM Lens' },
    };
  });

  registerConfiguration(state);
  registerWorkspace(state);
  registerCodeLens(state);
  registerCodeActions(state);
  registerCompletion(state);
  registerHover(state);
  registerDocumentSymbol(state);
  registerPlayground(state);

  connection.onShutdown(() => {
    state.indexer.cancel();
    cancelAllScheduled(state);
    state.store.dispose();
    state.parser?.delete();
  });
}
