// What a rule is: a stable id, a default severity, and a check over one mapping. Rules read numbers and
// enums from the facts table, never from their own code.

import type { Layout } from '../fixes/layout';
import type { EventSourceMapping } from '../model/mapping';
import type { Fix, Severity } from '../model/problem';
import type { SourceRange } from '../model/sourceRange';
import type { ModuleIndex } from '../module/moduleIndex';
import type { MessageText } from './message';
import type { SourceInfo } from '../sources/detectSource';
import type { SourceKind } from '../sources/sourceKind';

export type RuleCategory = 'syntax' | 'schema' | 'source' | 'sqs' | 'stream' | 'kafka' | 'mq' | 'filter' | 'module';

export interface Finding {
  readonly range: SourceRange;
  /** Names arguments through `msg` (see message.ts); analyze renders it in the mapping's language. */
  readonly message: MessageText;
  /** Only when this finding differs from the rule's default severity. */
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
  readonly unnecessary?: boolean;
}

export interface RuleContext {
  /** The mapping with references resolved; ranges are relative to the mapping's block. */
  readonly mapping: EventSourceMapping;
  readonly source: SourceInfo;
  readonly module: ModuleIndex;
  /** The text of the mapping's block, for fixes that need to look at it. */
  readonly text: string;
  /** The line ending and indentation around the block, for fixes that write new lines. */
  readonly layout: Layout;
  /** The current time, injected so tests are repeatable. */
  readonly now: Date;
  report(finding: Finding): void;
}

export interface Rule {
  readonly id: string;
  readonly category: RuleCategory;
  readonly defaultSeverity: Severity;
  /** One line for the docs index and settings descriptions. */
  readonly description: string;
  /**
   * The rule reports something *missing* (an argument, a block, a list entry). It does not run on a mapping
   * whose contents cannot all be known (`isOpen`): what is absent from the model may still be there.
   */
  readonly readsAbsence?: true;
  check(context: RuleContext): void;
}

/** True when the source is known and every kind it may be satisfies the predicate. */
export function every(source: SourceInfo, predicate: (kind: SourceKind) => boolean): boolean {
  return source.kinds !== undefined && source.kinds.length > 0 && source.kinds.every(predicate);
}

/** True when the source is known and every kind it may be is one of `kinds` (no predicate to allocate). */
export function everyIn(source: SourceInfo, kinds: readonly SourceKind[]): boolean {
  if (source.kinds === undefined || source.kinds.length === 0) return false;
  for (const kind of source.kinds) if (!kinds.includes(kind)) return false;
  return true;
}
