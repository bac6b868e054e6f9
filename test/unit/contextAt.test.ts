// Each front end's `contextAt`: every case in test/fixtures/context/<syntax>/ marks a cursor with `¦` and
// states, beside it in `<case>.context.json`, what is there (`null` for nothing), with ranges written as
// the text they cover. `LAMBDA_ESM_UPDATE_SNAPSHOTS=1` writes the expectations (read them before committing).
// Then every offset of the rule and Terraform JSON fixtures, also of the text cut short there, must not throw.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { CursorContext } from '../../server/src/core/language/cursorContext';
import { frontEndFor } from '../../server/src/frontEnds';
import { FIXTURES } from '../support/paths';
import { openDocument } from '../support/serviceDocument';

const DIR = path.join(FIXTURES, 'context');
const UPDATE = process.env.LAMBDA_ESM_UPDATE_SNAPSHOTS === '1';

/** The context as the fixtures write it: `rangeText` in place of `range`. */
function written(context: CursorContext | undefined, text: string): unknown {
  if (!context) return null;
  const at: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(context.at)) {
    if (key === 'range') at.rangeText = text.slice(value.start, value.end);
    else at[key] = value;
  }
  return { blockIndex: context.blockIndex, path: context.path, at };
}

describe('contextAt', () => {
  for (const syntax of fs.readdirSync(DIR).filter((d) => fs.statSync(path.join(DIR, d)).isDirectory())) {
    describe(syntax, () => {
      for (const file of fs.readdirSync(path.join(DIR, syntax)).filter((f) => !f.endsWith('.context.json'))) {
        it(file, async () => {
          const full = path.join(DIR, syntax, file);
          const expectedFile = full.replace(/(\.tf\.json|\.tf|\.ts)$/, '.context.json');
          const opened = await openDocument(full);
          try {
            assert.ok(opened.offset >= 0, 'the case marks its cursor with ¦');
            const context = frontEndFor(full)!.contextAt(opened.document.text, opened.document.model, opened.offset);
            const actual = written(context, opened.text);
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
