// The fast matcher of one AND-branch: a tree of closures that walks the record along the pattern's
// paths and tries one array element at a time for everything below an array (EventBridge's array
// consistency). It answers UNSURE, and the caller falls back to matchExact.ts, where its shortcuts
// could be wrong: a key with a dot in the record (`{"a.b": 1}` is the field a.b too), or `exists:
// false` beside other conditions below an array. Dotted keys are looked for only where they could
// change the answer: along the path that failed, and along paths that must be absent.

import { compileMatchList, type Leaf } from './compileMatchList';
import type { BranchCondition } from './branchCondition';
import type { MatchRun } from './matchRun';
import { RepeatedKey } from './eventJson';
import type { PatternObject } from './patternAst';

// Plain module constants, exported by name below: an `export const` would be read through `exports`
// on every comparison in the CommonJS build.
const NO = 0;
const YES = 1;
const UNSURE = 2;
export { NO, UNSURE, YES };
export type Result = typeof NO | typeof YES | typeof UNSURE;

/** Walkers take the run of the record they walk: what they learn about it is kept there, not here. */
type ObjectEval = (o: Record<string, unknown>, run: MatchRun) => Result;
type ValueEval = (value: unknown, run: MatchRun) => Result;

interface Trie {
  readonly atom: string;
  /** Atoms from the root to here. */
  readonly path: readonly string[];
  readonly children: Trie[];
  condition?: BranchCondition;
  /** Only for patterns too big to multiply out: `$or` alternatives evaluated at this node's place. */
  readonly orGroups: Trie[][];
  /** Per ancestor depth: record keys there that join several atoms and lead to or through this node. */
  rescue?: string[][];
}

/** Rescue keys that mean "any key with a dot" (see computeRescue). */
function anyPresent(run: MatchRun, o: Record<string, unknown>, keys: readonly string[] | undefined): boolean {
  if (keys === ANY_DOTTED_KEY) return run.hasDottedKey(o);
  return keys !== undefined && run.anyPresent(o, keys);
}

function node(atom: string, path: readonly string[]): Trie {
  return { atom, path, children: [], orGroups: [] };
}

function childOf(parent: Trie, atom: string): Trie {
  let child = parent.children.find((n) => n.atom === atom);
  if (!child) parent.children.push((child = node(atom, [...parent.path, atom])));
  return child;
}

/** The walker for a branch's conditions. */
export function buildWalker(conditions: readonly BranchCondition[]): ObjectEval {
  const root = node('', []);
  for (const c of conditions) {
    let n = root;
    for (const atom of c.atoms) n = childOf(n, atom);
    n.condition = c;
  }
  computeRescue(root);
  return buildObject(root, true);
}

/** The walker for a pattern whose `$or`s are kept in place (array consistency then holds per alternative only). */
export function buildStructuralWalker(object: PatternObject): ObjectEval {
  return buildObject(structuralTrie(object, []), false);
}

function structuralTrie(object: PatternObject, base: readonly string[]): Trie {
  const root = node(base[base.length - 1] ?? '', base);
  const add = (at: Trie, obj: PatternObject): void => {
    for (const member of obj.members) {
      if (member.kind === 'or') {
        at.orGroups.push(member.branches.map((b) => structuralTrie(b, at.path)));
        continue;
      }
      let target = at;
      for (const atom of member.key.split('.')) target = childOf(target, atom);
      if (member.value.kind === 'object') add(target, member.value);
      else target.condition = { name: target.path.join('.'), atoms: target.path, list: compileMatchList(member.value), source: member.value, keyRange: member.keyRange };
    }
  };
  add(root, object);
  return root;
}

/** Every path of the subtree below `n`, as atoms after n. */
function subtreePaths(n: Trie): string[][] {
  return n.children.flatMap((c) => [[c.atom], ...subtreePaths(c).map((p) => [c.atom, ...p])]);
}

/**
 * Past this much work (characters joined into rescue keys), every rescue list is ANY_DOTTED_KEY: a
 * pattern hundreds of levels deep would otherwise need a number of keys that grows with the fourth power
 * of its depth. "Any dotted key" is sound, as every rescue only sends the record to the exact matcher.
 */
const RESCUE_BUDGET = 1_000_000;
const ANY_DOTTED_KEY: string[] = [];

function computeRescue(root: Trie): void {
  let work = 0;
  const below = (n: Trie): number => {
    let size = 0;
    for (const c of n.children) size += 1 + below(c);
    work += n.path.length * (n.path.length + size) * (n.path.length + 1);
    return size;
  };
  below(root);
  if (work > RESCUE_BUDGET) {
    const mark = (n: Trie): void => {
      n.rescue = n.path.map(() => ANY_DOTTED_KEY);
      n.children.forEach(mark);
    };
    mark(root);
    return;
  }
  const visit = (n: Trie): void => {
    const below = subtreePaths(n);
    n.rescue = [];
    for (let d = 0; d < n.path.length; d++) {
      const keys = new Set<string>();
      const head = n.path.slice(d);
      for (let j = 2; j <= head.length; j++) keys.add(head.slice(0, j).join('.'));
      for (const tail of below) keys.add([...head, ...tail].join('.'));
      n.rescue.push([...keys].filter((k) => k.includes('.')));
    }
    n.children.forEach(visit);
  };
  visit(root);
}

interface Summary {
  positive: boolean;
  absence: boolean;
  /** Satisfied when nothing at all is at this place. */
  missing: boolean;
}

function summarize(n: Trie): Summary {
  const s: Summary = { positive: false, absence: false, missing: true };
  if (n.condition) {
    s.positive ||= n.condition.list.positive;
    s.absence ||= n.condition.list.absence;
    s.missing &&= n.condition.list.absence;
  }
  for (const child of n.children) {
    const c = summarize(child);
    s.positive ||= c.positive;
    s.absence ||= c.absence;
    s.missing &&= c.missing;
  }
  for (const group of n.orGroups) {
    const alts = group.map(summarize);
    for (const a of alts) {
      s.positive ||= a.positive;
      s.absence ||= a.absence;
    }
    s.missing &&= alts.some((a) => a.missing);
  }
  return s;
}

/** Nodes below `n` (itself included) with an `exists: false`. */
function absenceNodes(n: Trie): Trie[] {
  const below = n.children.flatMap(absenceNodes);
  return n.condition?.list.absence ? [n, ...below] : below;
}

/** Every child and `$or` group of the object at `n`'s place must hold. */
function buildObject(n: Trie, exact: boolean): ObjectEval {
  const depth = n.path.length;
  // All children must hold, so test first those most likely to fail cheaply: exact values on a leaf.
  const children = [...n.children].sort((a, b) => cost(a) - cost(b));
  const count = children.length;
  const atoms = children.map((c) => c.atom);
  // Members inherited from Object.prototype (`constructor`) must not read as fields.
  const inherited = atoms.map((a) => a in Object.prototype);
  const evals = children.map((c) => buildValue(c, exact));
  // Dotted keys that could make an absent field present, per child (checked when the child holds).
  const absentKeys = children.map((c) => (exact ? unionOfRescues(absenceNodes(c).map((a) => a.rescue![depth]!)) : []));
  const anyAbsent = absentKeys.some((k) => k.length > 0);
  const anyInherited = inherited.some(Boolean);
  const groups = n.orGroups.map((g) => g.map((alt) => buildObject(alt, exact)));
  const hasGroups = groups.length > 0;
  // The common child, a field with values to match and nothing below, is tested here directly.
  const direct = children.map((c) => (c.children.length === 0 && c.orGroups.length === 0 && c.condition && !c.condition.list.absence ? c.condition.list.test : undefined));
  return (o, run) => {
    let unsure = false;
    for (let i = 0; i < count; i++) {
      const atom = atoms[i]!;
      const v = anyInherited && inherited[i] && !Object.prototype.hasOwnProperty.call(o, atom) ? undefined : o[atom];
      const test = direct[i];
      let r: Result;
      if (test !== undefined && v !== undefined && (v === null || typeof v !== 'object')) {
        if (test(v as Leaf)) continue;
        run.failed = children[i];
        r = NO;
      } else {
        run.failed = undefined;
        r = evals[i]!(v, run);
      }
      if (r === NO) {
        // The evaluation just set `failed`.
        const f = run.failed as Trie | undefined;
        if (exact && f && anyPresent(run, o, f.rescue![depth])) return UNSURE;
        return NO;
      }
      if (r === UNSURE || (anyAbsent && anyPresent(run, o, absentKeys[i]))) unsure = true;
    }
    if (hasGroups) for (const group of groups) if (!group.some((alt) => alt(o, run) === YES)) return NO;
    return unsure ? UNSURE : YES;
  };
}

function unionOfRescues(lists: readonly string[][]): string[] {
  return lists.includes(ANY_DOTTED_KEY) ? ANY_DOTTED_KEY : [...new Set(lists.flat())];
}

function cost(n: Trie): number {
  if (n.children.length > 0 || n.orGroups.length > 0) return 2;
  return n.condition?.source.matchers.every((m) => m.kind === 'exact') ? 0 : 1;
}

/** Whatever the record holds at `n`'s place: nothing, a leaf, an object or an array. */
function buildValue(n: Trie, exact: boolean): ValueEval {
  const summary = summarize(n);
  const missing: Result = summary.missing ? YES : NO;
  const leafTest = n.condition?.list.test;
  const leafAbsent = n.condition ? n.condition.list.absence : true;
  const belowMissing = n.children.every((c) => summarize(c).missing) && n.orGroups.every((g) => g.some((alt) => summarize(alt).missing));
  const object = n.children.length > 0 || n.orGroups.length > 0 ? buildObject(n, exact) : undefined;
  // Below an array, conditions that all need a value are met by one element; conditions that all need
  // an absence must hold in every element; a mix depends on EventBridge's evaluation order.
  const mode = !summary.absence ? 'any' : !summary.positive ? 'all' : exact ? 'unsure' : 'any';
  const fail = (run: MatchRun): Result => {
    run.failed = n;
    return NO;
  };
  const evaluate: ValueEval = (v, run) => {
    if (v === undefined) return missing === YES ? YES : fail(run);
    if (typeof v !== 'object' || v === null) {
      // A leaf: the condition here tests it (a lone `exists: false` fails), and nothing can be below it.
      if (leafTest && !leafTest(v as Leaf)) return fail(run);
      return belowMissing ? YES : fail(run);
    }
    if (Array.isArray(v)) {
      // A key written twice in the event: its values may combine across occurrences, which only the
      // reference algorithm follows.
      if (mode === 'unsure' || (exact && v instanceof RepeatedKey)) return UNSURE;
      // Arrays inside arrays count as their elements. They are walked with a stack of positions rather
      // than by recursion, so an event nested thousands of arrays deep cannot exhaust the call stack.
      let unsure = false;
      const arrays: unknown[][] = [v];
      const next: number[] = [0];
      while (arrays.length > 0) {
        const top = arrays.length - 1;
        const array = arrays[top]!;
        const i = next[top]!;
        if (i >= array.length) {
          arrays.pop();
          next.pop();
          continue;
        }
        next[top] = i + 1;
        const item = array[i];
        if (Array.isArray(item)) {
          arrays.push(item);
          next.push(0);
          continue;
        }
        const r = evaluate(item, run);
        if (mode === 'any' && r === YES) return YES;
        if (mode === 'all' && r === NO) return fail(run);
        if (r === UNSURE) unsure = true;
      }
      if (unsure) return UNSURE;
      return mode === 'any' ? fail(run) : YES;
    }
    // An object is not a leaf: a condition ending here sees nothing.
    if (!leafAbsent) return fail(run);
    if (!object) return YES;
    const r = object(v as Record<string, unknown>, run);
    return r === NO ? (run.failed ? NO : fail(run)) : r;
  };
  return evaluate;
}
