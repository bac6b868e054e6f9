// Completion, end to end through the language service: each case in test/fixtures/completion/<syntax>/
// is a file with a `¦` cursor and a `<case>.expected.json` beside it (format in test/fixtures/README.md).
// Items are compared in the order the editor shows them (by sortText, then label).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { complete } from '../../server/src/core/service/languageService';
import type { CompletionItem } from '../../server/src/core/service/serviceTypes';
import { FIXTURES } from '../support/paths';
import { openDocument } from '../support/serviceDocument';

const DIR = path.join(FIXTURES, 'completion');
const CASE = /\.(tf|tf\.json|ts)$/;

interface Expected {
  readonly includes?: readonly string[];
  readonly excludes?: readonly string[];
  readonly first?: string;
  readonly item?: Partial<Pick<CompletionItem, 'label' | 'insertText' | 'detail' | 'deprecated'>> & { readonly label: string };
  /** No items at all. */
  readonly none?: boolean;
}

function shown(items: readonly CompletionItem[]): CompletionItem[] {
  const key = (i: CompletionItem): string => i.sortText ?? i.label;
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

describe('completion fixtures', () => {
  for (const syntax of fs.readdirSync(DIR).filter((d) => fs.statSync(path.join(DIR, d)).isDirectory())) {
    for (const file of fs.readdirSync(path.join(DIR, syntax)).filter((f) => CASE.test(f))) {
      it(`${syntax}/${file}`, async () => {
        const full = path.join(DIR, syntax, file);
        const expected = JSON.parse(fs.readFileSync(full.replace(CASE, '.expected.json'), 'utf8')) as Expected;
        assert.ok(expected.none || expected.includes?.length || expected.first, 'a case expects items, or none');
        // Each case is a module of its own: the other cases of the folder are not its neighbours.
        const opened = await openDocument(full, { neighbours: {} });
        try {
          assert.ok(opened.offset >= 0, 'the case has a ¦ cursor');
          const items = shown(complete(opened.document, opened.offset));
          const labels = items.map((i) => i.label);
          if (expected.none) assert.deepEqual(labels, []);
          const found = (expected.includes ?? []).map((label) => labels.indexOf(label));
          assert.deepEqual(
            (expected.includes ?? []).filter((_, i) => found[i] === -1),
            [],
            `missing from ${JSON.stringify(labels)}`,
          );
          assert.ok(found.every((at, i) => i === 0 || at > found[i - 1]!), `not in the expected order: ${JSON.stringify(labels)}`);
          for (const label of expected.excludes ?? []) assert.ok(!labels.includes(label), `${label} should not be offered`);
          if (expected.first !== undefined) assert.equal(labels[0], expected.first);
          if (expected.item) {
            const item = items.find((i) => i.label === expected.item!.label);
            assert.ok(item, `no item ${expected.item.label}`);
            const actual = Object.fromEntries(Object.keys(expected.item).map((k) => [k, k === 'deprecated' ? item[k] ?? false : item[k as keyof CompletionItem]]));
            assert.deepEqual(actual, expected.item);
          }
          for (const item of items) {
            assert.ok(item.range.start <= opened.offset && opened.offset <= item.range.end, `${item.label}: its range holds the cursor`);
          }
        } finally {
          opened.dispose();
        }
      });
    }
  }
});
