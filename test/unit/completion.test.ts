// Completion, end to end through the language service: each case in test/fixtures/completion/<syntax>/
// is a file with a `¦` cursor and a `<case>.expected.json` beside it (format in test/fixtures/README.md).
// Items are compared in the order the editor shows them (by sortText, then label).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { MappingAnalysis } from '../../server/src/core/analyze';
import { completeAt } from '../../server/src/core/complete/completeAt';
import type { CursorTarget } from '../../server/src/core/language/cursorContext';
import { CDKTF_TYPESCRIPT, HCL, TERRAFORM_JSON } from '../../server/src/core/language/languageDescriptor';
import type { TextSource } from '../../server/src/core/model/textSource';
import type { SampleRecord } from '../../server/src/core/patterns/samples/sampleRecords';
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
  readonly item?: Partial<Pick<CompletionItem, 'label' | 'insertText' | 'detail' | 'documentation' | 'deprecated'>> & { readonly label: string };
  /** No items at all. */
  readonly none?: boolean;
  /** The user's sample records, as the service is given them. */
  readonly samples?: readonly SampleRecord[];
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
        const opened = await openDocument(full, { neighbours: {}, samples: expected.samples ?? [] });
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

// Wherever the cursor is in these files (every few offsets, to keep it quick), completion answers.
describe('completion anywhere in the cases', () => {
  for (const syntax of fs.readdirSync(DIR).filter((d) => fs.statSync(path.join(DIR, d)).isDirectory())) {
    it(`${syntax}: never throws`, async () => {
      let asked = 0;
      for (const file of fs.readdirSync(path.join(DIR, syntax)).filter((f) => CASE.test(f))) {
        const opened = await openDocument(path.join(DIR, syntax, file), { neighbours: {} });
        try {
          for (let offset = 0; offset <= opened.text.length; offset += 5) {
            assert.ok(Array.isArray(complete(opened.document, offset)));
            asked++;
          }
        } finally {
          opened.dispose();
        }
      }
      assert.ok(asked > 100);
    });
  }
});

// Contexts no front end should produce, and names users can type that are not in the tables (Object's
// own properties included): completion answers with nothing or something sensible, never an exception.
describe('completion on odd contexts', () => {
  const range = { start: 0, end: 0 };
  const targets: CursorTarget[] = [
    { kind: 'name', prefix: '', range, present: ['constructor', '__proto__'] },
    { kind: 'value', name: 'constructor', prefix: '', range, quote: 'none', inList: false },
    { kind: 'value', name: '__proto__', prefix: '', range, quote: 'inside', inList: true },
    { kind: 'reference', name: 'toString', parts: ['__proto__', 'x'], prefix: '', range },
    { kind: 'pattern', keys: ['__proto__', 'constructor'], role: 'key', prefix: '', range, syntax: 'json', quote: 'none', present: [] },
    { kind: 'pattern', keys: ['body', 'hasOwnProperty'], role: 'value', operator: 'toString', prefix: '', range, syntax: 'hcl', quote: 'inside', present: [] },
    { kind: 'header', range },
  ];
  const paths = [[], ['constructor'], ['filter_criteria', 'filter', 'pattern'], ['__proto__']];
  const weird: SampleRecord = { name: 'weird', source: 'sqs', description: 'not an SQS record', record: { body: '{"__proto__": {"a": 1}, "constructor": [[[["x"]]]]}' } };
  for (const descriptor of [HCL, TERRAFORM_JSON, CDKTF_TYPESCRIPT]) {
    it(`${descriptor.language}: never throws`, () => {
      for (const kinds of [undefined, [], ['sqs'], ['documentdb'], ['sqs', 'kinesis']] as const) {
        for (const path of paths) {
          for (const at of targets) {
            const items = completeAt({
              text: { length: 0, slice: () => '' } as unknown as TextSource,
              model: { language: descriptor.language, blocks: [], offsets: [], syntaxErrors: [] },
              frontEnd: { descriptor, contextAt: () => undefined },
              module: { resources: new Map(), variables: new Map(), locals: new Map() },
              samples: [weird],
              context: { blockIndex: 0, path, at },
              analysis: { source: { kinds } } as unknown as MappingAnalysis,
            });
            assert.ok(Array.isArray(items));
          }
        }
      }
    });
  }
});
