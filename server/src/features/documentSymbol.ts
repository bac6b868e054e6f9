// The Outline: each event source mapping of the file, with its detected source kind beside its name.

import type { DocumentSymbol, ServerCapabilities } from 'vscode-languageserver';
import { toDocumentSymbol } from '../convert';
import { mappingSymbols } from '../core/service/languageService';
import { runSafe } from '../runSafe';
import { serviceDocumentOf } from './serviceDocumentOf';
import type { ServerState } from './serverState';

export const DOCUMENT_SYMBOL_CAPABILITIES: ServerCapabilities = { documentSymbolProvider: { label: 'Lambda ESM Lens' } };

export function registerDocumentSymbol(state: ServerState): void {
  state.connection.onDocumentSymbol(({ textDocument }) =>
    runSafe(state.logger, `symbols of ${textDocument.uri}`, [] as DocumentSymbol[], () => {
      const served = serviceDocumentOf(state, textDocument.uri);
      if (!served) return [];
      const lineStarts = served.document.getLineStarts();
      return mappingSymbols(served.service).map((symbol) => toDocumentSymbol(symbol, lineStarts));
    }),
  );
}
