// Write-back fixtures: every `<case>.<tf|tf.json|ts>` under test/fixtures/patternEdits/<syntax>/ has a
// `<case>.pattern.json` ({ "mapping": block index, "filter": index, "pattern": the new pattern }) and either
// `<case>.edited.<ext>`, the exact text after the edits, or `<case>.refused.txt`, the reason and, after a
// blank line, the text offered for copying. For every edited case the file must still parse as well as
// before, the pattern read again from it must be the new one, nothing outside the pattern's value may
// change, and writing the same pattern again must change nothing. LAMBDA_ESM_UPDATE_SNAPSHOTS=1 writes
// the expected files instead (read every one before committing it).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { patternEdit, type PatternEdit } from '../../server/src/core/fixes/patternEdit';
import type { FileModel } from '../../server/src/core/model/fileModel';
import { blocksOf, firstBlock } from '../../server/src/core/model/mapping';
import type { TextEdit } from '../../server/src/core/model/problem';
import type { SourceRange } from '../../server/src/core/model/sourceRange';
import { jsonFromValue } from '../../server/src/core/patterns/jsonFromValue';
import { plainValue, type JsonNode } from '../../server/src/core/patterns/jsonNode';
import { parseJson } from '../../server/src/core/patterns/parseJson';
import { FIXTURES } from '../support/paths';
import { openDocument } from '../support/serviceDocument';

const DIR = path.join(FIXTURES, 'patternEdits');
const UPDATE = process.env.LAMBDA_ESM_UPDATE_SNAPSHOTS === '1';
const SOURCE = /\.(tf|tf\.json|ts)$/;

interface Case {
  readonly file: string;
  readonly mapping: number;
  readonly filter: number;
  readonly pattern: JsonNode;
}

/** The case's request, its pattern read by `parseJson` so that numbers keep the text they are written as. */
function caseOf(file: string): Case {
  const parsed = parseJson(fs.readFileSync(file.replace(SOURCE, '.pattern.json'), 'utf8'));
  const root = parsed.value;
  assert.ok(root?.type === 'object' && !parsed.error, 'the .pattern.json file is a JSON object');
  const field = (name: string): JsonNode => {
    const found = root.properties.find((p) => p.key === name)?.value;
    assert.ok(found, `.pattern.json has "${name}"`);
    return found;
  };
  return { file, mapping: plainValue(field('mapping')) as number, filter: plainValue(field('filter')) as number, pattern: field('pattern') };
}

function apply(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

function syntaxErrorCount(model: FileModel): number {
  return model.syntaxErrors.length + model.blocks.filter((b) => b.syntaxError).length;
}

/** The filter's pattern value as the front end reads it, with its range in the file. */
function patternValueOf(model: FileModel, c: Case) {
  const block = model.blocks[c.mapping]!;
  const criteria = firstBlock(block.body, 'filter_criteria')!;
  const value = blocksOf(criteria, 'filter')[c.filter]!.attributes.get('pattern')!.value;
  const offset = model.offsets[c.mapping]!;
  return { value, range: { start: value.range.start + offset, end: value.range.end + offset } as SourceRange };
}

/** The pattern read again from the file: the JSON of a string, or the object `jsonencode` encodes. */
function readBack(model: FileModel, c: Case): unknown {
  const { value } = patternValueOf(model, c);
  if (value.kind === 'string') {
    const parsed = parseJson(value.value);
    assert.ok(parsed.value && !parsed.error && !parsed.trailing, `the pattern read again is JSON: ${value.value}`);
    return plainValue(parsed.value);
  }
  assert.equal(value.kind, 'jsonencode');
  const node = value.kind === 'jsonencode' ? jsonFromValue(value.inner) : undefined;
  assert.ok(node, 'the encoded pattern is known');
  return plainValue(node);
}

function expectedText(result: PatternEdit): string {
  return result.kind === 'refused' ? `${result.reason}\n\n${result.copyText}\n` : '';
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const cases = filesUnder(DIR).filter((f) => SOURCE.test(f) && !/\.edited\.(tf|tf\.json|ts)$/.test(f));

describe('pattern write-back fixtures', () => {
  it('there are cases in every syntax, edited and refused', () => {
    assert.ok(cases.length >= 25, `${cases.length} cases`);
    for (const syntax of ['hcl', 'tfjson', 'cdktf']) {
      const mine = cases.filter((f) => path.relative(DIR, f).startsWith(`${syntax}${path.sep}`));
      assert.ok(mine.some((f) => fs.existsSync(f.replace(SOURCE, '.refused.txt'))), `${syntax} has a refused case`);
      assert.ok(mine.some((f) => !fs.existsSync(f.replace(SOURCE, '.refused.txt'))), `${syntax} has an edited case`);
    }
  });

  for (const file of cases) {
    it(path.relative(DIR, file), async () => {
      const c = caseOf(file);
      const refusedFile = file.replace(SOURCE, '.refused.txt');
      const editedFile = file.replace(SOURCE, (ext) => `.edited${ext}`);
      const opened = await openDocument(file, { neighbours: {} });
      let edited: string;
      try {
        const result = patternEdit({ model: opened.document.model, text: opened.text, mapping: c.mapping, filter: c.filter, pattern: c.pattern });
        if (UPDATE) {
          if (result.kind === 'refused') fs.writeFileSync(refusedFile, expectedText(result));
          else fs.writeFileSync(editedFile, apply(opened.text, result.edits));
        }
        if (fs.existsSync(refusedFile)) {
          assert.equal(expectedText(result), fs.readFileSync(refusedFile, 'utf8'));
          return;
        }
        assert.equal(result.kind, 'edits', expectedText(result));
        if (result.kind !== 'edits') return;
        edited = apply(opened.text, result.edits);
        assert.equal(edited, fs.readFileSync(editedFile, 'utf8'));
        // Nothing outside the pattern's value changed.
        const { range } = patternValueOf(opened.document.model, c);
        assert.equal(edited.slice(0, range.start), opened.text.slice(0, range.start), 'the text before the pattern');
        assert.equal(edited.slice(edited.length - (opened.text.length - range.end)), opened.text.slice(range.end), 'the text after the pattern');
        assert.equal(syntaxErrorCount(opened.document.model), 0, 'the case parses before the edit');
      } finally {
        opened.dispose();
      }
      const again = await openDocument(file, { text: edited, neighbours: {} });
      try {
        assert.equal(syntaxErrorCount(again.document.model), 0, 'the edited file parses');
        assert.deepEqual(readBack(again.document.model, c), plainValue(c.pattern));
        const second = patternEdit({ model: again.document.model, text: again.text, mapping: c.mapping, filter: c.filter, pattern: c.pattern });
        assert.equal(second.kind === 'edits' ? apply(again.text, second.edits) : expectedText(second), edited, 'writing the same pattern again changes nothing');
      } finally {
        again.dispose();
      }
    });
  }
});
