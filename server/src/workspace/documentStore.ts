// The documents the server holds, grouped into modules. A module exists only while it holds a document and
// a file's state goes when the file goes, so memory follows the files held, not every file ever seen; and a
// file whose model cannot be built is left out (logged) without costing any other file its findings.

import type { Parser } from 'web-tree-sitter';
import { isOwnModule } from '../frontEnds';
import type { Logger } from '../runSafe';
import { childResolver, diskChildFiles, listModuleFolder, readLocation, type ChildFiles } from './childModules';
import { TerraformDocument } from './terraformDocument';
import { moduleKeyOf, TerraformModule } from './terraformModule';
import { TfvarsDocument } from './tfvarsDocument';

export class DocumentStore {
  private readonly modules = new Map<string, TerraformModule>();

  constructor(
    private readonly parser: () => Parser,
    private readonly logger: Logger,
    /** Called before a document is built; tests use it to make building fail. */
    private readonly beforeBuild?: (uri: string, text: string) => void,
  ) {}

  /** The module of a file, if it holds any document; never creates one. */
  moduleOf(uri: string): TerraformModule | undefined {
    return this.modules.get(moduleKeyOf(uri));
  }

  moduleByKey(key: string): TerraformModule | undefined {
    return this.modules.get(key);
  }

  get(uri: string): TerraformDocument | undefined {
    return this.moduleOf(uri)?.documents.get(uri);
  }

  has(uri: string): boolean {
    return this.get(uri) !== undefined || this.getTfvars(uri) !== undefined;
  }

  getTfvars(uri: string): TfvarsDocument | undefined {
    const held = this.moduleOf(uri)?.tfvars.get(uri);
    return held instanceof TfvarsDocument ? held : undefined;
  }

  /**
   * Reads a variable definitions file into its folder's module (made for it if need be: the module's
   * Terraform files may be read later). False, and the file left out (logged), when reading it throws.
   */
  setTfvars(uri: string, text: string): boolean {
    let document: TfvarsDocument;
    try {
      this.beforeBuild?.(uri, text);
      document = new TfvarsDocument(uri, text, this.parser());
    } catch (error) {
      this.logger.error(`${uri} could not be read and is left out of the workspace check: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      this.remove(uri);
      return false;
    }
    this.moduleFor(uri).tfvars.set(uri, document);
    return true;
  }

  /**
   * Builds the file's document from its text and puts it in its module. When that throws, the file is left
   * out of its module (an older version of it too, since it no longer says what the file says), the error
   * is logged, and false is returned. A file that is not `editable` (not open in the editor) keeps no
   * syntax tree: the tree only serves incremental re-parsing, and costs about 70 times the text in
   * tree-sitter's memory, which never shrinks.
   */
  set(uri: string, text: string, editable: boolean): boolean {
    let document: TerraformDocument;
    try {
      this.beforeBuild?.(uri, text);
      document = new TerraformDocument(uri, text, this.parser());
      if (!editable) document.dispose();
    } catch (error) {
      this.logger.error(`${uri} could not be read and is left out of the workspace check: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      this.remove(uri);
      return false;
    }
    const module = this.moduleFor(uri);
    module.documents.get(uri)?.dispose();
    module.documents.set(uri, document);
    module.forget(uri);
    return true;
  }

  private moduleFor(uri: string): TerraformModule {
    const key = moduleKeyOf(uri);
    let module = this.modules.get(key);
    if (!module) {
      module = new TerraformModule(key);
      if (!isOwnModule(key)) module.children = childResolver(key, this.childFiles);
      this.modules.set(key, module);
    }
    return module;
  }

  /**
   * A child module's files: the workspace's own documents for a folder the store holds (open editors win),
   * else read from disk once, until `childModulesChanged` (files under `.terraform/` are never
   * documents of the store: they are not reported on).
   */
  private readonly childFiles: ChildFiles = {
    read: (location) => readLocation(location),
    files: (folder) => {
      const held = this.modules.get(folder);
      if (held) return [...held.documents].map(([location, d]) => ({ location, model: d.model, text: d.content }));
      this.diskChildren ??= diskChildFiles(this.parser(), readLocation, listModuleFolder);
      return this.diskChildren.files(folder);
    },
  };
  private diskChildren: ChildFiles | undefined;

  /** Child modules read from disk are read again (after `terraform init`, or an edit under `.terraform/`). */
  childModulesChanged(): void {
    this.diskChildren = undefined;
  }

  /** Removes a file and everything kept about it; its module goes with its last file. True if it was held. */
  remove(uri: string): boolean {
    const key = moduleKeyOf(uri);
    const module = this.modules.get(key);
    if (!module) return false;
    const document = module.documents.get(uri);
    if (document) {
      document.dispose();
      module.documents.delete(uri);
      module.forget(uri);
    } else if (!module.tfvars.delete(uri)) {
      return false;
    }
    if (module.documents.size === 0 && module.tfvars.size === 0) this.modules.delete(key);
    return true;
  }

  /** Every file held (tfvars files too), module by module. */
  *uris(): IterableIterator<string> {
    for (const module of this.modules.values()) {
      yield* module.documents.keys();
      yield* module.tfvars.keys();
    }
  }

  moduleKeys(): string[] {
    return [...this.modules.keys()];
  }

  /** How much is held, for tests and benchmarks of memory. */
  get size(): { modules: number; documents: number } {
    let documents = 0;
    for (const module of this.modules.values()) documents += module.documents.size;
    return { modules: this.modules.size, documents };
  }

  dispose(): void {
    for (const module of this.modules.values()) for (const document of module.documents.values()) document.dispose();
    this.modules.clear();
  }
}
