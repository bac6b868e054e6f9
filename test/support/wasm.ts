// Tests run from compiled sources, where the WASM files are still in their packages.

import * as path from 'node:path';
import { createHclParser, type WasmLocation } from '../../server/src/hclParser';

export const SOURCE_WASM: WasmLocation = {
  runtime: path.dirname(require.resolve('web-tree-sitter/web-tree-sitter.wasm')),
  grammar: path.dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')),
};

export function createTestParser(): ReturnType<typeof createHclParser> {
  return createHclParser(SOURCE_WASM);
}
