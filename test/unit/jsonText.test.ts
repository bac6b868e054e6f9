// The JSON text of values, against what Terraform's jsonencode wrote for them (test/fixtures/jsonText/
// cases.json, recorded with `terraform console`): key order, number forms and string escapes. A
// `jsonencode(...)` value read as a string (join, replace, format…) must be that very text.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { jsonText } from '../../server/src/core/eval/jsonText';
import { textOf } from '../../server/src/core/eval/textOf';
import { valueFromJson } from '../../server/src/core/eval/valueJson';
import { FIXTURES } from '../support/paths';

interface Case {
  readonly expr: string;
  readonly value: unknown;
  readonly text: string;
}

const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'jsonText', 'cases.json'), 'utf8')) as { cases: readonly Case[] };

describe('JSON text as Terraform writes it', () => {
  for (const c of fixture.cases) {
    it(c.expr, () => {
      const inner = valueFromJson(c.value);
      assert.equal(jsonText(inner), c.text);
      assert.equal(textOf({ kind: 'jsonencode', inner, range: { start: 0, end: 0 } }), c.text);
    });
  }

  it('is undefined for a value with an unknown part', () => {
    assert.equal(jsonText(valueFromJson({ a: [1, { $unknown: true }] })), undefined);
  });
});
