// What a front end returns for one file: its top-level blocks (resources, data sources, variables,
// locals) in a common shape, plus syntax errors. Mappings and the module index are built from these.

import type { Block, Language } from './mapping';
import type { SourceRange } from './sourceRange';

export interface TopLevelBlock {
  /** `resource`, `data`, `variable`, `locals`, … */
  readonly keyword: string;
  readonly labels: readonly string[];
  readonly labelRanges: readonly SourceRange[];
  readonly body: Block;
  /** Offset of the block in the file; every range inside `body` and the labels is relative to it. */
  readonly base: number;
  /** The first syntax error inside the block (relative), when there is one. */
  readonly syntaxError?: { readonly range: SourceRange; readonly message: string };
}

export interface FileModel {
  readonly language: Language;
  readonly blocks: readonly TopLevelBlock[];
  /** Syntax errors outside any block, in file offsets. */
  readonly syntaxErrors: readonly { readonly range: SourceRange; readonly message: string }[];
}
