// Hover from the model and the facts table. (Being written.)

import type { MappingAnalysis } from '../analyze';
import type { ServiceDocument } from '../service/languageService';
import type { HoverInfo } from '../service/serviceTypes';

export interface HoverInput extends ServiceDocument {
  /** File offset of the mouse. */
  readonly offset: number;
  /** The top-level block the offset is in. */
  readonly blockIndex: number;
  readonly analysis: MappingAnalysis | undefined;
}

export function hoverAt(_input: HoverInput): HoverInfo | undefined {
  return undefined;
}
