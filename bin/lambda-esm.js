#!/usr/bin/env node
// The `lambda-esm` command: the bundled CLI (build it with `npm run compile`).
require('../dist/cli.js').run();
