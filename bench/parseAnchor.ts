// The floor every Terraform language server on tree-sitter pays: web-tree-sitter with the Terraform
// grammar parsing the same file, measured in a fresh process (import → first tree) and warm. The
// latency targets are ratios to these numbers, so they are measured in the same run as the server.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface ParseAnchor {
  /** Fresh process: `require('web-tree-sitter')`, init, grammar load and the first full parse. */
  readonly coldMs: number;
  /** Median of full parses after the first, in the same process. */
  readonly warmMs: number;
}

const PROBE = `
const t0 = process.hrtime.bigint();
const { Parser, Language } = require('web-tree-sitter');
const fs = require('fs');
(async () => {
  await Parser.init();
  const language = await Language.load(process.env.GRAMMAR);
  const parser = new Parser();
  parser.setLanguage(language);
  const text = fs.readFileSync(process.env.FILE, 'utf8');
  parser.parse(text).delete();
  const cold = Number(process.hrtime.bigint() - t0) / 1e6;
  const warm = [];
  for (let i = 0; i < 5; i++) {
    const s = process.hrtime.bigint();
    parser.parse(text).delete();
    warm.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  warm.sort((a, b) => a - b);
  console.log(JSON.stringify({ coldMs: cold, warmMs: warm[2] }));
})();
`;

/** Median over `runs` fresh processes of the cold figure, and the median warm parse. */
export function measureParseAnchor(root: string, text: string, runs: number): ParseAnchor {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-anchor-')), 'anchor.tf');
  fs.writeFileSync(file, text);
  const grammar = path.join(path.dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json', { paths: [root] })), 'tree-sitter-terraform.wasm');
  const results: ParseAnchor[] = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(process.execPath, ['-e', PROBE], { cwd: root, env: { ...process.env, FILE: file, GRAMMAR: grammar }, encoding: 'utf8', timeout: 60_000 });
    if (run.status !== 0) throw new Error(`parse anchor failed: ${run.stderr || run.error?.message}`);
    results.push(JSON.parse(run.stdout) as ParseAnchor);
  }
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
  return { coldMs: median(results.map((r) => r.coldMs)), warmMs: median(results.map((r) => r.warmMs)) };
}
