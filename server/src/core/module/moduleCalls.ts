// A `module "x" { source = … }` call runs the child module's mappings with the values the call passes.
// Each call's child is checked with those inputs; a finding the inputs cause (one the child does not
// have with its own defaults) is reported in the caller's file: on the value the call passes when it can
// be traced there (for a map of mappings, on the entry's attribute), else on the call's name. A child
// called twice is checked once per call. The child's own findings stay the child's, and the child's own
// module calls are not followed (so a module that calls itself cannot loop).

import { analyzeMapping } from '../analyze';
import { layoutOf } from '../fixes/layout';
import type { FileModel, TopLevelBlock } from '../model/fileModel';
import { MAPPING_TYPE, type Block } from '../model/mapping';
import type { Problem } from '../model/problem';
import { shiftRange, type SourceRange } from '../model/sourceRange';
import type { TextSource } from '../model/textSource';
import { settle, type Value, type ValueOrigin } from '../model/value';
import { buildModuleIndex, type ModuleIndex } from './moduleIndex';
import { resolveValue } from './resolveReferences';
import { tracedOrigin } from './tracedOrigin';

export interface ChildFile {
  /** The file's path relative to the caller's folder, for messages: `modules/consumer/main.tf`. */
  readonly name: string;
  readonly model: FileModel;
  readonly text: TextSource;
}

export interface ChildModule {
  readonly files: readonly ChildFile[];
}

/** Finds the child module a call's `source` names, if its files can be read. */
export type ChildResolver = (call: TopLevelBlock) => ChildModule | undefined;

/** Arguments of a `module` block that are Terraform's, not the child's variables. */
const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/**
 * A call's findings relative to its block, with what they were computed from: while the call, the
 * caller's index and the child's files are the same objects, an edit elsewhere in the caller's file (a
 * keystroke in a mapping) reuses them instead of checking the child again.
 */
export interface CallFindings {
  readonly caller: ModuleIndex;
  readonly models: readonly FileModel[];
  readonly problems: readonly Problem[];
}

/** The findings the file's module calls cause in their children, in the file's offsets. */
export function moduleCallProblems(file: FileModel, caller: ModuleIndex, childOf: ChildResolver, now: Date, cache?: WeakMap<object, CallFindings>): Problem[] {
  const problems: Problem[] = [];
  file.blocks.forEach((block, i) => {
    if (block.keyword !== 'module' || block.syntaxError || !block.labels[0]) return;
    // A call repeated with `count`/`for_each` passes values per instance that are not followed yet.
    if (block.body.attributes.has('count') || block.body.attributes.has('for_each')) return;
    const child = childOf(block);
    if (!child) return;
    const models = child.files.map((f) => f.model);
    let found = cache?.get(block.body);
    if (!found || found.caller !== caller || found.models.length !== models.length || found.models.some((m, k) => m !== models[k])) {
      found = { caller, models, problems: callProblems(block, caller, child, now) };
      cache?.set(block.body, found);
    }
    const offset = file.offsets[i]!;
    for (const p of found.problems) problems.push({ ...p, range: shiftRange(p.range, offset) });
  });
  return dedupe(problems);
}

/** The call's findings, relative to its block. */
function callProblems(call: TopLevelBlock, caller: ModuleIndex, child: ChildModule, now: Date): Problem[] {
  const origin: ValueOrigin = { offset: 0 };
  const inputs = new Map<string, Value>();
  for (const [name, attr] of call.body.attributes) {
    if (META_ARGUMENTS.has(name)) continue;
    inputs.set(name, tagged(resolveValue(attr.value, caller, 0), origin, attr.value.range, 0));
  }
  const own = buildModuleIndex(child.files.map((f) => f.model));
  const withInputs: ModuleIndex = { ...own, variables: new Map([...own.variables, ...inputs]) };
  const name = call.labels[0]!;
  const out: Problem[] = [];
  for (const file of child.files) {
    file.model.blocks.forEach((block, i) => {
      if (block.keyword !== 'resource' || block.labels[0] !== MAPPING_TYPE || block.syntaxError) return;
      const start = file.model.offsets[i]!;
      const end = start + block.body.range.end;
      const text = file.text.slice(start, end);
      const layout = layoutOf(file.text, start, end);
      const before = new Set(analyzeMapping(block, own, text, now, file.model.language, layout).problems.map(keyOf));
      const analysis = analyzeMapping(block, withInputs, text, now, file.model.language, layout);
      const where = `\`${MAPPING_TYPE}.${block.labels[1] ?? ''}\` in ${file.name}`;
      // Per instance when the child makes several (a map of mappings): each traces to its own entry.
      const runs = analysis.instances ?? [{ label: undefined, mapping: analysis.mapping, problems: analysis.problems }];
      for (const run of runs) {
        for (const problem of run.problems) {
          if (before.has(keyOf(problem))) continue;
          const traced = tracedValue(run.mapping.body, problem.range);
          const range = traced ? shiftRange(traced.value.range, traced.offset) : call.labelRanges[0]!;
          // On the call's name, the instance is not told by the place: say it.
          const instance = !traced && run.label !== undefined ? ` instance \`${run.label}\` of` : '';
          out.push({ code: problem.code, severity: problem.severity, message: `${problem.message} (module \`${name}\`:${instance} ${where})`, range });
        }
      }
    });
  }
  return out;
}

function keyOf(problem: Problem): string {
  return `${problem.code}\u0000${problem.range.start}\u0000${problem.range.end}\u0000${problem.message}`;
}

/**
 * The value as the child receives it: the caller's value settled in the caller's module (the child
 * cannot look up the caller's locals), each part marked with where the call writes it. A part that is
 * written elsewhere in the caller (a local) is placed on the call's own expression for it.
 */
function tagged(value: Value, origin: ValueOrigin, written: SourceRange, depth: number): Value {
  const v = settle(value);
  // Written in the call itself when its range lies inside the call's expression for it.
  const inCall = v.range.start >= written.start && v.range.end <= written.end;
  const range = inCall ? v.range : written;
  if (depth > 32) return { ...v, range, origin };
  switch (v.kind) {
    case 'list':
      return { ...v, range, origin, items: v.items.map((item) => tagged(item, origin, inCall ? item.range : written, depth + 1)) };
    case 'object':
      return { ...v, range, origin, entries: v.entries.map((e) => ({ ...e, value: tagged(e.value, origin, inCall ? e.value.range : written, depth + 1) })) };
    case 'jsonencode':
      return { ...v, range, origin, inner: tagged(v.inner, origin, inCall ? v.inner.range : written, depth + 1) };
    case 'unknown':
      // Nothing the child can evaluate: its expression is the caller's.
      return { kind: 'unknown', text: v.text, range, origin, ...(v.error !== undefined ? { error: v.error } : {}) };
    default:
      return { ...v, range, origin };
  }
}

/**
 * The value behind the deepest argument value at `range` in the child's mapping, followed through what
 * it resolves to, as far as a value the call passed (one with an origin).
 */
function tracedValue(body: Block, range: SourceRange): { value: Value; offset: number } | undefined {
  const traced = tracedOrigin(body, range, (origin) => 'offset' in origin);
  return traced && 'offset' in traced.origin ? { value: traced.value, offset: traced.origin.offset } : undefined;
}

/** One finding per place and rule: two mappings of a child can trace to the same value. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}\u0000${p.range.start}\u0000${p.range.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
