// The reference matching algorithm, used where the fast one cannot be sure: the event is seen as
// EventBridge's engine sees it, a list of leaf fields named by their dotted path (`a.b` whether written
// nested or with a dot in the key), each knowing which element of which array it came from. A branch
// matches when every condition, taken in name order, finds a field that is consistent with the array
// elements already chosen; `exists: false` holds when no such consistent field exists. A key written
// twice in the event gives a field per occurrence (eventJson.ts).

import type { CompiledList, Leaf } from './compileMatchList';
import { RepeatedKey } from './eventJson';

/** One condition of an AND-branch: the field's dotted name and its match list. */
export interface Condition {
  readonly name: string;
  readonly atoms: readonly string[];
  readonly list: CompiledList;
}

export interface FieldCandidate {
  readonly value: Leaf;
  /** Pairs of (array id, element index) for every array on the way to the value. */
  readonly membership: readonly number[];
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Every leaf field of `event` named `atoms.join('.')`, however the dots are split between keys. */
export function collectCandidates(event: unknown, atoms: readonly string[], arrayIds = new Map<object, number>()): FieldCandidate[] {
  const out: FieldCandidate[] = [];
  const visit = (v: unknown, i: number, membership: readonly number[]): void => {
    if (v instanceof RepeatedKey) {
      // Every value of a repeated key is a field of the object itself, in no array.
      for (let k = 0; k < v.length; k++) visit(v[k], i, membership);
      return;
    }
    if (Array.isArray(v)) {
      let id = arrayIds.get(v);
      if (id === undefined) arrayIds.set(v, (id = arrayIds.size));
      for (let k = 0; k < v.length; k++) visit(v[k], i, [...membership, id, k]);
      return;
    }
    const leaf = v === null || typeof v !== 'object';
    if (i === atoms.length) {
      if (leaf) out.push({ value: v as Leaf, membership });
      return;
    }
    if (leaf) return;
    let key = '';
    for (let j = i; j < atoms.length; j++) {
      key = j === i ? atoms[i]! : `${key}.${atoms[j]!}`;
      if (hasOwn.call(v, key)) visit((v as Record<string, unknown>)[key], j + 1, membership);
    }
  };
  if (event !== null && typeof event === 'object' && !Array.isArray(event)) visit(event, 0, []);
  return out;
}

/** True when the two memberships never put the same array at different elements. */
export function consistent(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 2) {
    for (let j = 0; j < b.length; j += 2) {
      if (a[i] === b[j] && a[i + 1] !== b[j + 1]) return false;
    }
  }
  return true;
}

/** Whether an AND-branch matches, exactly as EventBridge's array-consistent matcher decides. */
export function matchExact(conditions: readonly Condition[], event: unknown): boolean {
  const arrayIds = new Map<object, number>();
  const candidates = conditions.map((c) => collectCandidates(event, c.atoms, arrayIds));
  const search = (i: number, membership: readonly number[]): boolean => {
    if (i === conditions.length) return true;
    const { list } = conditions[i]!;
    const fields = candidates[i]!;
    if (list.absence && !fields.some((f) => consistent(membership, f.membership)) && search(i + 1, membership)) return true;
    if (list.positive) {
      for (const f of fields) {
        if (consistent(membership, f.membership) && list.test(f.value) && search(i + 1, membership.concat(f.membership))) return true;
      }
    }
    return false;
  };
  return search(0, []);
}
