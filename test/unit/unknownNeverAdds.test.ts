// A property of the whole checker: a value it cannot know never produces a finding. Every rule fixture
// (`.tf`, single files and folder modules, their module calls followed) is checked as it is, then once per
// literal written in a mapping or passed by a module call
// (up to LITERALS_PER_FILE of them, spread over the file) with that literal replaced by a variable that has
// no value. No place may get more findings in the variant than in the original: unknown is silence. (Which
// rule reports a place may change: with the source unknown, the provider's own limit on `queues` reports
// what the Amazon MQ rule reported; only one finding per place is shown.)

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Parser } from 'web-tree-sitter';
import { isFolderModuleFile } from '../../server/src/frontEnds';
import { MAPPING_TYPE } from '../../server/src/core/module/moduleIndex';
import type { Block } from '../../server/src/core/model/mapping';
import type { Value } from '../../server/src/core/model/value';
import { TerraformDocument } from '../../server/src/workspace/terraformDocument';
import { TerraformModule } from '../../server/src/workspace/terraformModule';
import { childResolver, diskChildFiles, listModuleFolder, readLocation } from '../../server/src/workspace/childModules';
import { FIXTURE_NOW } from '../support/analyzeFiles';
import { FIXTURES } from '../support/paths';
import { createTestParser } from '../support/wasm';

const RULES = path.join(FIXTURES, 'rules');
const LITERALS_PER_FILE = 12;
const UNKNOWN = 'var.lens_unknown_value';
const DECLARATION = '\nvariable "lens_unknown_value" {}\n';

/** Each case: its files (one, or a folder module's), with their texts. */
function cases(): { name: string; files: Map<string, string> }[] {
  const out: { name: string; files: Map<string, string> }[] = [];
  for (const rule of fs.readdirSync(RULES).sort()) {
    const dir = path.join(RULES, rule);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const entry of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (fs.statSync(full).isDirectory()) {
        const files = fs.readdirSync(full).filter((f) => f.endsWith('.tf')).sort();
        if (files.length > 0) out.push({ name: `${rule}/${entry}/`, files: new Map(files.map((f) => [path.join(full, f), fs.readFileSync(path.join(full, f), 'utf8')])) });
      } else if (entry.endsWith('.tf') && isFolderModuleFile(entry) && rule !== 'hcl-syntax') {
        out.push({ name: `${rule}/${entry}`, files: new Map([[full, fs.readFileSync(full, 'utf8')]]) });
      }
    }
  }
  return out;
}

/**
 * How many findings start at each place of the module's files (`file@offset`), with their rule ids. An
 * offset in `shifted` after its `at` moves back by its `delta`, so a variant's places are the original's.
 */
function findings(parser: Parser, files: ReadonlyMap<string, string>, shifted?: { file: string; at: number; delta: number }): Map<string, string[]> {
  const folder = path.dirname([...files.keys()][0]!);
  const module = new TerraformModule(folder);
  // Module calls are followed too (children read from disk): a value a call passes is a literal as well.
  module.children = childResolver(folder, diskChildFiles(parser, readLocation, listModuleFolder));
  for (const [file, text] of files) module.documents.set(file, new TerraformDocument(file, text, parser));
  const places = new Map<string, string[]>();
  for (const file of files.keys()) {
    for (const p of module.analyze(file, FIXTURE_NOW)) {
      const start = shifted && shifted.file === file && p.range.start >= shifted.at ? p.range.start - shifted.delta : p.range.start;
      const key = `${path.basename(file)}@${start}`;
      places.set(key, [...(places.get(key) ?? []), String(p.code)]);
    }
  }
  for (const doc of module.documents.values()) doc.dispose();
  return places;
}

/** The literal values in the mappings of a file, as file ranges. */
function literals(parser: Parser, file: string, text: string): { start: number; end: number }[] {
  const doc = new TerraformDocument(file, text, parser);
  const out: { start: number; end: number }[] = [];
  doc.model.blocks.forEach((block, i) => {
    const isMapping = block.keyword === 'resource' && block.labels[0] === MAPPING_TYPE;
    if (!(isMapping || block.keyword === 'module') || block.syntaxError) return;
    const offset = doc.model.offsets[i]!;
    const visitValue = (v: Value): void => {
      if (v.kind === 'string' || v.kind === 'number' || v.kind === 'bool') out.push({ start: offset + v.range.start, end: offset + v.range.end });
      else if (v.kind === 'list') v.items.forEach(visitValue);
      else if (v.kind === 'object') v.entries.forEach((e) => visitValue(e.value));
      else if (v.kind === 'jsonencode') visitValue(v.inner);
    };
    const visitBlock = (b: Block): void => {
      // A module's `source` names the child: unknown, there is no child to check.
      for (const attr of b.attributes.values()) if (attr.name !== 'source') visitValue(attr.value);
      b.blocks.forEach(visitBlock);
    };
    visitBlock(block.body);
  });
  doc.dispose();
  // Spread over the file, the same ones on every run.
  const step = Math.max(1, Math.ceil(out.length / LITERALS_PER_FILE));
  return out.filter((_, i) => i % step === 0);
}

describe('an unknown value never adds a finding', () => {
  let parser: Parser;
  before(async () => {
    parser = await createTestParser();
  });
  after(() => parser.delete());

  for (const c of cases()) {
    it(c.name, () => {
      const original = findings(parser, c.files);
      let variants = 0;
      for (const [file, text] of c.files) {
        for (const { start, end } of literals(parser, file, text)) {
          const variant = new Map(c.files);
          variant.set(file, text.slice(0, start) + UNKNOWN + text.slice(end) + DECLARATION);
          const places = findings(parser, variant, { file, at: start + UNKNOWN.length, delta: UNKNOWN.length - (end - start) });
          for (const [place, codes] of places) {
            const before = original.get(place) ?? [];
            assert.ok(codes.length <= before.length, `${codes.join(', ')} at ${place} (before: ${before.join(', ') || 'nothing'}) with \`${text.slice(start, end)}\` at ${start} unknown`);
          }
          variants++;
        }
      }
      assert.ok(variants > 0 || c.files.size > 0);
    });
  }
});
