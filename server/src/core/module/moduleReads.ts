// What a mapping's analysis read from its module: which resources, variables and locals. When the module
// index is rebuilt (a declaration or a tfvars file changed), an analysis whose reads all give the very
// same values in the new index is still right and is kept: an edit in a `locals` block no mapping reads,
// or in a resource one mapping references, re-checks none or that one, not all of them.

import type { ModuleIndex } from './moduleIndex';

export interface ModuleReads {
  readonly resources: Set<string>;
  readonly variables: Set<string>;
  readonly locals: Set<string>;
  /** Set when the analysis went through a whole map (it then depends on everything in it). */
  all: boolean;
}

export function newReads(): ModuleReads {
  return { resources: new Set(), variables: new Set(), locals: new Set(), all: false };
}

/** The index, with every lookup noted in `reads`. */
export function recordingIndex(module: ModuleIndex, reads: ModuleReads): ModuleIndex {
  return {
    ...module,
    resources: recording(module.resources, reads.resources, reads),
    variables: recording(module.variables, reads.variables, reads),
    locals: recording(module.locals, reads.locals, reads),
  };
}

/** True when every value the analysis read is the same object in `after` as in `before`. */
export function readsUnchanged(reads: ModuleReads, before: ModuleIndex, after: ModuleIndex): boolean {
  if (reads.all) return false;
  return same(reads.resources, before.resources, after.resources) && same(reads.variables, before.variables, after.variables) && same(reads.locals, before.locals, after.locals);
}

function same<V>(keys: ReadonlySet<string>, before: ReadonlyMap<string, V>, after: ReadonlyMap<string, V>): boolean {
  for (const key of keys) if (before.get(key) !== after.get(key) || before.has(key) !== after.has(key)) return false;
  return true;
}

/** A read-only view of `map` that notes each key looked up; going through it all notes everything. */
function recording<V>(map: ReadonlyMap<string, V>, keys: Set<string>, reads: ModuleReads): ReadonlyMap<string, V> {
  const whole = (): ReadonlyMap<string, V> => {
    reads.all = true;
    return map;
  };
  return {
    get: (key) => {
      keys.add(key);
      return map.get(key);
    },
    has: (key) => {
      keys.add(key);
      return map.has(key);
    },
    get size() {
      return whole().size;
    },
    forEach: (callback, thisArg) => whole().forEach(callback, thisArg),
    entries: () => whole().entries(),
    keys: () => whole().keys(),
    values: () => whole().values(),
    [Symbol.iterator]: () => whole()[Symbol.iterator](),
  };
}
