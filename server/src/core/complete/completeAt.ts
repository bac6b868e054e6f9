// Completion from the facts table, for the target a front end found at the cursor. (Being written.)

import type { MappingAnalysis } from '../analyze';
import type { CursorContext } from '../language/cursorContext';
import type { ServiceDocument } from '../service/languageService';
import type { CompletionItem } from '../service/serviceTypes';

export interface CompletionInput extends ServiceDocument {
  readonly context: CursorContext;
  /** The mapping the cursor is in, as the rules see it (source kind detected); undefined when it cannot be read. */
  readonly analysis: MappingAnalysis | undefined;
}

export function completeAt(_input: CompletionInput): CompletionItem[] {
  return [];
}
