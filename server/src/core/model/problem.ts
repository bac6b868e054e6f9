// What the core reports: a rule id, a severity, a sentence for people, and where. The LSP layer turns
// these into diagnostics; the CLI prints them.

import type { SourceRange } from './sourceRange';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  readonly range: SourceRange;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** A fix that is safe to apply without looking, as part of "fix all". */
  readonly preferred?: boolean;
}

export interface Problem {
  /** The stable rule id, used as the diagnostic code. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: SourceRange;
  readonly fixes?: readonly Fix[];
  /** Marks findings about code that can be removed, so editors may fade it. */
  readonly unnecessary?: boolean;
  /** Other places the finding is about: where a value it reads is written (a `locals` entry, a default). */
  readonly related?: readonly RelatedPlace[];
}

export interface RelatedPlace {
  /** The top-level block the place is in (found in the module when the finding is shown). */
  readonly declaration: object;
  /** Relative to that block. */
  readonly range: SourceRange;
  readonly message: string;
}
