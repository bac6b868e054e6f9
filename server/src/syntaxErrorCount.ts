// How many syntax errors a text has in the syntax of the file it is for, read by the same front ends
// that check it: the re-parse behind "fix all"'s guard (core/fixes/guardedFixAll.ts), in the CLI and
// in the editor.

import type { Parser } from 'web-tree-sitter';
import type { FileModel } from './core/model/fileModel';
import { cdktfFrontEnd } from './cdktfFrontEnd';
import { hclLineBreakErrors } from './hclLineBreaks';
import { grammarText } from './workspace/parsers/grammarText';
import { isCdktfStack, isTerraformJson, TerraformDocument } from './workspace/terraformDocument';

export function syntaxErrorCount(file: string, text: string, parser: Parser): number {
  // A stack's TypeScript syntax errors are kept beside its model, not in it (see CdktfParse).
  if (isCdktfStack(file)) {
    const parsed = cdktfFrontEnd().parseCdktf(text, file);
    return parsed.syntaxErrors.length + modelErrors(parsed.model);
  }
  const document = new TerraformDocument(file, text, parser);
  const errors = modelErrors(document.model);
  document.dispose();
  if (isTerraformJson(file)) return errors;
  // HCL also wants line breaks where our grammar does not.
  const tree = parser.parse(grammarText(text));
  try {
    return errors + (tree ? hclLineBreakErrors(tree) : 0);
  } finally {
    tree?.delete();
  }
}

function modelErrors(model: FileModel): number {
  let count = model.syntaxErrors.length;
  for (const block of model.blocks) if (block.syntaxError) count++;
  return count;
}
