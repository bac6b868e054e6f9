// Loads web-tree-sitter and the Terraform grammar once per process. The core receives parsed trees and
// never loads WASM itself, so it stays runnable anywhere.

import * as path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';

/** Folders of `web-tree-sitter.wasm` (runtime) and `tree-sitter-terraform.wasm` (grammar). */
export interface WasmLocation {
  readonly runtime: string;
  readonly grammar: string;
}

/** In the bundle, esbuild copies both files next to the scripts in dist/. */
export const BUNDLED_WASM: WasmLocation = { runtime: __dirname, grammar: __dirname };

let loading: Promise<Language> | undefined;

function loadTerraformLanguage(wasm: WasmLocation): Promise<Language> {
  loading ??= (async () => {
    await Parser.init({ locateFile: (file: string) => path.join(wasm.runtime, file) });
    return Language.load(path.join(wasm.grammar, 'tree-sitter-terraform.wasm'));
  })();
  return loading;
}

export async function createHclParser(wasm: WasmLocation = BUNDLED_WASM): Promise<Parser> {
  const language = await loadTerraformLanguage(wasm);
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}
