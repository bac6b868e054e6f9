// The façade of the core: one file's model + the module it belongs to → problems in file offsets.
// Each mapping's findings are cached on its block, in the block's own coordinates, so an edit re-checks
// only the mapping it touched and shifts the others.

import { layoutOf, type Layout } from './fixes/layout';
import { descriptorOf } from './language/languageDescriptor';
import type { FileModel, TopLevelBlock } from './model/fileModel';
import { isOpen, type EventSourceMapping } from './model/mapping';
import type { Problem } from './model/problem';
import type { TextSource } from './model/textSource';
import { tooDeepMessage } from './model/nesting';
import { shiftRange } from './model/sourceRange';
import { MAPPING_TYPE, type ModuleIndex } from './module/moduleIndex';
import { resolveBlock } from './module/resolveReferences';
import { newReads, readsUnchanged, recordingIndex, type ModuleReads } from './module/moduleReads';
import { mappingInstances, mergeInstanceProblems } from './module/mappingInstances';
import { tracedOrigin } from './module/tracedOrigin';
import { moduleScope } from './module/moduleScope';
import type { Block } from './model/mapping';
import { duplicateMapping, MAPPING_RULES, NESTING_RULE, SYNTAX_RULE } from './rules';
import type { DuplicateKey } from './rules/duplicateMapping';
import { renderMessage } from './rules/message';
import type { Finding } from './rules/rule';
import { detectSource, type SourceInfo } from './sources/detectSource';

export interface MappingAnalysis {
  readonly mapping: EventSourceMapping;
  readonly source: SourceInfo;
  /** Relative to the mapping's block. */
  readonly problems: readonly Problem[];
  readonly duplicateKey: DuplicateKey | undefined;
  /** For a mapping checked per instance (`for_each`, `count`): each instance's own mapping and problems. */
  readonly instances?: readonly { readonly label: string; readonly mapping: EventSourceMapping; readonly problems: readonly Problem[] }[];
}

/** A mapping's analysis, the index it was made with, and what it read from that index. */
export interface CachedAnalysis {
  readonly module: ModuleIndex;
  readonly analysis: MappingAnalysis;
  readonly reads: ModuleReads;
}

export interface AnalyzeOptions {
  readonly now?: Date;
  /** Cache from one run to the next, keyed by block body (unchanged blocks keep their body object). */
  readonly cache?: WeakMap<object, CachedAnalysis>;
  /** Text of the file; needed to build fixes. */
  readonly text: TextSource;
}

export interface FileAnalysis {
  readonly problems: Problem[];
}

/**
 * `earlier` maps the duplicate keys of mappings in files that come before this one in the module (see
 * `collectDuplicateKeys`) to their names, so a duplicate across files is reported once, in the later file.
 * Problems come out in document order: blocks are in order and each mapping's problems are sorted once,
 * when they are computed, so a keystroke does not sort the whole file's problems again.
 */
export function analyzeFile(file: FileModel, module: ModuleIndex, options: AnalyzeOptions, earlier?: ReadonlyMap<string, string>): FileAnalysis {
  const problems: Problem[] = [];
  const seen = new Map(earlier);
  for (let i = 0; i < file.blocks.length; i++) {
    const block = file.blocks[i]!;
    const offset = file.offsets[i]!;
    const before = problems.length;
    if (block.syntaxError) problems.push(syntaxProblem(shiftRange(block.syntaxError.range, offset), block.syntaxError.message));
    const analysis = analysisOf(file, i, module, options);
    if (block.tooDeep) problems.push(nestingProblem(shiftRange(block.tooDeep, offset)));
    if (!analysis) continue;
    for (const p of analysis.problems) problems.push(shiftProblem(p, offset));
    if (block.tooDeep || block.syntaxError) sortFrom(problems, before);
    const dup = analysis.duplicateKey;
    if (!dup) continue;
    const first = seen.get(dup.key);
    if (first === undefined) {
      seen.set(dup.key, analysis.mapping.name);
      continue;
    }
    problems.push({ code: duplicateMapping.id, severity: duplicateMapping.defaultSeverity, message: duplicateMapping.message(first), range: shiftRange(dup.range, offset) });
    sortFrom(problems, before);
  }
  if (file.syntaxErrors.length > 0) {
    for (const e of file.syntaxErrors) problems.push(syntaxProblem(e.range, e.message));
    sortFrom(problems, 0);
  }
  return { problems };
}

/** One block of `before` replaced by the same-index block of `after`, and the blocks after it moved. */
export interface BlockReplacement {
  readonly before: FileModel;
  readonly after: FileModel;
  readonly index: number;
}

/**
 * The problems of `change.after`, from those of `change.before` (`previous`, computed against the same
 * module and earlier files): the replaced block's own problems are recomputed, the others kept or moved.
 * Undefined when the shortcut does not hold (the block's duplicate key changed, or it was a duplicate),
 * and the whole file must be analysed. This keeps a keystroke's cost independent of the file's size.
 */
export function patchFileAnalysis(previous: readonly Problem[], change: BlockReplacement, module: ModuleIndex, options: AnalyzeOptions): Problem[] | undefined {
  const { before, after, index } = change;
  const oldStart = before.offsets[index]!;
  const oldEnd = oldStart + before.blocks[index]!.body.range.end;
  const newStart = after.offsets[index]!;
  const delta = after.offsets.length > index + 1 ? after.offsets[index + 1]! - before.offsets[index + 1]! : 0;
  const oldAnalysis = analysisOf(before, index, module, options);
  const newAnalysis = analysisOf(after, index, module, options);
  if (oldAnalysis?.duplicateKey?.key !== newAnalysis?.duplicateKey?.key) return undefined;
  const out: Problem[] = [];
  let i = 0;
  for (; i < previous.length && previous[i]!.range.start < oldStart; i++) out.push(previous[i]!);
  for (; i < previous.length && previous[i]!.range.start < oldEnd; i++) if (previous[i]!.code === duplicateMapping.id) return undefined;
  const from = out.length;
  const tooDeep = after.blocks[index]!.tooDeep;
  if (tooDeep) out.push(nestingProblem(shiftRange(tooDeep, newStart)));
  if (newAnalysis) for (const p of newAnalysis.problems) out.push(shiftProblem(p, newStart));
  if (tooDeep) sortFrom(out, from);
  for (; i < previous.length; i++) out.push(shiftProblem(previous[i]!, delta));
  return out;
}

/** Adds the duplicate keys of a file's mappings to `into` (first one wins), for the files after it. */
export function collectDuplicateKeys(file: FileModel, module: ModuleIndex, options: AnalyzeOptions, into: Map<string, string>): void {
  for (let i = 0; i < file.blocks.length; i++) {
    const analysis = analysisOf(file, i, module, options);
    const key = analysis?.duplicateKey?.key;
    if (key !== undefined && !into.has(key)) into.set(key, analysis!.mapping.name);
  }
}

/**
 * Each mapping of a file that parses, with where it starts and its analysis (from the cache where valid).
 * A mapping being typed is left out: its filters may be read wrongly after the error, and a sample count
 * on them would mislead.
 */
export function mappingsOf(file: FileModel, module: ModuleIndex, options: AnalyzeOptions): { offset: number; analysis: MappingAnalysis }[] {
  const out: { offset: number; analysis: MappingAnalysis }[] = [];
  for (let i = 0; i < file.blocks.length; i++) {
    if (file.blocks[i]!.syntaxError) continue;
    const analysis = analysisOf(file, i, module, options);
    if (analysis) out.push({ offset: file.offsets[i]!, analysis });
  }
  return out;
}

/** The analysis of block `i` when it is a mapping without syntax errors, from the cache where valid. */
function analysisOf(file: FileModel, i: number, module: ModuleIndex, options: AnalyzeOptions): MappingAnalysis | undefined {
  const block = file.blocks[i]!;
  if (block.keyword !== 'resource' || block.labels[0] !== MAPPING_TYPE) return undefined;
  const cached = options.cache?.get(block.body);
  if (cached && cached.module === module) return cached.analysis;
  // A rebuilt index (a declaration changed) keeps the analysis when nothing it read changed.
  if (cached && readsUnchanged(cached.reads, cached.module, module)) {
    options.cache!.set(block.body, { ...cached, module });
    return cached.analysis;
  }
  const offset = file.offsets[i]!;
  const end = offset + block.body.range.end;
  const reads = newReads();
  const analysis = analyzeMapping(block, recordingIndex(module, reads), options.text.slice(offset, end), options.now ?? new Date(), file.language, layoutOf(options.text, offset, end));
  options.cache?.set(block.body, { module, analysis, reads });
  return analysis;
}

function sortFrom(problems: Problem[], from: number): void {
  const tail = problems.splice(from).sort(byPosition);
  for (const p of tail) problems.push(p);
}

function byPosition(a: Problem, b: Problem): number {
  return a.range.start - b.range.start || a.range.end - b.range.end;
}

/**
 * Runs every rule on one mapping, in its block's coordinates. A mapping being typed (a syntax error in its
 * block) keeps the findings on the text before the error, where the parse is sound; what follows the error
 * may be read wrongly, and what is missing may be there, so rules about absent things do not run on it.
 */
export function analyzeMapping(block: TopLevelBlock, module: ModuleIndex, text: string, now: Date, language: EventSourceMapping['language'], layout: Layout = { lineEnding: '\n', indentation: '' }): MappingAnalysis {
  const instances = mappingInstances(block.body, module);
  if (!instances) return analyzeBody(block, resolveBlock(block.body, module), module, text, now, language, layout);
  // Each instance with its own `each`/`count`; a finding of only some instances names them.
  const analyses = instances.map((instance) => analyzeBody(block, resolveBlock(block.body, module, moduleScope(module, instance.roots)), module, text, now, language, layout));
  return {
    ...analyses[0]!,
    problems: mergeInstanceProblems(analyses.map((a) => a.problems), instances.map((i) => i.label)),
    duplicateKey: undefined,
    instances: analyses.map((a, i) => ({ label: instances[i]!.label, mapping: a.mapping, problems: a.problems })),
  };
}

function analyzeBody(block: TopLevelBlock, body: Block, module: ModuleIndex, text: string, now: Date, language: EventSourceMapping['language'], layout: Layout): MappingAnalysis {
  const mapping: EventSourceMapping = {
    name: block.labels[1] ?? '',
    nameRange: block.labelRanges[1] ?? block.body.typeRange,
    body,
    language,
    repeated: body.attributes.has('count') || body.attributes.has('for_each'),
  };
  const source = detectSource(body, module);
  const problems: Problem[] = [];
  let taken: Set<string> | undefined;
  const descriptor = descriptorOf(language);
  let rule = MAPPING_RULES[0]!;
  const report = (finding: Finding): void => {
    // One finding per token: the first (most specific) rule to underline a range keeps it.
    const key = `${finding.range.start}:${finding.range.end}`;
    // Made on the first finding: most mappings have none.
    taken ??= new Set();
    if (taken.has(key)) return;
    taken.add(key);
    problems.push({
      code: rule.id,
      severity: finding.severity ?? rule.defaultSeverity,
      message: renderMessage(finding.message, descriptor),
      range: finding.range,
      ...(finding.fixes ? { fixes: finding.fixes } : {}),
      ...(finding.unnecessary ? { unnecessary: true } : {}),
    });
  };
  const context = { mapping, source, module, text, layout, now, report };
  // Text after a syntax error may be read wrongly: findings that reach it are dropped.
  const errorAt = block.syntaxError?.range.start ?? Infinity;
  const open = errorAt !== Infinity || isOpen(body);
  for (rule of MAPPING_RULES) {
    if (open && rule.readsAbsence) continue;
    try {
      rule.check(context);
    } catch (error) {
      // A rule bug must not take the other rules (or the server) down with it.
      problems.push({ code: rule.id, severity: 'information', message: `Internal error in rule ${rule.id}: ${(error as Error).message}`, range: mapping.nameRange });
    }
  }
  const kept = (errorAt === Infinity ? problems : problems.filter((p) => p.range.end <= errorAt)).map((p) => withDeclaredPlace(p, body));
  kept.sort(byPosition);
  return { mapping, source, problems: kept, duplicateKey: errorAt === Infinity ? duplicateMapping.keyOf(mapping, module) : undefined };
}

/** A finding on a value that is written in a `locals` entry or a variable's default also points there. */
function withDeclaredPlace(problem: Problem, body: Block): Problem {
  const traced = tracedOrigin(body, problem.range, (origin) => 'declaration' in origin);
  if (!traced || !('declaration' in traced.origin)) return problem;
  return { ...problem, related: [{ declaration: traced.origin.declaration, range: traced.value.range, message: 'The value is written here.' }] };
}

function nestingProblem(range: Problem['range']): Problem {
  return { code: NESTING_RULE.id, severity: NESTING_RULE.defaultSeverity, message: tooDeepMessage(), range };
}

function syntaxProblem(range: Problem['range'], message: string): Problem {
  return { code: SYNTAX_RULE.id, severity: SYNTAX_RULE.defaultSeverity, message, range };
}

function shiftProblem(problem: Problem, delta: number): Problem {
  if (delta === 0) return problem;
  return {
    ...problem,
    range: shiftRange(problem.range, delta),
    ...(problem.fixes
      ? { fixes: problem.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, range: shiftRange(e.range, delta) })) })) }
      : {}),
  };
}
