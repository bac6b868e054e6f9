// The one mapping model every front end (HCL, Terraform JSON, CDKTF TypeScript) produces. Names are
// canonical snake_case; every name and value keeps its range so rules can point at the exact token.

import type { SourceRange } from './sourceRange';
import type { Value } from './value';

export interface Attribute {
  readonly name: string;
  readonly nameRange: SourceRange;
  readonly value: Value;
  /** From the name to the end of the value. */
  readonly range: SourceRange;
}

export interface Block {
  readonly type: string;
  readonly typeRange: SourceRange;
  readonly range: SourceRange;
  readonly attributes: ReadonlyMap<string, Attribute>;
  readonly blocks: readonly Block[];
  /** A `dynamic "<type>"` block: it stands for an unknown number of blocks. */
  readonly dynamic: boolean;
  /** Where new arguments can be inserted: just after the opening brace. */
  readonly bodyStart: number;
}

export type Language = 'hcl' | 'tfjson' | 'ts';

export interface EventSourceMapping {
  /** The resource name (`aws_lambda_event_source_mapping.<name>`). */
  readonly name: string;
  /** The name label, where "missing argument" findings point. */
  readonly nameRange: SourceRange;
  /** The resource body: top-level arguments and nested blocks. */
  readonly body: Block;
  readonly language: Language;
  /** True when `count` or `for_each` makes this block several instances. */
  readonly repeated: boolean;
}

export function blocksOf(block: Block, type: string): Block[] {
  return block.blocks.filter((b) => b.type === type);
}

export function firstBlock(block: Block, type: string): Block | undefined {
  return block.blocks.find((b) => b.type === type);
}
