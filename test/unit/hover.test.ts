// Hover fixtures: every file under test/fixtures/hover/ with a `¦` marker is opened as the service sees
// it, and the hover at the marker is compared with `<case>.hover.md` beside it: the covered text on its
// first line (`<!-- range: batch_size -->`), then the exact Markdown; `<!-- no hover -->` when there is
// none. A case in a folder of its own is a module with the folder's other files. Outline cases
// (`outline/`) compare `mappingSymbols` with `<case>.outline.txt`. LAMBDA_ESM_UPDATE_SNAPSHOTS=1
// writes the expected files instead (read every one before committing it).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { hover, mappingSymbols } from '../../server/src/core/service/languageService';
import { FIXTURES } from '../support/paths';
import { CURSOR, openDocument } from '../support/serviceDocument';

const DIR = path.join(FIXTURES, 'hover');
const UPDATE = process.env.LAMBDA_ESM_UPDATE_SNAPSHOTS === '1';
const SOURCE = /\.(tf|tf\.json|ts)$/;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The other source files of a case's own folder; none for a case that sits among other cases. */
function neighboursOf(file: string): Record<string, string> {
  const dir = path.dirname(file);
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir)) {
    const text = SOURCE.test(name) ? fs.readFileSync(path.join(dir, name), 'utf8') : '';
    if (text && !text.includes(CURSOR)) out[name] = text;
  }
  return out;
}

function compare(expectedFile: string, actual: string): void {
  if (UPDATE) fs.writeFileSync(expectedFile, actual);
  else assert.equal(actual, fs.readFileSync(expectedFile, 'utf8'));
}

const cases = filesUnder(DIR).filter((f) => SOURCE.test(f) && fs.readFileSync(f, 'utf8').includes(CURSOR));

describe('hover fixtures', () => {
  it('there are cases in every syntax', () => {
    for (const ext of ['.tf', '.tf.json', '.ts']) assert.ok(cases.filter((f) => f.endsWith(ext) && (ext !== '.tf' || !f.endsWith('.tf.json'))).length >= 8, ext);
  });
  for (const file of cases) {
    it(path.relative(DIR, file), async () => {
      const opened = await openDocument(file, { neighbours: neighboursOf(file) });
      try {
        const info = hover(opened.document, opened.offset);
        const actual = info
          ? `<!-- range: ${JSON.stringify(opened.text.slice(info.range.start, info.range.end)).slice(1, -1)} -->\n${info.contents}\n`
          : '<!-- no hover -->\n';
        compare(file.replace(SOURCE, '.hover.md'), actual);
      } finally {
        opened.dispose();
      }
    });
  }
});

describe('hover anywhere', () => {
  // Every offset of every case, the broken ones included: a hover is something sensible or nothing.
  for (const file of cases) {
    it(path.relative(DIR, file), async () => {
      const opened = await openDocument(file, { neighbours: neighboursOf(file) });
      try {
        for (let offset = 0; offset <= opened.text.length; offset++) {
          const info = hover(opened.document, offset);
          if (info) assert.ok(info.range.start <= offset && offset <= info.range.end && info.contents.length > 0, `at ${offset}`);
        }
      } finally {
        opened.dispose();
      }
    });
  }
});

describe('outline fixtures', () => {
  const dir = path.join(DIR, 'outline');
  for (const file of fs.readdirSync(dir).filter((f) => SOURCE.test(f))) {
    it(file, async () => {
      const opened = await openDocument(path.join(dir, file), { neighbours: {} });
      try {
        const symbols = mappingSymbols(opened.document);
        const lines = symbols.map((s) => `${s.name} · ${s.detail} · ${opened.text.slice(s.selectionRange.start, s.selectionRange.end)}`);
        compare(path.join(dir, file.replace(SOURCE, '.outline.txt')), `${lines.join('\n')}\n`);
      } finally {
        opened.dispose();
      }
    });
  }
});
