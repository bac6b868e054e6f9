// Reads a variable definitions file (`.tfvars` as HCL, `.tfvars.json` as JSON) into what the core applies
// to the module's variables. The file is small and read whole on each change; no tree is kept.

import type { Parser } from 'web-tree-sitter';
import { extractTfvarsHcl } from '../../core/extract/hcl/extractTfvarsHcl';
import { extractTfvarsJson } from '../../core/extract/tfjson/extractTfvarsJson';
import type { TfvarsFile } from '../../core/model/tfvarsFile';
import { tfvarsFileName } from '../../frontEnds';
import { grammarText } from './grammarText';

export function parseTfvars(uri: string, text: string, treeSitter: Parser): TfvarsFile {
  const name = tfvarsFileName(uri);
  if (name.endsWith('.json')) return { name, ...extractTfvarsJson(text) };
  const tree = treeSitter.parse(grammarText(text));
  if (!tree) return { name, values: new Map(), broken: true };
  try {
    return { name, ...extractTfvarsHcl(tree, text) };
  } finally {
    tree.delete();
  }
}
