// The server's entry point: `node dist/server.js --stdio` (or `--node-ipc` when VS Code starts it).

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// The rule pages ship next to the bundle (dist/../docs/rules), so the links work offline.
const docsBase = pathToFileURL(path.resolve(__dirname, '..', 'docs', 'rules')).toString() + '/';
// For tests only: a file whose text contains this marker fails to build, as a file that crashes analysis would.
const failMarker = process.env['LAMBDA_ESM_TEST_FAIL_BUILD'];
const beforeBuild = failMarker
  ? (uri: string, text: string) => {
      if (text.includes(failMarker)) throw new Error(`test fault in ${uri}`);
    }
  : undefined;
startServer(connection, { docsBase, ...(beforeBuild ? { beforeBuild } : {}) });
connection.listen();
