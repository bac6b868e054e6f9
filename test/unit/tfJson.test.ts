// Terraform's JSON syntax goes through the same model and rules as HCL: each case in
// test/fixtures/tfjson/ lists its expected findings (1-based line:column severity rule) beside it.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeFiles } from '../support/analyzeFiles';
import { FIXTURES } from '../support/paths';

const DIR = path.join(FIXTURES, 'tfjson');

describe('Terraform JSON files', () => {
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.tf.json'))) {
    it(file, async () => {
      const expected = JSON.parse(fs.readFileSync(path.join(DIR, file.replace(/\.tf\.json$/, '.expected.json')), 'utf8')) as string[];
      const actual = (await analyzeFiles(path.join(DIR, file))).map((p) => `${p.line + 1}:${p.column + 1} ${p.severity} ${p.code}`);
      assert.deepEqual(actual, expected);
    });
  }
});
