// Every case under test/fixtures/context/<syntax>/ is a file with a cursor marker `¦` and, beside it,
// `<case>.context.json`: the CursorContext its front end's `contextAt` must return there (null: none).
// Ranges are written as the text they cover (`"rangeText": "batch_si"`) and must hold the cursor.
// `LAMBDA_ESM_UPDATE_SNAPSHOTS=1` writes the expectations (read them before committing). Then sweeps over
// the rule and Terraform JSON fixtures check that no offset throws, also in text cut short there.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { hclContextAt } from '../../server/src/core/extract/hcl/hclContextAt';
import { blockAt } from '../../server/src/core/service/languageService';
import { frontEndFor } from '../../server/src/frontEnds';
import { FIXTURES } from '../support/paths';
import { openDocument } from '../support/serviceDocument';

const ROOT = path.join(FIXTURES, 'context');
const EXPECTED = '.context.json';
const UPDATE = process.env.LAMBDA_ESM_UPDATE_SNAPSHOTS === '1';

describe('cursor context fixtures', () => {
  for (const syntax of fs.readdirSync(ROOT).sort()) {
    describe(syntax, () => {
      for (const name of fs.readdirSync(path.join(ROOT, syntax)).filter((f) => !f.endsWith(EXPECTED) && frontEndFor(f)).sort()) {
        it(name, async () => {
          const file = path.join(ROOT, syntax, name);
          const expectedFile = file.replace(/(\.tf\.json|\.tf|\.ts)$/, EXPECTED);
          const opened = await openDocument(file, { neighbours: {} });
          try {
            assert.ok(opened.offset >= 0, 'the case has no cursor marker');
            const context = frontEndFor(file)!.contextAt(opened.text, opened.document.model, opened.offset);
            const actual = withRangeTexts(context ?? null, opened.text, opened.offset);
            if (UPDATE) fs.writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
            assert.deepEqual(actual, JSON.parse(fs.readFileSync(expectedFile, 'utf8')));
          } finally {
            opened.dispose();
          }
        });
      }
    });
  }
});

/** `range: {start, end}` → `rangeText`, after checking that the range holds the cursor. */
function withRangeTexts(value: unknown, text: string, offset: number): unknown {
  if (Array.isArray(value)) return value.map((v) => withRangeTexts(v, text, offset));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'range') {
      const range = v as { start: number; end: number };
      assert.ok(range.start <= offset && offset <= range.end, `the range ${range.start}-${range.end} does not hold the cursor ${offset}`);
      out['rangeText'] = text.slice(range.start, range.end);
    } else {
      out[key] = withRangeTexts(v, text, offset);
    }
  }
  return out;
}

describe('hclContextAt on the rule fixtures', () => {
  // Every third offset: each kind of position still comes up hundreds of times, in a third of the time.
  it('never throws and keeps its ranges around the cursor', async () => {
    const files = fs.readdirSync(path.join(FIXTURES, 'rules'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tf'));
    assert.ok(files.length > 100);
    let contexts = 0;
    for (const file of files) {
      const opened = await openDocument(path.join(FIXTURES, 'rules', file), { neighbours: {} });
      const { model } = opened.document;
      // In a file that parses, the scan and the parser must agree on which block the cursor is in.
      const parses = model.syntaxErrors.length === 0 && model.blocks.every((b) => !b.syntaxError);
      try {
        for (let offset = 0; offset <= opened.text.length; offset += 3) {
          const context = hclContextAt(opened.text, model, offset);
          if (!context) continue;
          contexts++;
          const range = 'range' in context.at ? context.at.range : undefined;
          if (range) assert.ok(range.start <= offset && offset <= range.end && range.end <= opened.text.length, `${file}@${offset}`);
          if (parses) assert.equal(context.blockIndex, blockAt(model, offset), `${file}@${offset}`);
        }
      } finally {
        opened.dispose();
      }
    }
    // Most offsets of these files are inside mappings.
    assert.ok(contexts > 20_000, `only ${contexts} contexts`);
  });

  // Completion is asked at the end of what is typed so far: the context must not depend on the text after
  // the cursor (except the header, whose type label is read whole), however broken the cut leaves it.
  it('reads the same context when the text ends at the cursor', async () => {
    const files = fs.readdirSync(path.join(FIXTURES, 'rules'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tf'));
    let compared = 0;
    for (const file of files) {
      const full = await openDocument(path.join(FIXTURES, 'rules', file), { neighbours: {} });
      const text = full.text;
      const summary = (c: ReturnType<typeof hclContextAt>) => c && { path: c.path, kind: c.at.kind, prefix: 'prefix' in c.at ? c.at.prefix : undefined };
      const offsets: number[] = [];
      for (let offset = 0; offset < text.length; offset += Math.ceil(text.length / 8)) offsets.push(offset);
      const expected = offsets.map((offset) => summary(hclContextAt(text, full.document.model, offset)));
      full.dispose();
      for (let i = 0; i < offsets.length; i++) {
        if (!expected[i] || expected[i]!.kind === 'header') continue;
        const cut = await openDocument(path.join(FIXTURES, 'rules', file), { text: text.slice(0, offsets[i]), neighbours: {} });
        try {
          assert.deepEqual(summary(hclContextAt(cut.text, cut.document.model, offsets[i]!)), expected[i], `${file}@${offsets[i]}`);
          compared++;
        } finally {
          cut.dispose();
        }
      }
    }
    assert.ok(compared > 500, `only ${compared} cuts compared`);
  });
});

describe('contextAt never throws', () => {
  const files = [...walk(path.join(FIXTURES, 'rules')).filter((f) => f.endsWith('.ts')), ...walk(path.join(FIXTURES, 'tfjson')).filter((f) => f.endsWith('.tf.json'))];
  it(`on sampled offsets of ${files.length} fixtures, whole and cut short`, async () => {
    assert.ok(files.length > 50);
    let calls = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const step = Math.max(1, Math.floor(text.length / 120));
      // The whole text at every sampled offset, then three texts cut short, as while typing.
      const texts = [text, ...[0.3, 0.55, 0.8].map((f) => text.slice(0, Math.floor(text.length * f)))];
      for (const variant of texts) {
        const opened = await openDocument(file, { text: variant, neighbours: {} });
        try {
          const contextAt = frontEndFor(file)!.contextAt;
          const offsets = variant === text ? range(0, text.length, step) : [variant.length];
          for (const offset of offsets) {
            assert.doesNotThrow(() => contextAt(opened.document.text, opened.document.model, offset), `${file} at ${offset}`);
            calls++;
          }
        } finally {
          opened.dispose();
        }
      }
    }
    assert.ok(calls > 1000);
  });
});

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i += step) out.push(i);
  return out;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
