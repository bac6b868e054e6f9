// A Terraform module: the `.tf` and `.tf.json` files of one folder. References resolve within it, so
// the module index is shared by its files and rebuilt only when a declaration changes.

import { analyzeFile, collectDuplicateKeys, type MappingAnalysis } from '../core/analyze';
import type { Problem } from '../core/model/problem';
import { updateModuleIndex, type IndexState, type ModuleIndex } from '../core/module/moduleIndex';
import type { TerraformDocument } from './terraformDocument';

export class TerraformModule {
  readonly documents = new Map<string, TerraformDocument>();
  private indexState: IndexState | undefined;
  private readonly cache = new WeakMap<object, { module: ModuleIndex; analysis: MappingAnalysis }>();

  constructor(readonly folder: string) {}

  /** The index for the files as they are now; the same object while no declaration changed. */
  index(): ModuleIndex {
    const documents = [...this.documents.values()];
    this.indexState = updateModuleIndex(this.indexState, documents.map((d) => d.model), documents.map((d) => d.declarations));
    return this.indexState.index;
  }

  analyze(uri: string, now?: Date): Problem[] {
    const document = this.documents.get(uri);
    if (!document) return [];
    const index = this.index();
    const options = (d: TerraformDocument) => ({ text: d.content, cache: this.cache, ...(now ? { now } : {}) });
    // Mappings in files that sort before this one claim their (function, source) first.
    const earlier = new Map<string, string>();
    for (const [other, otherDocument] of this.documents) {
      if (other < uri) collectDuplicateKeys(otherDocument.model, index, options(otherDocument), earlier);
    }
    return analyzeFile(document.model, index, options(document), earlier).problems;
  }
}

/** The folder part of a URI or path: the module a file belongs to. */
export function folderOf(uri: string): string {
  const slash = uri.lastIndexOf('/');
  return slash >= 0 ? uri.slice(0, slash) : '';
}
