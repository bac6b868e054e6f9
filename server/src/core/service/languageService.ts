// The core's language service, like `getLanguageService()` of vscode-json-languageservice: analysis,
// completion, hover and symbols over one document and its module, with no LSP types. The front end of the
// document's language is passed in (its `contextAt` and descriptor), so the core never decides by file
// name, and the TypeScript front end can stay in its own lazily loaded bundle.

import type { AnalyzeOptions, MappingAnalysis } from '../analyze';
import { analyzeMapping } from '../analyze';
import { completeAt } from '../complete/completeAt';
import { hoverAt } from '../hover/hoverAt';
import type { CursorContext } from '../language/cursorContext';
import type { LanguageDescriptor } from '../language/languageDescriptor';
import type { FileModel } from '../model/fileModel';
import type { TextSource } from '../model/textSource';
import { MAPPING_TYPE, type ModuleIndex } from '../module/moduleIndex';
import type { SampleRecord } from '../patterns/samples/sampleRecords';
import { describeSource } from './describeSource';
import type { CompletionItem, HoverInfo, MappingSymbol } from './serviceTypes';

/** What a front end gives the service about its language. */
export interface FrontEndServices {
  readonly descriptor: LanguageDescriptor;
  /** What is at `offset` (file offsets), also in text that does not parse yet; undefined outside mappings. */
  contextAt(text: TextSource, model: FileModel, offset: number): CursorContext | undefined;
}

/** A declaration's file (as the module names it: a URI or a path), its file offset and 1-based line. */
export interface DeclarationPlace {
  readonly file: string;
  readonly offset: number;
  readonly line: number;
}

export interface ServiceDocument {
  readonly text: TextSource;
  readonly model: FileModel;
  readonly frontEnd: FrontEndServices;
  readonly module: ModuleIndex;
  /** The user's sample records (sample files); the built-in ones are added per source. */
  readonly samples: readonly SampleRecord[];
  /**
   * Where a declaration of the module is written, for hovers that say where a value comes from: a
   * top-level block (a resource a reference points at), or the address of a variable or a local
   * (`var.x`, `local.y`, which the module index keeps only as values).
   */
  readonly locate?: (declaration: object | string) => DeclarationPlace | undefined;
  /** The analyses the diagnostics computed, reused when the block did not change since. */
  readonly cache?: AnalyzeOptions['cache'];
}

export function complete(document: ServiceDocument, offset: number): CompletionItem[] {
  const context = document.frontEnd.contextAt(document.text, document.model, offset);
  if (!context) return [];
  return completeAt({ ...document, context, analysis: mappingAt(document, context.blockIndex) });
}

export function hover(document: ServiceDocument, offset: number): HoverInfo | undefined {
  const index = blockAt(document.model, offset);
  if (index === undefined) return undefined;
  return hoverAt({ ...document, offset, blockIndex: index, analysis: mappingAt(document, index) });
}

/** Each mapping of the file, for the Outline. */
export function mappingSymbols(document: ServiceDocument): MappingSymbol[] {
  const out: MappingSymbol[] = [];
  const { model } = document;
  for (let i = 0; i < model.blocks.length; i++) {
    const analysis = mappingAt(document, i);
    if (!analysis) continue;
    const block = model.blocks[i]!;
    const offset = model.offsets[i]!;
    const name = block.labelRanges[1] ?? block.body.typeRange;
    out.push({
      name: `${MAPPING_TYPE}.${analysis.mapping.name}`,
      detail: describeSource(analysis.source).label,
      range: { start: offset + block.body.range.start, end: offset + block.body.range.end },
      selectionRange: { start: offset + name.start, end: offset + name.end },
    });
  }
  return out;
}

/** The index of the top-level block that holds `offset`, if any. */
export function blockAt(model: FileModel, offset: number): number | undefined {
  let low = 0;
  let high = model.offsets.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = model.offsets[mid]!;
    if (offset < start) high = mid - 1;
    else if (offset > start + model.blocks[mid]!.body.range.end) low = mid + 1;
    else return mid;
  }
  return undefined;
}

/** The mapping analysis of block `index` (the rules' view: references resolved, source detected). */
function mappingAt(document: ServiceDocument, index: number): MappingAnalysis | undefined {
  const block = document.model.blocks[index];
  if (!block || block.keyword !== 'resource' || block.labels[0] !== MAPPING_TYPE) return undefined;
  const cached = document.cache?.get(block.body);
  if (cached && cached.module === document.module) return cached.analysis;
  const offset = document.model.offsets[index]!;
  const text = document.text.slice(offset, offset + block.body.range.end);
  return analyzeMapping(block, document.module, text, new Date(), document.model.language);
}
