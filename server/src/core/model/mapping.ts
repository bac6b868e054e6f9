// The one mapping model every front end (HCL, Terraform JSON, CDKTF TypeScript) produces. Names are
// canonical snake_case; every name and value keeps its range so rules can point at the exact token.

import type { SourceRange } from './sourceRange';
import type { Value } from './value';

/** The resource type this product checks; every front end and the module index name it. */
export const MAPPING_TYPE = 'aws_lambda_event_source_mapping';

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
  /**
   * A dynamic block's `for_each` and the name its `content` reads each element by (`iterator`, or the
   * block's type): when the collection is known, the block stands for one block per element.
   */
  readonly forEach?: { readonly value: Value; readonly iterator: string };
  /**
   * Arguments whose value evaluates to null (`try(each.value.x, null)`, a conditional): Terraform treats
   * them as not set, so the resolved block leaves them out; they are still written, so no fix adds them.
   */
  readonly nulled?: ReadonlySet<string>;
  /** Where new arguments can be inserted: just after the opening brace. */
  readonly bodyStart: number;
  /**
   * The block may hold more than the model shows: a spread of something unknown, or text the parser could
   * not finish. Rules that look for a missing entry stay silent on it (see `Rule.readsAbsence`).
   */
  readonly open?: true;
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

/** True when the block or a block inside it may hold more than the model shows. */
export function isOpen(block: Block): boolean {
  if (block.open) return true;
  for (const child of block.blocks) if (isOpen(child)) return true;
  return false;
}

export function blocksOf(block: Block, type: string): Block[] {
  return block.blocks.filter((b) => b.type === type);
}

export function firstBlock(block: Block, type: string): Block | undefined {
  return block.blocks.find((b) => b.type === type);
}

/**
 * How many blocks of the type there are, or -1 when one of them is `dynamic` (their number is not known).
 * Counts without building the list: rules ask this for every block type of every mapping.
 */
export function countBlocks(block: Block, type: string): number {
  let count = 0;
  for (const b of block.blocks) {
    if (b.type !== type) continue;
    if (b.dynamic) return -1;
    count++;
  }
  return count;
}

/** The block of the type at `index` among them (0-based), if there are that many. */
export function nthBlock(block: Block, type: string, index: number): Block | undefined {
  let seen = 0;
  for (const b of block.blocks) if (b.type === type && seen++ === index) return b;
  return undefined;
}
