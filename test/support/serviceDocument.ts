// Test support: a document of a module as the core's language service takes it, from files on disk or
// texts, parsed by the real front ends (the same path the server takes).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SampleRecord } from '../../server/src/core/patterns/samples/sampleRecords';
import type { ServiceDocument } from '../../server/src/core/service/languageService';
import { isFolderModuleFile, isOwnModule, isTfvarsPath } from '../../server/src/frontEnds';
import { parseTfvars } from '../../server/src/workspace/parsers/tfvarsParser';
import { TerraformDocument } from '../../server/src/workspace/terraformDocument';
import { TerraformModule } from '../../server/src/workspace/terraformModule';
import { createTestParser } from './wasm';

/** The cursor marker of completion and hover fixtures; it is removed from the text before parsing. */
export const CURSOR = '¦';

export interface OpenedDocument {
  readonly document: ServiceDocument;
  /** Where the marker was (a file offset), or -1. */
  readonly offset: number;
  /** The text without the marker. */
  readonly text: string;
  dispose(): void;
}

/**
 * Opens `file` (its marker removed) in a module with the other Terraform files of `neighbours` (texts by
 * file name), or of its folder when `neighbours` is not given and the file is a `.tf`/`.tf.json` file.
 */
export async function openDocument(file: string, options: { text?: string; neighbours?: Record<string, string>; samples?: readonly SampleRecord[] } = {}): Promise<OpenedDocument> {
  const parser = await createTestParser();
  const raw = options.text ?? fs.readFileSync(file, 'utf8');
  const offset = raw.indexOf(CURSOR);
  const text = offset >= 0 ? raw.slice(0, offset) + raw.slice(offset + CURSOR.length) : raw;
  const module = new TerraformModule(path.dirname(file));
  module.documents.set(file, new TerraformDocument(file, text, parser));
  const neighbours = options.neighbours ?? folderNeighbours(file);
  for (const [name, neighbour] of Object.entries(neighbours)) {
    const other = path.join(path.dirname(file), name);
    if (other !== file) module.documents.set(other, new TerraformDocument(other, neighbour, parser));
  }
  // The folder's tfvars files give its variables their values (a folder case, as the server reads it).
  if (!isOwnModule(file)) {
    const dir = path.dirname(file);
    for (const name of fs.readdirSync(dir).filter(isTfvarsPath)) module.tfvars.set(name, { file: parseTfvars(name, fs.readFileSync(path.join(dir, name), 'utf8'), parser) });
  }
  const document = module.serviceDocument(file, options.samples ?? [])!;
  return {
    document,
    offset,
    text,
    dispose: () => {
      for (const d of module.documents.values()) d.dispose();
      parser.delete();
    },
  };
}

/** The other Terraform files of a `.tf` or `.tf.json` file's folder; a stack is its own module. */
function folderNeighbours(file: string): Record<string, string> {
  if (isOwnModule(file)) return {};
  const dir = path.dirname(file);
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir)) {
    if (isFolderModuleFile(name) && path.join(dir, name) !== file) out[name] = fs.readFileSync(path.join(dir, name), 'utf8');
  }
  return out;
}
