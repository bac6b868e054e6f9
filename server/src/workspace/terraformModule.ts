// A Terraform module: the `.tf` and `.tf.json` files of one folder. References resolve within it, so
// the module index is shared by its files and rebuilt only when a declaration changes.

import { analyzeFile, type MappingAnalysis } from '../core/analyze';
import type { Problem } from '../core/model/problem';
import { updateModuleIndex, type ModuleIndex } from '../core/module/moduleIndex';
import type { TerraformDocument } from './terraformDocument';

export class TerraformModule {
  readonly documents = new Map<string, TerraformDocument>();
  private indexState: { index: ModuleIndex; bodies: readonly unknown[] } | undefined;
  private readonly cache = new WeakMap<object, { module: ModuleIndex; analysis: MappingAnalysis }>();

  constructor(readonly folder: string) {}

  /** The index for the files as they are now; the same object while no declaration changed. */
  index(): ModuleIndex {
    this.indexState = updateModuleIndex(this.indexState, [...this.documents.values()].map((d) => d.model));
    return this.indexState.index;
  }

  analyze(uri: string, now?: Date): Problem[] {
    const document = this.documents.get(uri);
    if (!document) return [];
    return analyzeFile(document.model, this.index(), { text: document.text, cache: this.cache, ...(now ? { now } : {}) }).problems;
  }
}

/** The folder part of a URI or path: the module a file belongs to. */
export function folderOf(uri: string): string {
  const slash = uri.lastIndexOf('/');
  return slash >= 0 ? uri.slice(0, slash) : '';
}
