// Offsets to lines and characters (both 0-based, characters in UTF-16 code units, as LSP counts them),
// from the offsets where lines start. Plain arithmetic with no LSP import, so the CLI's bundle can use it
// without carrying the language server library.

export interface LineCharacter {
  readonly line: number;
  readonly character: number;
}

export function positionAt(lineStarts: readonly number[], offset: number): LineCharacter {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - lineStarts[low]! };
}
