// Loads the CDKTF front end on first use. It carries the TypeScript compiler, which takes about 200 ms to
// load, so a workspace of plain Terraform files never pays for it. In the bundle it is dist/cdktf.js; from
// compiled sources (tests) it is the module itself.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Cdktf from './core/extract/cdktf/extractCdktf';

export type CdktfFrontEnd = typeof Cdktf;

let loaded: CdktfFrontEnd | undefined;

export function cdktfFrontEnd(): CdktfFrontEnd {
  if (!loaded) {
    const bundled = path.join(__dirname, 'cdktf.js');
    const target = fs.existsSync(bundled) ? bundled : './core/extract/cdktf/extractCdktf';
    // A computed path keeps the bundler from inlining the compiler into the server bundle.
    loaded = require(target) as CdktfFrontEnd;
  }
  return loaded;
}
