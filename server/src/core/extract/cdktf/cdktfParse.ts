// What the CDKTF front end keeps of a parsed stack file between edits, and the small helpers the full
// and the fast (one statement) parse share.

import ts = require('typescript');
import type { FileModel, TopLevelBlock } from '../../model/fileModel';
import { rangeOf, type SourceRange } from '../../model/sourceRange';
import type { OffsetEdit } from '../hcl/extractHcl';
import type { Unit, UnitCache } from './collectUnits';
import { flattenDeepTs } from './flattenDeepTs';
import { MAX_NESTING } from '../../model/nesting';

/**
 * Brackets deeper than this are blanked when TypeScript's parser runs out of stack (see
 * `flattenDeepTs`): well below the 550 nested object literals it reads from a shallow stack, well above
 * where values stop being read (a construct's config sits a few brackets down, then `MAX_NESTING`).
 */
const PARSE_DEPTH = 2 * MAX_NESTING;

export interface CdktfSyntaxError {
  readonly range: SourceRange;
  readonly message: string;
}

/** A parsed stack file and what the next `updateCdktf` needs. */
export interface CdktfParse {
  readonly fileName: string;
  readonly text: string;
  readonly model: FileModel;
  /**
   * TypeScript's syntax errors, in file offsets. They are not in `model.syntaxErrors` (the editor's
   * TypeScript support reports them already), except the first inside each provider construct, which its
   * block carries: the CLI has no other way to show it, and only what comes before it in the construct is checked.
   */
  readonly syntaxErrors: readonly CdktfSyntaxError[];
  /** The syntax tree, undefined when the file imports no provider package and was not parsed. */
  readonly sourceFile: ts.SourceFile | undefined;
  /**
   * Statements the fast path re-parsed alone since `sourceFile` was parsed, in order: the tree catches
   * up with them one statement at a time, so TypeScript re-parses those statements and reuses the rest.
   */
  readonly pending: readonly PendingEdit[];
  /** The statements read, in document order, with their file offsets (start of first token, end). */
  readonly units: readonly Unit[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly cache: UnitCache;
  /**
   * Set when this parse came from the previous one by re-reading one statement that creates exactly one
   * construct, before and after: the index of its block. Every other block is the previous one, moved,
   * so the previous analysis can be patched (`patchFileAnalysis`) rather than redone.
   */
  readonly replacedBlock: number | undefined;
}

/** `[start, oldEnd)` of the text before this edit became `text`. */
export interface PendingEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly text: string;
}

export function changeRangeOf(edit: OffsetEdit): ts.TextChangeRange {
  return ts.createTextChangeRange(ts.createTextSpan(edit.start, edit.oldEnd - edit.start), edit.newEnd - edit.start);
}

/** TypeScript's parse errors: not part of its public API, but every version keeps them on the file. */
export function parseErrorsOf(sourceFile: ts.SourceFile): CdktfSyntaxError[] {
  const diagnostics = (sourceFile as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
  const text = sourceFile.text;
  return diagnostics.map((d) => {
    const start = d.start ?? 0;
    let end = start + (d.length ?? 0);
    // An empty range is widened to one character so it shows, but never over a line break: the offset
    // between `\r` and `\n` is no position an editor has (an unterminated string ends at the `\r`).
    if (end === start && start < text.length && text[start] !== '\r' && text[start] !== '\n') end++;
    if (end > start && text[end - 1] === '\r' && text[end] === '\n') end--;
    return { range: rangeOf(start, end), message: `Syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}` };
  });
}

export function createTsSourceFile(fileName: string, text: string): ts.SourceFile {
  // No parent pointers: setting them costs a third of the parse, nothing here reads them, and the
  // incremental parser sets them itself when it first updates the tree.
  const tsx = fileName.endsWith('.tsx');
  const kind = tsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  try {
    return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // Out of stack: nested too deeply. Each parse starts from a fresh parser state, so parse again.
    const flat = flattenDeepTs(text, PARSE_DEPTH, tsx ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard);
    return ts.createSourceFile(fileName, flat, ts.ScriptTarget.Latest, false, kind);
  }
}

/** The blocks of every unit, in document order, each placed at its unit's start plus its delta. */
export function modelOf(units: readonly Unit[], starts: readonly number[]): FileModel {
  const blocks: TopLevelBlock[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const { blocks: unitBlocks, deltas } = units[i]!.result;
    for (let k = 0; k < unitBlocks.length; k++) {
      blocks.push(unitBlocks[k]!);
      offsets.push(starts[i]! + deltas[k]!);
    }
  }
  return { language: 'ts', blocks, offsets, syntaxErrors: [] };
}
