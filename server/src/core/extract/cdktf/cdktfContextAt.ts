// What is at a position of a file in this syntax, for completion (see language/cursorContext.ts). (Being written.)

import type { CursorContext } from '../../language/cursorContext';
import type { FileModel } from '../../model/fileModel';
import type { TextSource } from '../../model/textSource';

export function cdktfContextAt(_text: TextSource, _model: FileModel, _offset: number): CursorContext | undefined {
  return undefined;
}
