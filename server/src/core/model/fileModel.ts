// What a front end returns for one file: its top-level blocks (resources, data sources, variables,
// locals) in a common shape, plus syntax errors. Mappings and the module index are built from these.

import type { Block, Language } from './mapping';
import type { SourceRange } from './sourceRange';

export interface TopLevelBlock {
  /** `resource`, `data`, `variable`, `locals`, … */
  readonly keyword: string;
  readonly labels: readonly string[];
  readonly labelRanges: readonly SourceRange[];
  /** Every range inside `body`, the labels and the syntax error is relative to the block's start. */
  readonly body: Block;
  /**
   * The first syntax error inside the block, or undefined. Always present as a property, so every block
   * object has the same shape and the per-keystroke loops over blocks stay fast.
   */
  readonly syntaxError: { readonly range: SourceRange; readonly message: string } | undefined;
  /**
   * The first value nested deeper than the front ends read (`MAX_NESTING`, relative), or undefined. The
   * value itself reads as unknown, so rules say nothing about it; the analysis reports it once.
   */
  readonly tooDeep: SourceRange | undefined;
  /**
   * In a CDKTF stack, the variable the construct is assigned to (`const queue = new SqsQueue(…)`), by
   * which the stack refers to it (`queue.arn`); Terraform refers to blocks by their labels.
   */
  readonly binding?: string;
}

export interface FileModel {
  readonly language: Language;
  readonly blocks: readonly TopLevelBlock[];
  /**
   * Where each block starts in the file. Kept apart from the blocks so that an edit moves the blocks
   * after it by shifting numbers, while the block objects (and what is cached on them) stay the same.
   */
  readonly offsets: readonly number[];
  /** Syntax errors outside any block, in file offsets. */
  readonly syntaxErrors: readonly { readonly range: SourceRange; readonly message: string }[];
}
