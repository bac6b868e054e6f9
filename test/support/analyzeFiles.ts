// Test support: analyse files from disk the way the CLI does, with problems in lines and columns.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTestParser } from './wasm';
import type { Problem } from '../../server/src/core/model/problem';
import { isFolderModuleFile, isTfvarsPath } from '../../server/src/frontEnds';
import { parseTfvars } from '../../server/src/workspace/parsers/tfvarsParser';
import { TerraformDocument } from '../../server/src/workspace/terraformDocument';
import { TerraformModule } from '../../server/src/workspace/terraformModule';
import { childResolver, diskChildFiles, listModuleFolder, readLocation } from '../../server/src/workspace/childModules';
import { lineColumn } from './lineColumn';

export interface LocatedProblem extends Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A fixed clock, so "in the future" in fixtures means after this date. */
export const FIXTURE_NOW = new Date('2026-01-01T00:00:00Z');

/** Analyses one file, or every Terraform file of a folder as one module (with the folder's tfvars files). */
export async function analyzeFiles(target: string): Promise<LocatedProblem[]> {
  const parser = await createTestParser();
  const files = fs.statSync(target).isDirectory()
    ? fs.readdirSync(target).filter(isFolderModuleFile).sort().map((f) => path.join(target, f))
    : [target];
  const folder = path.dirname(files[0] ?? target);
  const module = new TerraformModule(folder);
  module.children = childResolver(folder, diskChildFiles(parser, readLocation, listModuleFolder));
  for (const file of files) module.documents.set(file, new TerraformDocument(file, fs.readFileSync(file, 'utf8'), parser));
  if (fs.statSync(target).isDirectory()) {
    for (const file of fs.readdirSync(target).filter(isTfvarsPath)) module.tfvars.set(file, { file: parseTfvars(file, fs.readFileSync(path.join(target, file), 'utf8'), parser) });
  }
  const out: LocatedProblem[] = [];
  for (const file of files) {
    const text = module.documents.get(file)!.text;
    for (const problem of module.analyze(file, FIXTURE_NOW)) {
      const start = lineColumn(text, problem.range.start);
      const end = lineColumn(text, problem.range.end);
      out.push({ ...problem, file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
    }
  }
  for (const doc of module.documents.values()) doc.dispose();
  parser.delete();
  return out;
}
