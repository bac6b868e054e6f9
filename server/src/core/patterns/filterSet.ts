// A mapping's filter: several compiled patterns, of which any may match (Lambda ORs them). Matching a
// record against many patterns shares the work: each pattern has a gate, one condition it cannot match
// without, and the set looks up each distinct gate path once per record. A pattern whose gate fails
// costs one test instead of a walk. Through arrays a gate holds when any value below them passes; a key
// with a dot on the way makes the gate unknown, and the pattern is walked as usual.

import type { Leaf, LeafTest } from './compileMatchList';
import type { BranchCondition, CompiledPattern } from './compilePattern';
import { SOURCE_DECODING, type DecodedRecord } from './decodeRecord';
import { matchRecord, payloadFits } from './matchRecord';
import { MatchRun } from './matchRun';

export interface FilterSet {
  readonly patterns: readonly CompiledPattern[];
  /** True when any pattern matches the record. */
  matches(decoded: DecodedRecord): boolean;
  /** Sets `out[i]` to whether pattern i matches; returns how many do. */
  matchEach(decoded: DecodedRecord, out: boolean[]): number;
}

interface Gate {
  /** Index into the set's distinct gate paths. */
  readonly path: number;
  /** The gate's test on a leaf value; undefined when the pattern only needs a value at the path. */
  readonly test?: LeafTest;
}

const hasOwn = Object.prototype.hasOwnProperty;

function isLeaf(v: unknown): v is Leaf {
  return v === null || typeof v !== 'object';
}
/** A gate path the record does not let us look up plainly. */
const UNKNOWN: object = Object.freeze({});

/** Below this many patterns, looking up gates costs more than it saves. */
const GATED_FROM = 4;

export function filterSet(patterns: readonly CompiledPattern[]): FilterSet {
  const paths: Path[] = [];
  const pathIds = new Map<string, number>();
  const gates = patterns.map((p): Gate | undefined => {
    const gate = patterns.length >= GATED_FROM ? gateOf(p) : undefined;
    if (!gate) return undefined;
    const id = gate.atoms.join('\u0000');
    let path = pathIds.get(id);
    if (path === undefined) {
      pathIds.set(id, (path = paths.length));
      paths.push({ atoms: gate.atoms, inherited: gate.atoms.map((a) => a in Object.prototype) });
    }
    return gate.test ? { path, test: gate.test } : { path };
  });
  const values: unknown[] = new Array<unknown>(paths.length).fill(UNKNOWN);
  // Whether each pattern can be run as it is for a payload of the record's format (see matchRecord).
  const fitsCache = new Map<string, Uint8Array>();
  let fits: Uint8Array = new Uint8Array(patterns.length);
  // What is learned about the record being matched, shared by its gates and patterns.
  const run = new MatchRun();

  /** Looks up every gate path in the record. */
  const prepare = (decoded: DecodedRecord): void => {
    run.reset();
    const id = `${decoded.payloadKey ?? ''}\u0000${decoded.payload}`;
    let f = fitsCache.get(id);
    if (!f) fitsCache.set(id, (f = Uint8Array.from(patterns, (p) => (payloadFits(p, decoded) ? 1 : 0))));
    fits = f;
    // With Amazon MQ and Kafka, Lambda may leave the payload out of the pattern: no gate below it.
    const ignorable = SOURCE_DECODING[decoded.source]?.onMismatch === 'ignore' ? decoded.payloadKey : undefined;
    for (let i = 0; i < paths.length; i++) values[i] = lookup(decoded.view, paths[i]!, ignorable, run);
  };
  /** False when the pattern's gate shows that it cannot match. */
  const open = (i: number): boolean => {
    const gate = gates[i];
    if (gate === undefined) return true;
    const v = values[gate.path];
    if (v === undefined) return false;
    const test = gate.test;
    if (v === null || typeof v !== 'object') return test === undefined || test(v as Leaf);
    if (v === UNKNOWN) return true;
    if (v instanceof Values) return test ? v.list.some((x) => isLeaf(x) && test(x)) : v.list.length > 0;
    return test === undefined;
  };

  const match = (i: number, decoded: DecodedRecord): boolean => (fits[i] === 1 ? patterns[i]!.run(decoded.view, run) : matchRecord(patterns[i]!, decoded, run));

  return {
    patterns,
    matches(decoded) {
      prepare(decoded);
      for (let i = 0; i < patterns.length; i++) if (open(i) && match(i, decoded)) return true;
      return false;
    },
    matchEach(decoded, out) {
      prepare(decoded);
      let count = 0;
      for (let i = 0; i < patterns.length; i++) {
        const m = open(i) && match(i, decoded);
        out[i] = m;
        if (m) count++;
      }
      return count;
    },
  };
}

/** The values at a path that goes through arrays: the gate holds if one of them passes. */
class Values {
  constructor(readonly list: unknown[]) {}
}

interface Path {
  readonly atoms: readonly string[];
  /** Per atom: a name Object.prototype has (`constructor`), which must not be read as a field. */
  readonly inherited: readonly boolean[];
}

/** The value at the path (undefined when absent), Values when arrays are in the way, UNKNOWN when a key has a dot. */
function lookup(view: Record<string, unknown>, path: Path, ignorable: string | undefined, run: MatchRun): unknown {
  const atoms = path.atoms;
  if (atoms[0] === ignorable) return UNKNOWN;
  let at: unknown = view;
  for (let k = 0; k < atoms.length; k++) {
    if (at === null || typeof at !== 'object') return undefined;
    if (Array.isArray(at)) return collect(at, atoms, k, run);
    const o = at as Record<string, unknown>;
    if (run.hasDottedKey(o)) return UNKNOWN;
    const atom = atoms[k]!;
    at = path.inherited[k] && !hasOwn.call(o, atom) ? undefined : o[atom];
  }
  return Array.isArray(at) ? collect(at, atoms, atoms.length, run) : at;
}

/** Every value at `atoms[k..]` below the elements of `array` (nested arrays flattened). */
function collect(array: readonly unknown[], atoms: readonly string[], k: number, run: MatchRun): unknown {
  const out: unknown[] = [];
  const visit = (at: unknown, i: number): boolean => {
    if (Array.isArray(at)) return at.every((e) => visit(e, i));
    if (i === atoms.length) {
      out.push(at);
      return true;
    }
    if (at === null || typeof at !== 'object') return true;
    const o = at as Record<string, unknown>;
    if (run.hasDottedKey(o)) return false;
    const atom = atoms[i]!;
    return !hasOwn.call(o, atom) || visit(o[atom], i + 1);
  };
  return visit(array, k) ? new Values(out) : UNKNOWN;
}

/**
 * One condition the pattern needs in every branch: a positive one (no `exists: false` in its list),
 * preferably of exact values, on the shortest path. Multi-branch patterns gate on a shared top-level
 * key only.
 */
function gateOf(pattern: CompiledPattern): { atoms: readonly string[]; test?: LeafTest } | undefined {
  if (pattern.branches.length === 1) {
    const needed = pattern.branches[0]!.filter((c) => c.list.positive && !c.list.absence);
    const best = needed.sort((a, b) => rank(a) - rank(b))[0];
    if (best) return { atoms: best.atoms, test: best.list.test };
  }
  return pattern.requiredTop === undefined ? undefined : { atoms: [pattern.requiredTop] };
}

function rank(c: BranchCondition): number {
  const exact = c.source.matchers.every((m) => m.kind === 'exact') ? 0 : 10;
  return exact + c.atoms.length;
}
