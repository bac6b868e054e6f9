// A document's text as a list of chunks. V8 copies a concatenated string in full the first time it is
// read (about 0.5 ms per MB), so replacing one character of a large file as `a + x + b` would cost a full
// copy per keystroke; here an edit copies one chunk. The whole text is joined only when asked for.

import type { TextSource } from '../core/model/textSource';

const CHUNK = 16 * 1024;

export class ChunkedText implements TextSource {
  private chunks: string[];
  /** Offset of each chunk's first character. */
  private starts: number[];
  private joined: string | undefined;
  length: number;

  constructor(text: string) {
    this.chunks = [];
    for (let i = 0; i < text.length; i += CHUNK) this.chunks.push(text.slice(i, i + CHUNK));
    if (this.chunks.length === 0) this.chunks.push('');
    this.starts = [];
    this.length = text.length;
    this.joined = text;
    this.reindex(0);
  }

  /** Replaces `[start, end)` with `inserted`. */
  replace(start: number, end: number, inserted: string): void {
    const first = this.chunkAt(start);
    const last = this.chunkAt(Math.max(start, end - 1));
    const firstStart = this.starts[first]!;
    const lastEnd = this.starts[last]! + this.chunks[last]!.length;
    let merged: string;
    if (first === last) {
      const chunk = this.chunks[first]!;
      merged = chunk.slice(0, start - firstStart) + inserted + chunk.slice(end - firstStart);
    } else {
      merged = this.chunks[first]!.slice(0, start - firstStart) + inserted + this.chunks[last]!.slice(this.chunks[last]!.length - (lastEnd - end));
    }
    // Keep chunks near their size so no single edit copies much.
    const pieces: string[] = [];
    if (merged.length > 2 * CHUNK) for (let i = 0; i < merged.length; i += CHUNK) pieces.push(merged.slice(i, i + CHUNK));
    else if (merged.length > 0) pieces.push(merged);
    this.chunks.splice(first, last - first + 1, ...pieces);
    if (this.chunks.length === 0) this.chunks.push('');
    this.length += inserted.length - (end - start);
    this.joined = undefined;
    this.reindex(first);
  }

  slice(start: number, end: number): string {
    const from = Math.max(0, Math.min(start, this.length));
    const to = Math.max(from, Math.min(end, this.length));
    if (this.joined !== undefined) return this.joined.slice(from, to);
    const first = this.chunkAt(from);
    const chunkStart = this.starts[first]!;
    const chunk = this.chunks[first]!;
    if (to - chunkStart <= chunk.length) return chunk.slice(from - chunkStart, to - chunkStart);
    let out = chunk.slice(from - chunkStart);
    for (let i = first + 1; i < this.chunks.length && this.starts[i]! < to; i++) out += this.chunks[i]!.slice(0, to - this.starts[i]!);
    return out;
  }

  charCodeAt(index: number): number {
    if (index < 0 || index >= this.length) return NaN;
    if (this.joined !== undefined) return this.joined.charCodeAt(index);
    const i = this.chunkAt(index);
    return this.chunks[i]!.charCodeAt(index - this.starts[i]!);
  }

  toString(): string {
    this.joined ??= this.chunks.join('');
    return this.joined;
  }

  /** The index of the chunk that holds `offset` (the last chunk for the end of the text). */
  private chunkAt(offset: number): number {
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private reindex(from: number): void {
    this.starts.length = this.chunks.length;
    let at = from === 0 ? 0 : this.starts[from - 1]! + this.chunks[from - 1]!.length;
    for (let i = from; i < this.chunks.length; i++) {
      this.starts[i] = at;
      at += this.chunks[i]!.length;
    }
  }
}
