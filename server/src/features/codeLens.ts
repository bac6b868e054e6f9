// Code lenses above each filter: how many sample records (the user's and the built-in ones for the
// mapping's source) it lets through, whose command lists them, and beside it "Open in playground", which
// opens the filter in the playground to edit it against the records.

import type { CodeLens, ServerCapabilities } from 'vscode-languageserver';
import { OPEN_PLAYGROUND_COMMAND, SHOW_SAMPLE_RESULTS_COMMAND, type SampleResultsArgument } from '../../../protocol/commands';
import type { OpenPlaygroundArgument } from '../../../protocol/playground';
import { toRange } from '../convert';
import { runSafe } from '../runSafe';
import type { ServerState } from './serverState';

export const CODE_LENS_CAPABILITIES: ServerCapabilities = { codeLensProvider: { resolveProvider: false } };

export const OPEN_IN_PLAYGROUND_TITLE = 'Open in playground';

export function registerCodeLens(state: ServerState): void {
  state.connection.onCodeLens(({ textDocument }) =>
    runSafe(state.logger, `code lenses for ${textDocument.uri}`, [] as CodeLens[], () => {
      if (!state.settings.codeLens) return [];
      const module = state.store.moduleOf(textDocument.uri);
      const document = module?.documents.get(textDocument.uri);
      if (!module || !document) return [];
      const lineStarts = document.getLineStarts();
      return module.sampleLenses(textDocument.uri, state.samples, state.host.now?.()).flatMap((lens): CodeLens[] => {
        const range = toRange(lineStarts, lens.range);
        const place: OpenPlaygroundArgument = { uri: textDocument.uri, position: range.start };
        const argument: SampleResultsArgument = { title: lens.title, results: lens.results, open: place };
        return [
          { range, command: { title: lens.title, command: SHOW_SAMPLE_RESULTS_COMMAND, arguments: [argument] } },
          { range, command: { title: OPEN_IN_PLAYGROUND_TITLE, command: OPEN_PLAYGROUND_COMMAND, arguments: [place] } },
        ];
      });
    }),
  );
}
