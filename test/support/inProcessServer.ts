// Test support: the server's sources run in the test process, over in-memory streams, driven through the
// same LspClient API as the bundled server over stdio. Faster to start, debuggable, and the host and the
// server options can be replaced (a clock, a hook that makes building a file fail).

import { PassThrough } from 'node:stream';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { nodeHost } from '../../server/src/nodeHost';
import { startServer, type ServerOptions } from '../../server/src/server';
import type { ServerHost } from '../../server/src/serverHost';
import { LspClient, type StartOptions } from './lspClient';
import { REPO } from './paths';
import { SOURCE_WASM } from './wasm';

export interface InProcessOptions extends StartOptions {
  /** Replaces parts of the Node host (files, timers, clock). */
  readonly host?: Partial<ServerHost>;
  readonly beforeBuild?: ServerOptions['beforeBuild'];
}

export async function startInProcess(options: InProcessOptions = {}): Promise<LspClient> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const host: ServerHost = { ...nodeHost(SOURCE_WASM), ...options.host };
  const docsBase = pathToFileURL(path.join(REPO, 'docs', 'rules')).toString() + '/';
  startServer(server, host, { docsBase, ...(options.beforeBuild ? { beforeBuild: options.beforeBuild } : {}) });
  server.listen();
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  // No process id: the server would watch it with a timer that keeps the test process alive. The `exit`
  // notification is not sent, because the server's connection answers it by ending the process.
  return LspClient.connect(client, options, null, async () => {
    server.dispose();
    return 0;
  });
}
