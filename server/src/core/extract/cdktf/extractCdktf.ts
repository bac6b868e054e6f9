// The CDK for Terraform front end (TypeScript): a stack file → the same top-level blocks as the HCL
// front end, so the module index and every rule work unchanged. Provider constructs become `resource`
// and `data` blocks with snake_case names; `queue.arn` becomes the reference `aws_sqs_queue.<id>.arn`.
// The file is parsed with TypeScript's parser only: nothing is type-checked or run.
//
// Ranges inside a block are relative to its `new` expression, so an edit that only moves a construct
// keeps its block object (and the analysis cached on it). `parseCdktf` and `updateCdktf` keep what a
// document needs between edits; `extractCdktf` is the one-shot form.

import ts = require('typescript');
import type { FileModel } from '../../model/fileModel';
import type { OffsetEdit } from '../hcl/extractHcl';
import { changeRangeOf, createTsSourceFile, modelOf, parseErrorsOf, type CdktfParse, type PendingEdit } from './cdktfParse';
import { collectUnits, type UnitCache } from './collectUnits';
import { mayImportProvider } from './mayImportProvider';
import { reparseUnit } from './reparseUnit';

export type { CdktfParse } from './cdktfParse';


export function extractCdktf(sourceText: string, fileName: string): FileModel {
  return parseCdktf(sourceText, fileName).model;
}

export function parseCdktf(text: string, fileName: string): CdktfParse {
  if (!mayImportProvider(text)) return unparsed(text, fileName);
  const sourceFile = createTsSourceFile(fileName, text);
  const parse = fromSourceFile(sourceFile, new WeakMap());
  // A tree of text with its deepest brackets blanked (see `createTsSourceFile`) is not the text's own
  // tree, so an edit cannot update it: without a tree, the next edit parses the file again.
  return sourceFile.text === text ? parse : { ...parse, text, sourceFile: undefined };
}

/**
 * The parse after `edits` (in order, each in the coordinates of the text before it) turned the previous
 * text into `text`. Re-parses the one statement an edit falls in when it can, otherwise updates the tree
 * incrementally; either way unchanged statements keep their blocks. `previous` must not be used again:
 * TypeScript's incremental parser reuses (and moves) its nodes.
 */
export function updateCdktf(previous: CdktfParse, text: string, edits: readonly OffsetEdit[]): CdktfParse {
  // From a tree with syntax errors TypeScript's incremental parser can lose an error that a full parse
  // reports (and errors decide which constructs are left out), so a broken file is parsed again.
  if (!previous.sourceFile || previous.syntaxErrors.length > 0) return parseCdktf(text, previous.fileName);
  // An edit inside one expression statement adds or removes no import, so the text need not be searched.
  const fast = edits.length === 1 ? reparseUnit(previous, text, edits[0]!) : undefined;
  if (fast) return fast;
  if (!mayImportProvider(text)) return parseCdktf(text, previous.fileName);
  let sourceFile: ts.SourceFile = previous.sourceFile;
  try {
    sourceFile = catchUp(sourceFile, previous.pending);
    // The tree must now be the previous text, or the edits would not apply to it.
    if (sourceFile.text !== previous.text) return parseCdktf(text, previous.fileName);
    sourceFile = ts.updateSourceFile(sourceFile, text, ts.collapseTextChangeRangesAcrossMultipleVersions(edits.map(changeRangeOf)));
  } catch {
    // The incremental parser asserts on edits it cannot follow; a full parse always works.
    return parseCdktf(text, previous.fileName);
  }
  return fromSourceFile(sourceFile, previous.cache);
}

/**
 * Brings the tree up to date with the statements the fast path re-parsed, one at a time: one change
 * range over all of them would span everything between the first and the last, and TypeScript re-parses
 * (and we re-read) the whole span.
 */
function catchUp(sourceFile: ts.SourceFile, pending: readonly PendingEdit[]): ts.SourceFile {
  let file = sourceFile;
  for (const edit of pending) {
    const text = file.text.slice(0, edit.start) + edit.text + file.text.slice(edit.oldEnd);
    file = ts.updateSourceFile(file, text, changeRangeOf({ start: edit.start, oldEnd: edit.oldEnd, newEnd: edit.start + edit.text.length }));
  }
  return file;
}

function fromSourceFile(sourceFile: ts.SourceFile, cache: UnitCache): CdktfParse {
  const syntaxErrors = parseErrorsOf(sourceFile);
  const { units, starts, ends } = collectUnits(sourceFile, cache, syntaxErrors);
  return { fileName: sourceFile.fileName, text: sourceFile.text, model: modelOf(units, starts), syntaxErrors, sourceFile, pending: [], units, starts, ends, cache, replacedBlock: undefined };
}

function unparsed(text: string, fileName: string): CdktfParse {
  return { fileName, text, model: modelOf([], []), syntaxErrors: [], sourceFile: undefined, pending: [], units: [], starts: [], ends: [], cache: new WeakMap(), replacedBlock: undefined };
}
export { cdktfContextAt } from './cdktfContextAt';
