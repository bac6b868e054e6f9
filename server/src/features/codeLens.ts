// Code lenses above each filter: how many sample records (the user's and the built-in ones for the
// mapping's source) it lets through; the lens's command lists them.

import type { CodeLens, ServerCapabilities } from 'vscode-languageserver';
import { SHOW_SAMPLE_RESULTS_COMMAND, type SampleResultsArgument } from '../../../protocol/commands';
import { toRange } from '../convert';
import { runSafe } from '../runSafe';
import type { ServerState } from './serverState';

export const CODE_LENS_CAPABILITIES: ServerCapabilities = { codeLensProvider: { resolveProvider: false } };

export function registerCodeLens(state: ServerState): void {
  state.connection.onCodeLens(({ textDocument }) =>
    runSafe(state.logger, `code lenses for ${textDocument.uri}`, [] as CodeLens[], () => {
      if (!state.settings.codeLens) return [];
      const module = state.store.moduleOf(textDocument.uri);
      const document = module?.documents.get(textDocument.uri);
      if (!module || !document) return [];
      const lineStarts = document.getLineStarts();
      return module.sampleLenses(textDocument.uri, state.samples, state.host.now?.()).map((lens) => {
        const argument: SampleResultsArgument = { title: lens.title, results: lens.results };
        return { range: toRange(lineStarts, lens.range), command: { title: lens.title, command: SHOW_SAMPLE_RESULTS_COMMAND, arguments: [argument] } };
      });
    }),
  );
}
