// What is at a position in a file, in terms every front end shares: which mapping, which nested block, and
// whether the cursor is on a name, a value, a reference or inside a filter pattern. Each front end computes
// it from its own syntax (`contextAt`), also from text that does not parse yet, since that is where people
// ask for completion; completion and hover read only this and the model.

import type { SourceRange } from '../model/sourceRange';

export interface CursorContext {
  /**
   * The index (in `FileModel.blocks`) of the `aws_lambda_event_source_mapping` the cursor is in, or -1 when
   * the parser read no block there (text so broken that its error recovery dropped the block, such as a
   * name typed alone on a line in `.tf`): the context is still known from the text, the analysis is not.
   */
  readonly blockIndex: number;
  /** Canonical names of the nested blocks from the resource body to the cursor: `[]`, `['destination_config', 'on_failure']`. */
  readonly path: readonly string[];
  readonly at: CursorTarget;
}

export type CursorTarget = NameTarget | ValueTarget | ReferenceTarget | PatternTarget | HeaderTarget;

/** Where an argument or block name is (being) written; `present` lists the names already in that body. */
export interface NameTarget {
  readonly kind: 'name';
  /** What is typed of the name so far (as written: `batchSi` in a stack). */
  readonly prefix: string;
  /** File offsets of the text a chosen item replaces (the typed name, possibly empty). */
  readonly range: SourceRange;
  readonly present: readonly string[];
  /**
   * Where names are quoted (Terraform JSON, a quoted key in a stack): `inside` when the opening quote is
   * written and `range` is inside the quotes, `none` when a chosen name must bring its own quotes.
   */
  readonly quote?: 'none' | 'inside';
}

/** The value of an argument, being written or edited. */
export interface ValueTarget {
  readonly kind: 'value';
  /** Canonical argument name. */
  readonly name: string;
  readonly prefix: string;
  readonly range: SourceRange;
  /** `inside`: the cursor is in a string literal whose opening quote is written (`range` excludes the quotes). */
  readonly quote: 'none' | 'inside';
  /** The cursor is an item of a list value (`function_response_types = ["`). */
  readonly inList: boolean;
}

/** A traversal being typed as a value: `aws_sqs_queue.orders.` → `parts` = ['aws_sqs_queue', 'orders']. */
export interface ReferenceTarget {
  readonly kind: 'reference';
  readonly name: string;
  /** The complete segments before the last dot (in TypeScript: the variable, then its properties). */
  readonly parts: readonly string[];
  readonly prefix: string;
  readonly range: SourceRange;
}

/**
 * Inside a filter pattern (`filter { pattern = … }`), whatever syntax it is written in. `keys` are the
 * object keys from the pattern's root to the object or array the cursor is in.
 */
export interface PatternTarget {
  readonly kind: 'pattern';
  readonly keys: readonly string[];
  /** `key`: a key of an object; `value`: an item of a value array; `operator`: a key in `{ … }` inside a value array. */
  readonly role: 'key' | 'value' | 'operator';
  /** For `role: 'value'` inside an operator object (`{"prefix": "|"}`), the operator. */
  readonly operator?: string;
  readonly prefix: string;
  readonly range: SourceRange;
  /** How keys and strings are written where the cursor is; `jsonInString` is JSON inside a quoted HCL or TS string (quotes escaped). */
  readonly syntax: 'hcl' | 'json' | 'jsonInString' | 'ts';
  /** The cursor is inside a quoted key or string whose opening quote is written. */
  readonly quote: 'none' | 'inside';
  /** Keys already in the object the cursor is in. */
  readonly present: readonly string[];
}

/** On the resource's header: its type or name label. */
export interface HeaderTarget {
  readonly kind: 'header';
  readonly range: SourceRange;
}
