// What a Terraform module (one folder) declares, across its files: resources, data sources, variable
// defaults and locals. References in a mapping are resolved against it.

import type { FileModel, TopLevelBlock } from '../model/fileModel';
import type { Value } from '../model/value';

export interface ModuleIndex {
  /** `aws_sqs_queue.orders` and `data.aws_sqs_queue.orders` → the block. */
  readonly resources: ReadonlyMap<string, TopLevelBlock>;
  /** Variable name → its default, or undefined when it has none. */
  readonly variables: ReadonlyMap<string, Value | undefined>;
  readonly locals: ReadonlyMap<string, Value>;
}

/** Mappings are not indexed: nothing references them, so editing one never invalidates the index. */
export const MAPPING_TYPE = 'aws_lambda_event_source_mapping';

export const EMPTY_MODULE: ModuleIndex = { resources: new Map(), variables: new Map(), locals: new Map() };

export function buildModuleIndex(files: Iterable<FileModel>): ModuleIndex {
  const resources = new Map<string, TopLevelBlock>();
  const variables = new Map<string, Value | undefined>();
  const locals = new Map<string, Value>();
  for (const file of files) {
    for (const block of file.blocks) {
      if (block.syntaxError) continue;
      const [first, second] = block.labels;
      if (block.keyword === 'resource' && first === MAPPING_TYPE) continue;
      if (block.keyword === 'resource' && first && second) resources.set(`${first}.${second}`, block);
      else if (block.keyword === 'data' && first && second) resources.set(`data.${first}.${second}`, block);
      else if (block.keyword === 'variable' && first) variables.set(first, block.body.attributes.get('default')?.value);
      else if (block.keyword === 'locals') for (const [name, attr] of block.body.attributes) locals.set(name, attr.value);
    }
  }
  return { resources, variables, locals };
}

/** The blocks an index is built from, in order; the same blocks give an equal index. */
export function declarationsOf(files: Iterable<FileModel>): TopLevelBlock[] {
  const out: TopLevelBlock[] = [];
  for (const file of files) {
    for (const block of file.blocks) {
      if (block.keyword === 'resource' && block.labels[0] === MAPPING_TYPE) continue;
      if (block.keyword === 'resource' || block.keyword === 'data' || block.keyword === 'variable' || block.keyword === 'locals') out.push(block);
    }
  }
  return out;
}

/**
 * Returns `previous` when the module declares exactly the same blocks as when it was built (edits that
 * only touch mappings or move blocks), so analyses cached against it stay valid.
 */
export function updateModuleIndex(previous: { index: ModuleIndex; bodies: readonly unknown[] } | undefined, files: readonly FileModel[]): { index: ModuleIndex; bodies: readonly unknown[] } {
  const bodies = declarationsOf(files).map((b) => b.body);
  if (previous && previous.bodies.length === bodies.length && previous.bodies.every((b, i) => b === bodies[i])) return previous;
  return { index: buildModuleIndex(files), bodies };
}
