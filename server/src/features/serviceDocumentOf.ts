// The document as the core's language service takes it, for completion, hover and symbols. It is the
// model as of the last change notification: the store re-parses on each change at once (only the
// diagnostics wait for the debounce), so a request right after a keystroke sees that keystroke.

import type { ServiceDocument } from '../core/service/languageService';
import type { TerraformDocument } from '../workspace/terraformDocument';
import type { ServerState } from './serverState';

export interface ServedDocument {
  readonly service: ServiceDocument;
  /** For offsets and line starts. */
  readonly document: TerraformDocument;
}

export function serviceDocumentOf(state: ServerState, uri: string): ServedDocument | undefined {
  const module = state.store.moduleOf(uri);
  const document = module?.documents.get(uri);
  const service = module?.serviceDocument(uri, state.samples);
  return document && service ? { service, document } : undefined;
}
