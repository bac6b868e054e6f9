// Compiles a validated pattern once into a fast matcher over decoded records. `$or`s are multiplied out
// into AND-branches as EventBridge does (a later duplicate field replaces an earlier one within a
// branch); each branch gets a walker (patternWalker.ts), and where the walker cannot be sure the branch
// goes to the reference algorithm (matchExact.ts).

import { compileMatchList } from './compileMatchList';
import type { BranchCondition } from './branchCondition';
import { matchExact } from './matchExact';
import { MatchRun } from './matchRun';
import { buildStructuralWalker, buildWalker, UNSURE, YES } from './patternWalker';
import type { PatternAst, PatternObject } from './patternAst';
import { OR_COMBINATION_LIMIT } from './validatePattern';

export type { BranchCondition } from './branchCondition';

/** Tests a decoded record within a run (what the run learned about the record is reused). */
export type RunTester = (record: unknown, run: MatchRun) => boolean;

export interface CompiledPattern {
  readonly ast: PatternAst;
  /** The AND-branches (one without `$or`), conditions sorted by name; empty when there are too many to list. */
  readonly branches: readonly (readonly BranchCondition[])[];
  /**
   * For each top-level key the branches use: `json` when they address fields inside it, `text` when
   * they match its value, `mixed` when branches differ. Lambda decides on payload formats with it.
   */
  readonly topFormats: ReadonlyMap<string, 'json' | 'text' | 'mixed'>;
  /** True when the decoded record matches. */
  test(record: unknown): boolean;
  /**
   * `test` within a run over a record that other patterns may have tested already (reset the run when the
   * record changes): it reuses what was learned about the record. For matching many patterns.
   */
  run(record: unknown, run: MatchRun): boolean;
  /**
   * A top-level key under which every branch needs a value: a record without it cannot match (unless
   * a key of the record has a dot in it). Lets a filter set skip the pattern cheaply.
   */
  readonly requiredTop?: string;
}

export function compilePattern(ast: PatternAst): CompiledPattern {
  if (ast.combinations > OR_COMBINATION_LIMIT) {
    // EventBridge refuses such patterns; match them structurally, array consistency checked per alternative only.
    const walk = buildStructuralWalker(ast.root);
    return withEntry(ast, [], new Map(), (record, run) => walk(asObject(record), run) === YES);
  }
  const branches = expandBranches(ast.root);
  const matchers = branches.map(branchMatcher);
  const formats = formatsOf(branches);
  const required = requiredTop(branches);
  if (matchers.length === 1) return withEntry(ast, branches, formats, matchers[0]!, required);
  return withEntry(
    ast,
    branches,
    formats,
    (record, run) => {
      for (let i = 0; i < matchers.length; i++) if (matchers[i]!(record, run)) return true;
      return false;
    },
    required,
  );
}

function withEntry(
  ast: PatternAst,
  branches: readonly (readonly BranchCondition[])[],
  topFormats: Map<string, 'json' | 'text' | 'mixed'>,
  run: RunTester,
  required?: string,
): CompiledPattern {
  // The run of `test`: one per pattern, reset for each record.
  const own = new MatchRun();
  return {
    ast,
    branches,
    topFormats,
    run,
    test(record) {
      own.reset();
      return run(record, own);
    },
    ...(required !== undefined ? { requiredTop: required } : {}),
  };
}

/** A top-level key with a condition that needs a value in every branch, if there is one. */
function requiredTop(branches: readonly (readonly BranchCondition[])[]): string | undefined {
  const needed = branches.map((b) => new Set(b.filter((c) => c.list.positive && !c.list.absence).map((c) => c.atoms[0]!)));
  const [first, ...rest] = needed;
  return first && [...first].sort().find((key) => rest.every((set) => set.has(key)));
}

function formatsOf(branches: readonly (readonly BranchCondition[])[]): Map<string, 'json' | 'text' | 'mixed'> {
  const formats = new Map<string, 'json' | 'text' | 'mixed'>();
  for (const branch of branches) {
    const own = new Map<string, 'json' | 'text'>();
    for (const c of branch) {
      const top = c.atoms[0]!;
      if (c.atoms.length > 1) own.set(top, 'json');
      else if (!own.has(top)) own.set(top, 'text');
    }
    for (const [top, f] of own) {
      const seen = formats.get(top);
      formats.set(top, seen === undefined || seen === f ? f : 'mixed');
    }
  }
  return formats;
}

/** A matcher for one AND-branch (any list of conditions sorted by name). */
export function branchMatcher(conditions: readonly BranchCondition[]): RunTester {
  if (conditions.length === 0) return () => true;
  const walk = buildWalker(conditions);
  return (record, run) => {
    const o = asObject(record);
    const r = walk(o, run);
    return r === YES || (r === UNSURE && matchExact(conditions, o));
  };
}

const EMPTY: Record<string, unknown> = {};

export function asObject(record: unknown): Record<string, unknown> {
  return record !== null && typeof record === 'object' && !Array.isArray(record) ? (record as Record<string, unknown>) : EMPTY;
}

/** The AND-branches, as EventBridge's compiler builds them: fields in document order, `$or` forks. */
export function expandBranches(root: PatternObject): BranchCondition[][] {
  const branches: Map<string, BranchCondition>[] = [];
  const add = (rules: Map<string, BranchCondition>[], object: PatternObject, prefix: string): void => {
    for (const member of object.members) {
      if (member.kind === 'or') {
        const before = rules.map((r) => new Map(r));
        rules.length = 0;
        for (const branch of member.branches) {
          const forks = before.length > 0 ? before.map((r) => new Map(r)) : [new Map<string, BranchCondition>()];
          add(forks, branch, prefix);
          rules.push(...forks);
        }
        continue;
      }
      const name = prefix === '' ? member.key : `${prefix}.${member.key}`;
      if (member.value.kind === 'object') {
        add(rules, member.value, name);
        continue;
      }
      if (rules.length === 0) rules.push(new Map());
      const condition: BranchCondition = { name, atoms: name.split('.'), list: compileMatchList(member.value), source: member.value, keyRange: member.keyRange };
      for (const rule of rules) rule.set(name, condition);
    }
  };
  add(branches, root, '');
  // A condition's name decides when `exists: false` is checked, so keep EventBridge's (UTF-16) order.
  return branches.map((b) => [...b.values()].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)));
}

