// The one build script: bundles the extension client, the playground's webview, the language server and
// the CLI, and copies the WASM files they load into dist/. `--watch` rebuilds on change; `--production` minifies.

import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's `main` is a UMD build that esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  // web-tree-sitter's ESM build needs import.meta.url, which a CJS bundle lacks; use its CJS build.
  alias: { 'web-tree-sitter': './node_modules/web-tree-sitter/web-tree-sitter.cjs' },
  define: { __VERSION__: JSON.stringify(version) },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  // The CDKTF front end carries the TypeScript compiler; the server and CLI load it on first use.
  { entryPoints: ['server/src/core/extract/cdktf/extractCdktf.ts'], outfile: 'dist/cdktf.js' },
  // The playground's page runs in a webview (a browser), with the web components it uses bundled in.
  { entryPoints: ['client/src/playground/webview/main.ts'], outfile: 'dist/playground.js', platform: 'browser', format: 'iife', target: 'es2022' },
];

function copyWasm() {
  mkdirSync('dist', { recursive: true });
  copyFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm'), 'dist/web-tree-sitter.wasm');
  const grammar = dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json'));
  copyFileSync(join(grammar, 'tree-sitter-terraform.wasm'), 'dist/tree-sitter-terraform.wasm');
}

copyWasm();
const contexts = await Promise.all(entries.map((entry) => esbuild.context({ ...common, ...entry })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
