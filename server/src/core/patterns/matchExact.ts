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

/** The arrays on the way to a value, innermost last, shared between siblings: a copy per leaf only. */
interface Path {
  readonly parent: Path | undefined;
  readonly id: number;
  readonly index: number;
}

/**
 * Every leaf field of `event` named `atoms.join('.')`, however the dots are split between keys. Walked
 * with a stack rather than by recursion: an event is input, and one nested thousands of arrays deep must
 * not exhaust the call stack.
 */
export function collectCandidates(event: unknown, atoms: readonly string[], arrayIds = new Map<object, number>()): FieldCandidate[] {
  const out: FieldCandidate[] = [];
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return out;
  // Pending visits, the next one last: pushed in reverse so fields come out in document order.
  const stack: { v: unknown; i: number; path: Path | undefined }[] = [{ v: event, i: 0, path: undefined }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { v, i, path } = top;
    if (v instanceof RepeatedKey) {
      // Every value of a repeated key is a field of the object itself, in no array.
      for (let k = v.length - 1; k >= 0; k--) stack.push({ v: v[k], i, path });
      continue;
    }
    if (Array.isArray(v)) {
      let id = arrayIds.get(v);
      if (id === undefined) arrayIds.set(v, (id = arrayIds.size));
      for (let k = v.length - 1; k >= 0; k--) stack.push({ v: v[k], i, path: { parent: path, id, index: k } });
      continue;
    }
    const leaf = v === null || typeof v !== 'object';
    if (i === atoms.length) {
      if (leaf) out.push({ value: v as Leaf, membership: membershipOf(path) });
      continue;
    }
    if (leaf) continue;
    const keys: string[] = [];
    let key = '';
    for (let j = i; j < atoms.length; j++) {
      key = j === i ? atoms[i]! : `${key}.${atoms[j]!}`;
      keys.push(key);
    }
    for (let j = keys.length - 1; j >= 0; j--) {
      if (hasOwn.call(v, keys[j]!)) stack.push({ v: (v as Record<string, unknown>)[keys[j]!], i: i + j + 1, path });
    }
  }
  return out;
}

/** Pairs of (array id, element index), outermost array first. */
function membershipOf(path: Path | undefined): number[] {
  const out: number[] = [];
  for (let p = path; p; p = p.parent) out.push(p.index, p.id);
  return out.reverse();
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
