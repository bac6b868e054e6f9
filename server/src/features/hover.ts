// Hover in event source mappings: what an argument does, its bounds for the mapping's source, what a
// value or reference resolves to, what a filter-pattern operator matches.

import type { Hover, ServerCapabilities } from 'vscode-languageserver';
import { toHover } from '../convert';
import { hover } from '../core/service/languageService';
import { runSafe } from '../runSafe';
import { serviceDocumentOf } from './serviceDocumentOf';
import type { ServerState } from './serverState';

export const HOVER_CAPABILITIES: ServerCapabilities = { hoverProvider: true };

export function registerHover(state: ServerState): void {
  state.connection.onHover(({ textDocument, position }) =>
    runSafe(state.logger, `hover in ${textDocument.uri}`, null as Hover | null, () => {
      const served = serviceDocumentOf(state, textDocument.uri);
      if (!served) return null;
      const info = hover(served.service, served.document.offsetAt(position));
      return info ? toHover(info, served.document.getLineStarts()) : null;
    }),
  );
}
