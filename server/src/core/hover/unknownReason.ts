// Why a value is not known statically, in a few words: hovers on references and on the mapping's header
// say it instead of guessing. The reason is a predicate; callers give it its subject.

import { settle, type ReferenceValue, type Value } from '../model/value';
import type { ModuleIndex } from '../module/moduleIndex';
import { targetOf } from '../module/resolveReferences';

/** "has no default", "is not declared in this module", …; undefined when the value is known. */
export function unknownReason(value: Value, module: ModuleIndex): string | undefined {
  const settled = settle(value);
  if (settled.kind === 'unknown') {
    const what = settled.tooDeep
      ? 'a value nested deeper than the extension reads'
      : settled.expr
        ? 'an expression whose value depends on something not known statically'
        : 'an expression that is not evaluated statically';
    return value === settled ? `is ${what}` : `stands for ${what}`;
  }
  if (settled.kind !== 'reference') return undefined;
  const own = referenceReason(settled, module);
  return value === settled ? own : `leads to \`${settled.path.join('.')}\`, which ${own}`;
}

function referenceReason(ref: ReferenceValue, module: ModuleIndex): string {
  const [head, name] = ref.path;
  if (head === 'var' && name) {
    if (!module.variables.has(name)) return 'is not declared in this module';
    return module.variables.get(name) ? 'has a default that is not a literal' : 'has no default, so its value is given at plan (`-var`, a `.tfvars` file, or the calling module)';
  }
  if (head === 'local' && name) return module.locals.has(name) ? 'is not a literal, so its value is known only at plan' : 'is not declared in this module';
  if (head === 'each' || head === 'count') return 'differs from one instance to the next';
  if (head === 'module') return 'is an output of another module, known only at plan';
  const target = targetOf(ref, module);
  if (!target) return 'is not a value known statically';
  const address = ref.path.slice(0, target.data ? 3 : 2).join('.');
  if (!target.block) return `points at \`${address}\`, which is not declared in this module`;
  if (target.data) return 'is read by a data source at plan';
  if (!target.attribute) return 'is the whole resource';
  return `is not set as a literal on \`${address}\`, so it is known only at plan or after apply`;
}
