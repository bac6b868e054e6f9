// Gives each reference in a mapping what it stands for: a variable default, a local, or the resource it
// points at (with that resource's literal arguments). What cannot be known stays unresolved.

import type { Attribute, Block } from '../model/mapping';
import type { TopLevelBlock } from '../model/fileModel';
import { settle, type ObjectEntry, type ReferenceValue, type Value } from '../model/value';
import { declaredValue } from './declaredValue';
import type { ModuleIndex } from './moduleIndex';
import { evaluate } from '../eval/evaluate';
import { compareKeys } from '../eval/keyOrder';
import { moduleScope, type ModuleScope } from './moduleScope';

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
  // Through expressions too: `var.fifo ? aws_sqs_queue.a.arn : aws_sqs_queue.b.arn` evaluates to a reference.
  for (let depth = 0; (current?.kind === 'reference' || current?.kind === 'unknown') && depth < MAX_DEPTH; depth++) {
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

export function resolveBlock(block: Block, module: ModuleIndex, scope: ModuleScope = moduleScope(module)): Block {
  // Copies only what changes: most arguments are literals, and a mapping's filters are large literals.
  let attributes: Map<string, Attribute> | undefined;
  let nulled: Set<string> | undefined;
  for (const [name, attr] of block.attributes) {
    const value = resolveValue(attr.value, module, 0, scope);
    if (value === attr.value) continue;
    attributes ??= new Map(block.attributes);
    // Computed to null: as if not set. (A literal `null` is left as written: it stays unchanged above.)
    if (settle(value).kind === 'null') {
      attributes.delete(name);
      (nulled ??= new Set()).add(name);
    } else attributes.set(name, { ...attr, value });
  }
  let blocks: Block[] | undefined;
  for (let i = 0; i < block.blocks.length; i++) {
    const child = block.blocks[i]!;
    const expanded = child.forEach ? expandDynamic(child, module, scope) : undefined;
    if (expanded) {
      blocks ??= block.blocks.slice(0, i);
      blocks.push(...expanded);
      continue;
    }
    const resolved = resolveBlock(child, module, scope);
    if (resolved !== child) blocks ??= block.blocks.slice(0, i);
    blocks?.push(resolved);
  }
  return attributes || blocks ? { ...block, attributes: attributes ?? block.attributes, blocks: blocks ?? block.blocks, ...(nulled ? { nulled } : {}) } : block;
}

/** More blocks than this from one `dynamic` block are not expanded (a mapping takes at most 10 filters). */
const MAX_DYNAMIC_BLOCKS = 64;

/**
 * A `dynamic` block whose `for_each` is known: one block per element, its `content` read with the
 * iterator bound to the element (`filter.key`, `filter.value`). Undefined when the collection is not
 * known: the block then stays `dynamic`, standing for an unknown number of blocks.
 */
function expandDynamic(block: Block, module: ModuleIndex, scope: ModuleScope): Block[] | undefined {
  const { value, iterator } = block.forEach!;
  const elements = elementsOf(settle(resolveValue(value, module, 0, scope)), value.range);
  if (!elements || elements.length > MAX_DYNAMIC_BLOCKS) return undefined;
  const { forEach: _forEach, ...content } = block;
  const plain: Block = { ...content, dynamic: false };
  return elements.map(({ key, value: element }) => {
    const roots = new Map(scope.roots);
    roots.set(iterator, objectOf({ key, value: element }, value.range));
    return resolveBlock(plain, module, moduleScope(module, roots));
  });
}

/**
 * The elements `for_each` iterates over, with their keys: a map's entries (keys in lexical order, as
 * Terraform iterates them), a set's or list's items (a set's key is the item; a list's its index). Undefined
 * when the collection or its length is not known.
 */
export function elementsOf(collection: Value, range: Value['range']): { key: Value; value: Value }[] | undefined {
  // An open collection (a spread of something unknown) may hold more elements than it shows.
  if ((collection.kind === 'object' || collection.kind === 'list') && collection.open) return undefined;
  if (collection.kind === 'object') {
    return [...collection.entries]
      .sort((a, b) => compareKeys(a.key, b.key))
      .map((e) => ({ key: { kind: 'string', value: e.key, form: 'quoted', contentStart: e.keyRange.start, range: e.keyRange }, value: e.value }));
  }
  if (collection.kind === 'list') {
    return collection.items.map((item, i) => ({ key: collection.set ? item : { kind: 'number', value: i, range }, value: item }));
  }
  return undefined;
}

/** An object value made in the checker (an instance's `each`), placed at `range`. */
export function objectOf(fields: Readonly<Record<string, Value>>, range: Value['range']): Value {
  return { kind: 'object', entries: Object.entries(fields).map(([key, value]) => ({ key, keyRange: range, value })), range };
}

/**
 * `scope` shares evaluated locals between the values of one block; without it, each expression gets a
 * scope of its own.
 */
export function resolveValue(value: Value, module: ModuleIndex, depth: number, scope?: ModuleScope): Value {
  if (depth > MAX_DEPTH) return value;
  switch (value.kind) {
    case 'reference': {
      const resolved = lookup(value, module, depth, scope);
      return resolved ? { ...value, resolved } : value;
    }
    case 'unknown': {
      // An expression (an operation, a call, a template, …): what it evaluates to in this module.
      if (!value.expr || value.resolved) return value;
      const result = evaluate(value.expr, scope ?? moduleScope(module));
      if (result.kind === 'unknown') return result.error !== undefined && value.error === undefined ? { ...value, error: result.error } : value;
      return { ...value, resolved: result };
    }
    case 'list': {
      let items: Value[] | undefined;
      for (let i = 0; i < value.items.length; i++) {
        const item = value.items[i]!;
        const v = resolveValue(item, module, depth, scope);
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
        const v = resolveValue(entry.value, module, depth, scope);
        if (v === entry.value) continue;
        entries ??= value.entries.slice();
        entries[i] = { ...entry, value: v };
      }
      return entries ? { ...value, entries } : value;
    }
    case 'jsonencode': {
      const inner = resolveValue(value.inner, module, depth, scope);
      return inner === value.inner ? value : { ...value, inner };
    }
    default:
      return value;
  }
}

function lookup(ref: ReferenceValue, module: ModuleIndex, depth: number, scope: ModuleScope | undefined): Value | undefined {
  const path = ref.path;
  const head = path[0];
  const name = path[1];
  if (!name) return undefined;
  let base: Value | undefined;
  // Where the member steps after the base start (`local.x.a.b` → `a`, `b`); an index, not a copy of the
  // path, since every reference of every mapping comes through here.
  let steps = 2;
  const bound = head !== undefined ? scope?.roots.get(head) : undefined;
  if (bound) {
    // `each.value.batch_size`, `count.index`, `filter.value`: the instance's own values. A name a known
    // object does not have fails in Terraform (so `try(each.value.x, null)` takes the null).
    let current: Value = bound;
    for (let i = 1; i < path.length; i++) {
      const step = path[i]!;
      const parent = settle(current);
      const next = member(current, step);
      if (next === undefined) {
        if (parent.kind !== 'object') return undefined;
        return { kind: 'unknown', text: path.join('.'), range: ref.range, error: `This object does not have an attribute named "${step}".` };
      }
      current = resolveValue(next, module, depth + 1, scope);
    }
    return current;
  }
  if (head === 'var') {
    const value = module.variables.get(name);
    base = value && declaredValue(module, `var.${name}`, value);
  }
  else if (head === 'local') {
    // Evaluated once per scope, so locals built from locals cost each one evaluation.
    scope ??= moduleScope(module);
    const local = scope.local(name);
    let current: Value | undefined = local;
    for (let i = steps; i < path.length; i++) current = current && member(current, path[i]!);
    return current;
  } else {
    // A literal argument of another resource: `aws_lambda_function.f.function_name`.
    const target = targetOf(ref, module);
    const attribute = target?.attribute;
    if (!target?.block || !attribute) return undefined;
    base = target.block.body.attributes.get(attribute)?.value;
    steps = target.data ? 4 : 3;
  }
  if (!base) return undefined;
  let current: Value | undefined = resolveValue(base, module, depth + 1, scope);
  for (let i = steps; i < path.length; i++) {
    current = current && member(current, path[i]!);
  }
  return current;
}

function member(value: Value, step: string): Value | undefined {
  const v = settle(value);
  if (!v) return undefined;
  if (v.kind === 'object') return v.entries.find((e) => e.key === step)?.value;
  // An open list's items may stand after unknown ones: their index is not known.
  if (v.kind === 'list' && !v.open && /^\d+$/.test(step)) return v.items[Number(step)];
  return undefined;
}
