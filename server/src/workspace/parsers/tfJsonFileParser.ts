// Terraform JSON is parsed whole on each change: jsonc-parser has no incremental mode, and a `.tf.json`
// file is small next to what a keystroke may cost.

import { extractTfJson } from '../../core/extract/tfjson/extractTfJson';
import type { FileParser, ParserInput } from './fileParser';

export function tfJsonFileParser(input: ParserInput): FileParser {
  return {
    edit: () => undefined,
    parse: () => ({ model: extractTfJson(input.content.toString()) }),
    dispose: () => undefined,
  };
}
