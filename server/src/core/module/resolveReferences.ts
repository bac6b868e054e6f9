// Gives each reference in a mapping what it stands for: a variable default, a local, or the resource it
// points at (with that resource's literal arguments). What cannot be known stays unresolved.

import type { Attribute, Block } from '../model/mapping';
import type { TopLevelBlock } from '../model/fileModel';
import type { ObjectEntry, ReferenceValue, Value } from '../model/value';
import type { ModuleIndex } from './moduleIndex';

/** The resource (or data source) a reference such as `aws_sqs_queue.q.arn` points at. */
export interface ReferenceTarget {
  readonly resourceType: string;
  readonly data: boolean;
  /** The attribute read from it (`arn`, `url`, `stream_arn`, …). */
  readonly attribute: string | undefined;
  /** The declaring block, when the module declares it. */
  readonly block: TopLevelBlock | undefined;
}

const MAX_DEPTH = 16;

/** The resource a reference points at, from its path alone and the module. */
export function targetOf(value: Value, module: ModuleIndex): ReferenceTarget | undefined {
  if (value.kind !== 'reference') return undefined;
  const [head, a, b, c] = value.path;
  if (head === 'data' && a && b) return { resourceType: a, data: true, attribute: c, block: module.resources.get(`data.${a}.${b}`) };
  if (head && /^[a-z][a-z0-9]*_[a-z0-9_]+$/.test(head) && a && head !== 'each' && head !== 'count') {
    return { resourceType: head, data: false, attribute: b, block: module.resources.get(`${head}.${a}`) };
  }
  return undefined;
}

/**
 * The resource a value refers to, following variables and locals: `var.queue_arn` whose default is
 * `aws_sqs_queue.q.arn` points at the queue. Checked before the literal a reference may resolve to
 * (`aws_sqs_queue.q.name` resolves to the name, but it is still the queue's name attribute).
 */
export function referenceTarget(value: Value, module: ModuleIndex): ReferenceTarget | undefined {
  let current: Value | undefined = value;
  for (let depth = 0; current?.kind === 'reference' && depth < MAX_DEPTH; depth++) {
    const target = targetOf(current, module);
    if (target) return target;
    current = current.resolved;
  }
  return undefined;
}

/** An argument of the referenced resource, with variables and locals resolved. */
export function targetArgument(target: ReferenceTarget, name: string, module: ModuleIndex): Value | undefined {
  const value = target.block?.body.attributes.get(name)?.value;
  return value && resolveValue(value, module, 0);
}

export function resolveBlock(block: Block, module: ModuleIndex): Block {
  // Copies only what changes: most arguments are literals, and a mapping's filters are large literals.
  let attributes: Map<string, Attribute> | undefined;
  for (const [name, attr] of block.attributes) {
    const value = resolveValue(attr.value, module, 0);
    if (value === attr.value) continue;
    attributes ??= new Map(block.attributes);
    attributes.set(name, { ...attr, value });
  }
  let blocks: Block[] | undefined;
  for (let i = 0; i < block.blocks.length; i++) {
    const child = block.blocks[i]!;
    const resolved = resolveBlock(child, module);
    if (resolved === child) continue;
    blocks ??= block.blocks.slice();
    blocks[i] = resolved;
  }
  return attributes || blocks ? { ...block, attributes: attributes ?? block.attributes, blocks: blocks ?? block.blocks } : block;
}

export function resolveValue(value: Value, module: ModuleIndex, depth: number): Value {
  if (depth > MAX_DEPTH) return value;
  switch (value.kind) {
    case 'reference': {
      const resolved = lookup(value, module, depth);
      return resolved ? { ...value, resolved } : value;
    }
    case 'list': {
      let items: Value[] | undefined;
      for (let i = 0; i < value.items.length; i++) {
        const item = value.items[i]!;
        const v = resolveValue(item, module, depth);
        if (v === item) continue;
        items ??= value.items.slice();
        items[i] = v;
      }
      return items ? { ...value, items } : value;
    }
    case 'object': {
      let entries: ObjectEntry[] | undefined;
      for (let i = 0; i < value.entries.length; i++) {
        const entry = value.entries[i]!;
        const v = resolveValue(entry.value, module, depth);
        if (v === entry.value) continue;
        entries ??= value.entries.slice();
        entries[i] = { ...entry, value: v };
      }
      return entries ? { ...value, entries } : value;
    }
    case 'jsonencode': {
      const inner = resolveValue(value.inner, module, depth);
      return inner === value.inner ? value : { ...value, inner };
    }
    default:
      return value;
  }
}

function lookup(ref: ReferenceValue, module: ModuleIndex, depth: number): Value | undefined {
  const path = ref.path;
  const head = path[0];
  const name = path[1];
  if (!name) return undefined;
  let base: Value | undefined;
  // Where the member steps after the base start (`local.x.a.b` → `a`, `b`); an index, not a copy of the
  // path, since every reference of every mapping comes through here.
  let steps = 2;
  if (head === 'var') base = module.variables.get(name);
  else if (head === 'local') base = module.locals.get(name);
  else {
    // A literal argument of another resource: `aws_lambda_function.f.function_name`.
    const target = targetOf(ref, module);
    const attribute = target?.attribute;
    if (!target?.block || !attribute) return undefined;
    base = target.block.body.attributes.get(attribute)?.value;
    steps = target.data ? 4 : 3;
  }
  if (!base) return undefined;
  let current: Value | undefined = resolveValue(base, module, depth + 1);
  for (let i = steps; i < path.length; i++) {
    current = current && member(current, path[i]!);
  }
  return current;
}

function member(value: Value, step: string): Value | undefined {
  const v = value.kind === 'reference' ? value.resolved : value;
  if (!v) return undefined;
  if (v.kind === 'object') return v.entries.find((e) => e.key === step)?.value;
  // An open list's items may stand after unknown ones: their index is not known.
  if (v.kind === 'list' && !v.open && /^\d+$/.test(step)) return v.items[Number(step)];
  return undefined;
}
