// Ranges in the core are UTF-16 offsets into the document text, the unit that tree-sitter (for JS
// strings), TypeScript and LSP share. Only the LSP edge turns them into lines and characters.

export interface SourceRange {
  readonly start: number;
  readonly end: number;
}

export function rangeOf(start: number, end: number): SourceRange {
  return { start, end };
}

export function shiftRange(range: SourceRange, delta: number): SourceRange {
  return delta === 0 ? range : { start: range.start + delta, end: range.end + delta };
}
