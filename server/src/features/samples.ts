// The user's sample records, read from the files the `sampleFiles` globs match in each workspace folder;
// the sample-results code lenses try them. Read again when the settings or a sample file change.

import { CodeLensRefreshRequest } from 'vscode-languageserver';
import { runSafe } from '../runSafe';
import type { ServerState } from './serverState';

/** Reads the sample files the settings name, then asks the editor to ask for code lenses again. */
export function loadSamples(state: ServerState): void {
  runSafe(state.logger, 'sample files', undefined, () => {
    const log = (m: string): void => state.logger.error(m);
    const files = state.roots.flatMap((root) => state.host.findSampleFiles(root, state.settings.sampleFiles, log));
    state.samples = state.host.readSampleFiles(files, log);
    if (state.client.refreshesCodeLenses) void state.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  });
}
