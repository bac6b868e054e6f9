// Editing a stack file: `updateCdktf` (which re-parses one statement, or lets TypeScript's incremental
// parser re-parse what changed) must give the model a full parse of the new text gives, and keep the
// block objects of the constructs an edit did not touch, so their cached analyses stay valid.
// Random edit sequences (fixed seed; CDKTF_FUZZ_SEED and CDKTF_FUZZ_RUNS change it) on the fixture
// stacks, then the cases that matter most by hand.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeFile, patchFileAnalysis } from '../../server/src/core/analyze';
import { parseCdktf, updateCdktf, type CdktfParse } from '../../server/src/core/extract/cdktf/extractCdktf';
import type { OffsetEdit } from '../../server/src/core/extract/hcl/extractHcl';
import { buildModuleIndex } from '../../server/src/core/module/moduleIndex';
import { FIXTURES } from '../support/paths';

const DIR = path.join(FIXTURES, 'cdktf');
const SEED = Number(process.env['CDKTF_FUZZ_SEED'] ?? 20261127);
const RUNS = Number(process.env['CDKTF_FUZZ_RUNS'] ?? 40);
const STACKS = ['orders-stack.ts', 'streaming-stack.ts', 'values.ts', 'import-variants.ts', 'evaluated-values.ts'];

interface Change {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/** Applies changes in order, each in the coordinates of the text before it. */
function apply(text: string, changes: readonly Change[]): { text: string; edits: OffsetEdit[] } {
  const edits: OffsetEdit[] = [];
  for (const c of changes) {
    const start = Math.min(c.at, text.length);
    const oldEnd = Math.min(start + c.remove, text.length);
    text = text.slice(0, start) + c.insert + text.slice(oldEnd);
    edits.push({ start, oldEnd, newEnd: start + c.insert.length });
  }
  return { text, edits };
}

function assertSameAsFullParse(parse: CdktfParse, context: string): void {
  const full = parseCdktf(parse.text, parse.fileName);
  assert.deepStrictEqual({ blocks: parse.model.blocks, offsets: parse.model.offsets }, { blocks: full.model.blocks, offsets: full.model.offsets }, context);
  assert.equal(parse.syntaxErrors.length, full.syntaxErrors.length, `${context}: syntax errors`);
}

/** Snippets that make edits interesting: digits, names, quotes, brackets, statements, comments. */
const SNIPPETS = ['1', '0', 'x', "'", '"', '`', '{', '}', '(', ')', ',', ';', '\n', ' ', 'new ', 'const q = ', 'Fn.', '// ', '/*', '${', 'é🚀'];
const change = (length: number): fc.Arbitrary<Change> =>
  fc.record({
    at: fc.nat({ max: length }),
    remove: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 40 })),
    insert: fc.oneof(fc.constant(''), fc.constantFrom(...SNIPPETS), fc.array(fc.constantFrom(...SNIPPETS), { maxLength: 4 }).map((s) => s.join(''))),
  });

describe('CDKTF incremental extraction', () => {
  for (const stack of STACKS) {
    it(`${stack}: random edits give what a full parse gives`, () => {
      const original = fs.readFileSync(path.join(DIR, stack), 'utf8');
      fc.assert(
        fc.property(fc.array(fc.array(change(original.length), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 8 }), (steps) => {
          let parse = parseCdktf(original, stack);
          for (const [i, step] of steps.entries()) {
            const { text, edits } = apply(parse.text, step);
            parse = updateCdktf(parse, text, edits);
            assertSameAsFullParse(parse, `step ${i + 1} of ${stack}`);
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  }

  for (const stack of STACKS) {
    it(`${stack}: typing inside words and numbers gives what a full parse gives`, () => {
      const original = fs.readFileSync(path.join(DIR, stack), 'utf8');
      // After a letter or digit, inserting or deleting one mostly keeps the file valid TypeScript, so
      // these sequences stay on the fast path (one statement re-parsed) and catch up now and then.
      const positions = [...original.matchAll(/[A-Za-z0-9](?=[A-Za-z0-9])/g)].map((m) => m.index + 1);
      const keystroke = fc.record({ at: fc.constantFrom(...positions), remove: fc.constantFrom(0, 0, 1), insert: fc.constantFrom('', '1', '9', 'a', 'Z') });
      let fast = 0;
      fc.assert(
        fc.property(fc.array(keystroke, { minLength: 1, maxLength: 12 }), (keys) => {
          let parse = parseCdktf(original, stack);
          for (const [i, key] of keys.entries()) {
            // Positions are of the original text; earlier keystrokes moved them by a few characters at most.
            const { text, edits } = apply(parse.text, [key]);
            const before = parse.sourceFile;
            parse = updateCdktf(parse, text, edits);
            if (parse.sourceFile === before && parse.pending.length > 0) fast++;
            assertSameAsFullParse(parse, `keystroke ${i + 1} in ${stack}`);
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
      assert.ok(fast > 0, 'no keystroke took the fast path');
    });
  }

  it('a keystroke in a mapping re-parses that statement alone and keeps every other block', () => {
    const text = fs.readFileSync(path.join(DIR, 'orders-stack.ts'), 'utf8');
    const before = parseCdktf(text, 'orders-stack.ts');
    const at = text.indexOf('batchSize: 100') + 'batchSize: '.length;
    const { text: edited, edits } = apply(text, [{ at, remove: 1, insert: '2' }]);
    const bodies = before.model.blocks.map((b) => b.body);
    const sourceFile = before.sourceFile;
    const after = updateCdktf(before, edited, edits);
    assert.equal(after.sourceFile, sourceFile, 'the file was not parsed again');
    assert.equal(after.pending.length, 1);
    const changed = after.model.blocks.flatMap((b, i) => (b.body === bodies[i] ? [] : [b.labels.join('.')]));
    assert.deepEqual(changed, ['aws_lambda_event_source_mapping.order_changes']);
    assertSameAsFullParse(after, 'after the keystroke');
    // One construct re-read: the previous findings can be patched, and the patch is the full analysis.
    assert.equal(after.model.blocks[after.replacedBlock!]!.labels[1], 'order_changes');
    const module = buildModuleIndex([before.model]);
    const options = { text: after.text, now: new Date('2026-01-01T00:00:00Z') };
    const previous = analyzeFile(before.model, module, { ...options, text }).problems;
    const patched = patchFileAnalysis(previous, { before: before.model, after: after.model, index: after.replacedBlock! }, module, options);
    assert.deepEqual(patched, analyzeFile(after.model, module, options).problems);
  });

  it('an edit to a queue re-reads the queue and the mappings that refer to it, nothing else', () => {
    const text = fs.readFileSync(path.join(DIR, 'orders-stack.ts'), 'utf8');
    let parse = parseCdktf(text, 'orders-stack.ts');
    // First a keystroke on the fast path, so the incremental parser also has a pending edit to catch up on.
    const first = apply(parse.text, [{ at: parse.text.indexOf('batchSize: 100') + 'batchSize: '.length, remove: 1, insert: '2' }]);
    parse = updateCdktf(parse, first.text, first.edits);
    const bodies = new Map(parse.model.blocks.map((b) => [b.labels.join('.'), b.body]));
    const at = parse.text.indexOf('visibilityTimeoutSeconds: 360') + 'visibilityTimeoutSeconds: '.length;
    const second = apply(parse.text, [{ at, remove: 3, insert: '900' }]);
    parse = updateCdktf(parse, second.text, second.edits);
    assert.equal(parse.pending.length, 0, 'the tree caught up');
    const changed = parse.model.blocks.filter((b) => b.body !== bodies.get(b.labels.join('.'))).map((b) => b.labels.join('.'));
    // The queue, the mapping that reads it, and the statement typed in before (the tree re-parses it as it
    // catches up): the statements in between are kept.
    assert.deepEqual(changed, ['aws_sqs_queue.payments', 'aws_lambda_event_source_mapping.payments', 'aws_lambda_event_source_mapping.order_changes']);
    assertSameAsFullParse(parse, 'after the queue edit');
  });

  it('a new declaration that shadows a name re-reads the statements that use it', () => {
    const text = [
      "import { LambdaEventSourceMapping } from '@cdktf/provider-aws/lib/lambda-event-source-mapping';",
      'const BATCH = 5;',
      'function stack(scope: any) {',
      "  new LambdaEventSourceMapping(scope, 'a', { functionName: 'f', batchSize: BATCH });",
      "  new LambdaEventSourceMapping(scope, 'b', { functionName: 'f', batchSize: 7 });",
      '}',
    ].join('\n');
    const before = parseCdktf(text, 's.ts');
    const bodies = before.model.blocks.map((b) => b.body);
    const at = text.indexOf('  new LambdaEventSourceMapping');
    const { text: edited, edits } = apply(text, [{ at, remove: 0, insert: '  const BATCH = 50;\n' }]);
    const after = updateCdktf(before, edited, edits);
    assertSameAsFullParse(after, 'after the shadowing declaration');
    assert.notEqual(after.model.blocks[0]!.body, bodies[0], 'the mapping that reads BATCH is read again');
    assert.equal(after.model.blocks[1]!.body, bodies[1], 'the other mapping is kept');
  });

  it('a statement that starts or stops changing a const literal re-reads the mappings that use it', () => {
    const text = [
      "import { LambdaEventSourceMapping } from '@cdktf/provider-aws/lib/lambda-event-source-mapping';",
      'function stack(scope: any, extra: string[]) {',
      "  const TOPICS: string[] = ['orders'];",
      '  TOPICS.at(0);',
      "  new LambdaEventSourceMapping(scope, 'a', { functionName: 'f', topics: TOPICS });",
      '}',
    ].join('\n');
    const before = parseCdktf(text, 's.ts');
    // Inside the statement, so the one-statement fast path would take it.
    const at = text.indexOf('at(0)');
    const pushed = apply(text, [{ at, remove: 'at(0)'.length, insert: 'push(...extra)' }]);
    const after = updateCdktf(before, pushed.text, pushed.edits);
    assertSameAsFullParse(after, 'after the push');
    assert.equal(after.model.blocks[0]!.body.attributes.get('topics')!.value.kind, 'unknown');
    const logged = apply(after.text, [{ at, remove: 'push(...extra)'.length, insert: 'at(0)' }]);
    const back = updateCdktf(after, logged.text, logged.edits);
    assertSameAsFullParse(back, 'after the push is gone');
    assert.equal(back.model.blocks[0]!.body.attributes.get('topics')!.value.kind, 'reference');
  });

  it('a file that starts or stops importing a provider is parsed, or dropped', () => {
    const plain = 'export const answer = 42;\n';
    const parse = parseCdktf(plain, 'a.ts');
    assert.equal(parse.sourceFile, undefined);
    const added = "import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';\nnew SqsQueue(this, 'q', {});\n";
    const { text, edits } = apply(plain, [{ at: 0, remove: 0, insert: added }]);
    const withImport = updateCdktf(parse, text, edits);
    assert.deepEqual(withImport.model.blocks.map((b) => b.labels.join('.')), ['aws_sqs_queue.q']);
    const removed = apply(text, [{ at: 0, remove: added.length, insert: '' }]);
    assert.deepEqual(updateCdktf(withImport, removed.text, removed.edits).model.blocks, []);
  });
});
