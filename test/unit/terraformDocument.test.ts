// Incremental updates of a document must give exactly what a fresh parse of the same text gives: the
// block-only re-parse, the offset-mapped cache and the line starts are all shortcuts of a full parse.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TerraformDocument, differingSpan, editLineStarts } from '../../server/src/workspace/terraformDocument';
import { TerraformModule } from '../../server/src/workspace/terraformModule';
import { FIXTURES, REPO } from '../support/paths';
import { createTestParser } from '../support/wasm';

// Two starting texts: a clean stack, and a file full of findings (so patched results have much to move).
const SEEDS = [
  fs.readFileSync(path.join(FIXTURES, 'extract', 'sqs-orders-stack.tf'), 'utf8'),
  fs.readFileSync(path.join(REPO, 'examples', 'terraform', 'main.tf'), 'utf8'),
];
const NOW = new Date('2026-01-01T00:00:00Z');

/** The findings of a fresh parse of the text. */
function problemsOf(text: string, parser: Awaited<ReturnType<typeof createTestParser>>): unknown {
  const module = new TerraformModule('file:///m');
  const doc = new TerraformDocument('file:///m/main.tf', text, parser);
  module.documents.set(doc.uri, doc);
  const out = shapeOf(module.analyze(doc.uri, NOW));
  doc.dispose();
  return out;
}

function shapeOf(problems: readonly { code: string; range: { start: number; end: number }; message: string }[]): unknown {
  return problems.map((p) => ({ code: p.code, start: p.range.start, end: p.range.end, message: p.message }));
}

function scanLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

const edit = (length: number) =>
  fc.record({
    at: fc.nat({ max: length }),
    remove: fc.nat({ max: 12 }),
    insert: fc.oneof(fc.constantFrom('', '1', '"', '{', '}', '\n', ' = ', 'ü🚀', 'batch_size = 20\n', '<<EOF\n', '#'), fc.string({ maxLength: 6 })),
  });

describe('TerraformDocument', () => {
  it('editLineStarts agrees with a fresh scan', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }).map((s) => s.replace(/x/g, '\n')), fc.nat(), fc.nat(), fc.string({ maxLength: 8 }).map((s) => s.replace(/y/g, '\n')), (text, a, b, inserted) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.min(text.length, start + (Math.max(a, b) % 5));
        const after = text.slice(0, start) + inserted + text.slice(end);
        assert.deepEqual(editLineStarts(scanLineStarts(text), start, end, inserted), scanLineStarts(after));
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('differingSpan rebuilds the new text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const { start, end, inserted } = differingSpan(before, after);
        assert.equal(before.slice(0, start) + inserted + before.slice(end), after);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('incremental edits give the same findings as a fresh parse', async () => {
    const parser = await createTestParser();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SEEDS), fc.array(edit(2000), { minLength: 1, maxLength: 8 }), fc.boolean(), async (seed, edits, fullSync) => {
        const document = new TerraformDocument('file:///m/main.tf', seed, parser);
        // One module across the edits, so its per-file results are patched keystroke by keystroke.
        const module = new TerraformModule('file:///m');
        module.documents.set(document.uri, document);
        module.analyze(document.uri, NOW);
        let text = seed;
        for (const e of edits) {
          const at = Math.min(e.at, text.length);
          const end = Math.min(text.length, at + e.remove);
          const next = text.slice(0, at) + e.insert + text.slice(end);
          if (fullSync) {
            document.update([{ text: next }]);
          } else {
            const position = (offset: number) => {
              const before = text.slice(0, offset);
              return { line: before.split('\n').length - 1, character: offset - before.lastIndexOf('\n') - 1 };
            };
            document.update([{ range: { start: position(at), end: position(end) }, text: e.insert }]);
          }
          text = next;
          assert.equal(document.text, text);
          assert.deepEqual(document.getLineStarts(), scanLineStarts(text));
          assert.deepEqual(shapeOf(module.analyze(document.uri, NOW)), problemsOf(text, parser));
        }
        document.dispose();
      }),
      { seed: 11, numRuns: 150 },
    );
    parser.delete();
  });
});
