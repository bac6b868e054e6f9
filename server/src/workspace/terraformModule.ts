// A Terraform module: the `.tf` and `.tf.json` files of one folder, and the variable definitions files
// Terraform reads there (`terraform.tfvars`, `*.auto.tfvars`, …). References resolve within it, so the
// module index is shared by its files and rebuilt only when a declaration or a tfvars file changes.

import { analyzeFile, collectDuplicateKeys, patchFileAnalysis, type CachedAnalysis } from '../core/analyze';
import type { FileModel, TopLevelBlock } from '../core/model/fileModel';
import type { TfvarsFile } from '../core/model/tfvarsFile';
import { sampleLenses, type FilterLens } from '../core/patterns/sampleLenses';
import type { SampleRecord } from '../core/patterns/samples/sampleRecords';
import type { Problem } from '../core/model/problem';
import { moduleCallProblems, type CallFindings, type ChildResolver } from '../core/module/moduleCalls';
import { updateModuleIndex, type IndexState, type ModuleIndex } from '../core/module/moduleIndex';
import type { DeclarationPlace, ServiceDocument } from '../core/service/languageService';
import { frontEndFor, isOwnModule } from '../frontEnds';
import { positionAt } from '../lineStarts';
import type { TerraformDocument } from './terraformDocument';

export class TerraformModule {
  readonly documents = new Map<string, TerraformDocument>();
  /** The folder's variable definitions files, by URI (or path): what each sets, as it is now. */
  readonly tfvars = new Map<string, { readonly file: TfvarsFile }>();
  private indexState: IndexState | undefined;
  private readonly cache = new WeakMap<object, CachedAnalysis>();
  private readonly callCache = new WeakMap<object, CallFindings>();
  /** Each file's last problems and what they were computed from, so a keystroke can patch them. */
  private readonly results = new Map<string, { model: FileModel; index: ModuleIndex; earlier: readonly FileModel[]; problems: Problem[] }>();

  /** Finds the child modules this module's `module` calls name; without it, calls are not followed. */
  children: ChildResolver | undefined;

  constructor(readonly folder: string) {}

  /** The index for the files as they are now; the same object while no declaration changed. */
  index(): ModuleIndex {
    const documents = [...this.documents.values()];
    const tfvars = [...this.tfvars.values()].map((t) => t.file);
    this.indexState = updateModuleIndex(this.indexState, documents.map((d) => d.model), documents.map((d) => d.declarations), tfvars);
    return this.indexState.index;
  }

  /** Drops what is kept about a file that left the module (or whose document was replaced). */
  forget(uri: string): void {
    this.results.delete(uri);
  }

  /** The code lenses of sample results above the filters of a file. */
  sampleLenses(uri: string, samples: readonly SampleRecord[], now?: Date): FilterLens[] {
    const document = this.documents.get(uri);
    if (!document) return [];
    return sampleLenses(document.model, this.index(), { text: document.content, cache: this.cache, ...(now ? { now } : {}) }, samples);
  }

  /** The document as the core's language service takes it (completion, hover, symbols). */
  serviceDocument(uri: string, samples: readonly SampleRecord[]): ServiceDocument | undefined {
    const document = this.documents.get(uri);
    const frontEnd = frontEndFor(uri);
    if (!document || !frontEnd) return undefined;
    return { text: document.content, model: document.model, frontEnd, module: this.index(), samples, cache: this.cache, locate: (block) => this.locate(block) };
  }

  /**
   * Where a declaration of this module is written: a top-level block (a resource a reference resolved
   * to), or `var.<name>` / `local.<name>` (the variable's block, the local's own line in its `locals`).
   */
  locate(declaration: object | string): DeclarationPlace | undefined {
    for (const [uri, document] of this.documents) {
      const { blocks, offsets } = document.model;
      for (let i = 0; i < blocks.length; i++) {
        const at = placeIn(blocks[i]!, declaration);
        if (at !== undefined) return { file: uri, offset: offsets[i]! + at, line: positionAt(document.getLineStarts(), offsets[i]! + at).line + 1 };
      }
    }
    return undefined;
  }

  /** The file's findings, with those its module calls cause in their children. */
  analyze(uri: string, now?: Date): Problem[] {
    const own = this.analyzeOwn(uri, now);
    const document = this.documents.get(uri);
    if (!document || !this.children || !document.model.blocks.some((b) => b.keyword === 'module')) return own;
    const calls = moduleCallProblems(document.model, this.index(), this.children, now ?? new Date(), this.callCache);
    return calls.length === 0 ? own : [...own, ...calls].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  }

  private analyzeOwn(uri: string, now?: Date): Problem[] {
    const document = this.documents.get(uri);
    if (!document) return [];
    const index = this.index();
    const options = (d: TerraformDocument) => ({ text: d.content, cache: this.cache, ...(now ? { now } : {}) });
    const earlierDocuments = [...this.documents].filter(([other]) => other < uri).map(([, d]) => d);
    const earlierModels = earlierDocuments.map((d) => d.model);
    const last = this.results.get(uri);
    const change = document.lastBlockReplacement;
    if (last && change && last.model === change.before && change.after === document.model && last.index === index && sameModels(last.earlier, earlierModels)) {
      const problems = patchFileAnalysis(last.problems, change, index, options(document));
      if (problems) {
        this.results.set(uri, { model: document.model, index, earlier: earlierModels, problems });
        return problems;
      }
    }
    // Mappings in files that sort before this one claim their (function, source) first.
    const earlier = new Map<string, string>();
    for (const d of earlierDocuments) {
      // A neighbour that cannot be read this way only loses its claims: it never costs this file its findings
      // (its own analysis reports the failure when it is published).
      try {
        collectDuplicateKeys(d.model, index, options(d), earlier);
      } catch {
        continue;
      }
    }
    const problems = analyzeFile(document.model, index, options(document), earlier).problems;
    this.results.set(uri, { model: document.model, index, earlier: earlierModels, problems });
    return problems;
  }
}

/** The block-relative offset where `declaration` is written in `block`, or undefined when it is elsewhere. */
function placeIn(block: TopLevelBlock, declaration: object | string): number | undefined {
  if (typeof declaration !== 'string') return block === declaration ? 0 : undefined;
  const dot = declaration.indexOf('.');
  const head = declaration.slice(0, dot);
  const name = declaration.slice(dot + 1);
  if (head === 'var' && block.keyword === 'variable' && block.labels[0] === name) return 0;
  if (head === 'local' && block.keyword === 'locals') return block.body.attributes.get(name)?.nameRange.start;
  return undefined;
}


function sameModels(a: readonly FileModel[], b: readonly FileModel[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}

/** The module a file belongs to: its folder for Terraform files, the file itself for a CDKTF stack (`ownModule`). */
export function moduleKeyOf(uri: string): string {
  if (isOwnModule(uri)) return uri;
  const slash = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\'));
  return slash >= 0 ? uri.slice(0, slash) : '';
}
