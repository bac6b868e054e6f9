// Summarises a V8 `.cpuprofile` (written by `node --cpu-prof`) as the functions that take the most
// time, self and inclusive, optionally within a time window. Positions in the bundle are mapped back
// to the TypeScript sources through dist/server.js.map when it exists.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { SourceMap } from 'node:module';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  /** Microseconds, on the same monotonic clock as `process.hrtime` on Linux. */
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface FunctionTime {
  readonly name: string;
  readonly selfMs: number;
  readonly totalMs: number;
}

export interface ProfileSummary {
  /** Sampled milliseconds inside the window. */
  readonly sampledMs: number;
  readonly functions: readonly FunctionTime[];
}

/** Window bounds in nanoseconds of `process.hrtime.bigint()`; undefined for the whole profile. */
export interface Window {
  readonly startNs: bigint;
  readonly endNs: bigint;
}

export function readProfile(file: string): Profile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
}

/** The profile of process `pid` in `dir` (node names them CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile). */
export function findProfile(dir: string, pid: number): string | undefined {
  const name = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile') && f.split('.')[3] === String(pid));
  return name === undefined ? undefined : path.join(dir, name);
}

export function summarize(profile: Profile, window: Window | undefined, sourceMapFile: string | undefined): ProfileSummary {
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const names = new Map<number, string>();
  const map = sourceMapFile && fs.existsSync(sourceMapFile) ? new SourceMap(JSON.parse(fs.readFileSync(sourceMapFile, 'utf8'))) : undefined;
  const nameOf = (id: number): string => {
    let name = names.get(id);
    if (name === undefined) {
      name = describe(byId.get(id)!, map);
      names.set(id, name);
    }
    return name;
  };

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let sampled = 0;
  const startUs = window ? Number(window.startNs / 1000n) : -Infinity;
  const endUs = window ? Number(window.endNs / 1000n) : Infinity;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const duration = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (t < startUs || t > endUs) continue;
    const leaf = profile.samples[i]!;
    const leafName = nameOf(leaf);
    if (leafName === '(idle)') continue;
    sampled += duration;
    self.set(leafName, (self.get(leafName) ?? 0) + duration);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const name = nameOf(id);
      if (name === '(root)' || seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + duration);
    }
  }
  const functions = [...total.entries()].map(([name, totalMs]) => ({ name, selfMs: self.get(name) ?? 0, totalMs }));
  return { sampledMs: sampled, functions };
}

function describe(node: ProfileNode, map: SourceMap | undefined): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const fn = functionName || (url ? '(anonymous)' : '');
  if (!url) return fn || '(unknown)';
  if (url.startsWith('wasm://')) return `${fn} [wasm]`;
  if (map && url.endsWith('/dist/server.js') && lineNumber >= 0) {
    const entry = map.findEntry(lineNumber, columnNumber) as { originalSource?: string; originalLine?: number };
    if (entry.originalSource) return `${fn} ${shortPath(entry.originalSource)}:${(entry.originalLine ?? 0) + 1}`;
  }
  return `${fn} ${shortPath(url)}:${lineNumber + 1}`;
}

function shortPath(file: string): string {
  const cleaned = file.replace(/^file:\/\//, '').replace(/^(\.\.\/)+/, '');
  const i = cleaned.search(/(server|protocol|node_modules)\//);
  if (i >= 0) return cleaned.slice(i).replace(/^node_modules\//, '');
  return cleaned.startsWith('node:') ? cleaned : path.basename(cleaned);
}

/** The top `count` functions by self time and by inclusive time, as printable lines. */
export function formatSummary(title: string, summary: ProfileSummary, count = 15): string[] {
  const lines = [`${title}: ${summary.sampledMs.toFixed(0)} ms sampled (idle excluded)`];
  const pct = (ms: number): string => `${((100 * ms) / Math.max(summary.sampledMs, 1e-9)).toFixed(1).padStart(5)}%`;
  lines.push('  by self time:');
  for (const f of [...summary.functions].sort((a, b) => b.selfMs - a.selfMs).slice(0, count)) {
    lines.push(`    ${f.selfMs.toFixed(1).padStart(9)} ms ${pct(f.selfMs)}  ${f.name}`);
  }
  lines.push('  by inclusive time:');
  for (const f of [...summary.functions].sort((a, b) => b.totalMs - a.totalMs).slice(0, count)) {
    lines.push(`    ${f.totalMs.toFixed(1).padStart(9)} ms ${pct(f.totalMs)}  ${f.name}`);
  }
  return lines;
}
