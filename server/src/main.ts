// The server's entry point: `node dist/server.js --stdio` (or `--node-ipc` when VS Code starts it).

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeHost } from './nodeHost';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// The rule pages ship next to the bundle (dist/../docs/rules), so the links work offline.
const docsBase = pathToFileURL(path.resolve(__dirname, '..', 'docs', 'rules')).toString() + '/';
startServer(connection, nodeHost(), { docsBase });
connection.listen();
