// What a Terraform module (one folder) declares, across its files: resources, data sources, variable
// values (defaults, and the variable definitions files Terraform reads) and locals. References in a
// mapping are resolved against it.

import type { FileModel, TopLevelBlock } from '../model/fileModel';
import { MAPPING_TYPE } from '../model/mapping';
import type { TfvarsFile } from '../model/tfvarsFile';
import type { Value } from '../model/value';
import { applyTfvars } from './variableValues';

export interface ModuleIndex {
  /** `aws_sqs_queue.orders` and `data.aws_sqs_queue.orders` → the block. */
  readonly resources: ReadonlyMap<string, TopLevelBlock>;
  /** Variable name → its value as Terraform loads it (see variableValues.ts): a tfvars file's, else its default, else undefined. */
  readonly variables: ReadonlyMap<string, Value | undefined>;
  /** Variable name → the name of the tfvars file its value comes from, for the variables one sets. */
  readonly variableOrigins?: ReadonlyMap<string, string>;
  readonly locals: ReadonlyMap<string, Value>;
  /** `local.x` and `var.x` → the block that declares it, for pointing at where a value is written. */
  readonly declarations?: ReadonlyMap<string, TopLevelBlock>;
}

export { MAPPING_TYPE };


export function buildModuleIndex(files: Iterable<FileModel>, tfvars: readonly TfvarsFile[] = []): ModuleIndex {
  const resources = new Map<string, TopLevelBlock>();
  const variables = new Map<string, Value | undefined>();
  const locals = new Map<string, Value>();
  const declarations = new Map<string, TopLevelBlock>();
  for (const file of files) {
    for (const block of file.blocks) {
      if (block.syntaxError || !isDeclaration(block)) continue;
      const [first, second] = block.labels;
      if (block.keyword === 'resource' && first && second) resources.set(`${first}.${second}`, block);
      else if (block.keyword === 'data' && first && second) resources.set(`data.${first}.${second}`, block);
      else if (block.keyword === 'variable' && first) {
        variables.set(first, block.body.attributes.get('default')?.value);
        declarations.set(`var.${first}`, block);
      } else if (block.keyword === 'locals') {
        for (const [name, attr] of block.body.attributes) {
          locals.set(name, attr.value);
          declarations.set(`local.${name}`, block);
        }
      }
    }
  }
  const variableOrigins = applyTfvars(variables, tfvars);
  return { resources, variables, variableOrigins, locals, declarations };
}

/** Blocks other blocks can refer to: resources (but mappings: nothing references them, so editing one never invalidates the index), data sources, variables and locals. */
export function isDeclaration(block: TopLevelBlock): boolean {
  if (block.keyword === 'resource') return block.labels[0] !== MAPPING_TYPE;
  return block.keyword === 'data' || block.keyword === 'variable' || block.keyword === 'locals';
}

export interface IndexState {
  readonly index: ModuleIndex;
  /** Per file, the declarations the index was built from. */
  readonly declarations: readonly (readonly TopLevelBlock[])[];
  /** The tfvars files it was built with. */
  readonly tfvars: readonly TfvarsFile[];
}

/**
 * Returns `previous` when the module declares the same blocks as when it was built (edits that only
 * touch mappings or move blocks), so analyses cached against it stay valid. Blocks are compared by
 * their bodies, which extraction keeps for every block an edit did not touch. A tfvars file is a new
 * object whenever its text changed, so any edit of one gives a new index (and re-checks the mappings).
 */
export function updateModuleIndex(
  previous: IndexState | undefined,
  files: readonly FileModel[],
  declarations: readonly (readonly TopLevelBlock[])[],
  tfvars: readonly TfvarsFile[] = [],
): IndexState {
  if (previous && sameDeclarations(previous.declarations, declarations) && sameFiles(previous.tfvars, tfvars)) return { ...previous, declarations };
  return { index: buildModuleIndex(files, tfvars), declarations, tfvars };
}

function sameFiles(a: readonly TfvarsFile[], b: readonly TfvarsFile[]): boolean {
  return a.length === b.length && a.every((file) => b.includes(file));
}

function sameDeclarations(a: readonly (readonly TopLevelBlock[])[], b: readonly (readonly TopLevelBlock[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let f = 0; f < a.length; f++) {
    const x = a[f]!;
    const y = b[f]!;
    if (x === y) continue;
    if (x.length !== y.length || x.some((block, i) => block.body !== y[i]!.body)) return false;
  }
  return true;
}
