// The evaluator's scope in a module: `var.x` is the variable's default, `local.x` the local (itself
// evaluated, once per scope, a cycle being unknown), `aws_sqs_queue.q.name` a literal argument of the
// resource; computed attributes (`.arn`), `each`, `count`, `path`, `terraform`, `module` and data
// sources' results stay unknown. Values keep the ranges where they are written.

import type { Scope } from '../eval/scope';
import type { Value } from '../model/value';
import { declaredValue } from './declaredValue';
import type { ModuleIndex } from './moduleIndex';
import { resolveValue } from './resolveReferences';

export interface ModuleScope extends Scope {
  /** The local's value with its references and expressions resolved; undefined when not declared or in a cycle. */
  local(name: string): Value | undefined;
  /**
   * Names bound for one instance: `each` (`{key, value}`) and `count` (`{index}`) of a resource with
   * `for_each` or `count`, and a `dynamic` block's iterator (`{key, value}`).
   */
  readonly roots: ReadonlyMap<string, Value>;
}

const NO_ROOTS: ReadonlyMap<string, Value> = new Map();

/** Lookups in progress at once: references between resources can form cycles that no local breaks. */
const MAX_ACTIVE = 32;
/** Lookups one scope answers; resources' arguments are not memoised, so fan-out must be bounded too. */
const MAX_LOOKUPS = 20_000;

export function moduleScope(module: ModuleIndex, roots: ReadonlyMap<string, Value> = NO_ROOTS): ModuleScope {
  // `null` marks a local being evaluated: meeting it again is a cycle.
  const locals = new Map<string, Value | null>();
  let active = 0;
  let lookups = 0;
  const nested = (value: Value): Value => {
    if (active >= MAX_ACTIVE || ++lookups > MAX_LOOKUPS) return value;
    active++;
    try {
      return resolveValue(value, module, 0, scope);
    } finally {
      active--;
    }
  };
  const scope: ModuleScope = {
    roots,
    reference: (path, range) => nested({ kind: 'reference', path, range }),
    value: nested,
    local(name) {
      const known = locals.get(name);
      if (known !== undefined) return known ?? undefined;
      const base = module.locals.get(name);
      if (!base) return undefined;
      locals.set(name, null);
      const value = nested(declaredValue(module, `local.${name}`, base));
      locals.set(name, value);
      return value;
    },
  };
  return scope;
}
