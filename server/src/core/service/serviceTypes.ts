// What the core's language service answers, without LSP types: the server converts these at its edge
// (convert.ts), the CLI and tests read them as they are. Ranges are file offsets (UTF-16).

import type { SourceRange } from '../model/sourceRange';

export type CompletionKind = 'argument' | 'block' | 'value' | 'enum' | 'reference' | 'operator' | 'key' | 'snippet';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  /** One line: type, range for this source, default. */
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** The text that replaces `range`; a snippet (`${1:10}`) when `snippet` is true. */
  readonly insertText: string;
  readonly snippet: boolean;
  readonly range: SourceRange;
  /** Orders items: required first, then the rest by name. */
  readonly sortText?: string;
  readonly filterText?: string;
  /** Marked in the list, e.g. an argument this source's documentation does not list (unverified). */
  readonly deprecated?: boolean;
  readonly preselect?: boolean;
}

export interface HoverInfo {
  /** Markdown, short. */
  readonly contents: string;
  readonly range: SourceRange;
}

export interface MappingSymbol {
  /** `aws_lambda_event_source_mapping.orders` */
  readonly name: string;
  /** The detected source kind, in words (`SQS FIFO queue`), or `source unknown`. */
  readonly detail: string;
  readonly range: SourceRange;
  readonly selectionRange: SourceRange;
}
