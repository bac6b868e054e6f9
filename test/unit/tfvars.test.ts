// Variables as Terraform loads them: each folder under test/fixtures/tfvars/ is a module whose variables
// must take the values its expected.json states (recorded with `terraform console` where Terraform
// accepts the files), or be unknown. Also: the module index is kept while no tfvars file changes.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Parser } from 'web-tree-sitter';
import { extractTfvarsJson } from '../../server/src/core/extract/tfjson/extractTfvarsJson';
import { settle, type Value } from '../../server/src/core/model/value';
import { buildModuleIndex, isDeclaration, updateModuleIndex } from '../../server/src/core/module/moduleIndex';
import { tfvarsInOrder } from '../../server/src/core/module/variableValues';
import { isFolderModuleFile, isTerraformPath, isTfvarsPath } from '../../server/src/frontEnds';
import { parseTfvars } from '../../server/src/workspace/parsers/tfvarsParser';
import { TerraformDocument } from '../../server/src/workspace/terraformDocument';
import { FIXTURES } from '../support/paths';
import { createTestParser } from '../support/wasm';

const ROOT = path.join(FIXTURES, 'tfvars');

interface Expected {
  readonly values: Record<string, unknown>;
  readonly unknown?: readonly string[];
}

/** The value as JSON, or undefined when any part of it is not known. */
function json(value: Value | undefined): unknown {
  if (!value) return undefined;
  const v = settle(value);
  switch (v.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return v.value;
    case 'null':
      return null;
    case 'list':
      return v.items.map(json);
    case 'object':
      return Object.fromEntries(v.entries.map((e) => [e.key, json(e.value)]));
    default:
      return undefined;
  }
}

let parser: Parser;
before(async () => {
  parser = await createTestParser();
});
after(() => parser.delete());

function moduleIn(dir: string) {
  const names = fs.readdirSync(dir).sort();
  const models = names.filter(isFolderModuleFile).map((f) => {
    const document = new TerraformDocument(f, fs.readFileSync(path.join(dir, f), 'utf8'), parser);
    document.dispose();
    return document.model;
  });
  const tfvars = names.filter(isTfvarsPath).map((f) => parseTfvars(f, fs.readFileSync(path.join(dir, f), 'utf8'), parser));
  return { models, tfvars, index: buildModuleIndex(models, tfvars) };
}

describe('tfvars fixtures', () => {
  for (const name of fs.readdirSync(ROOT).sort()) {
    it(name, () => {
      const dir = path.join(ROOT, name);
      const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
      const { index } = moduleIn(dir);
      const actual = Object.fromEntries(Object.keys(expected.values).map((v) => [v, json(index.variables.get(v))]));
      assert.deepEqual(actual, expected.values);
      for (const v of expected.unknown ?? []) {
        assert.ok(index.variables.has(v), `${v} is declared`);
        assert.equal(json(index.variables.get(v)), undefined, `${v} is unknown`);
        assert.equal(settle(index.variables.get(v)!).kind, 'unknown', `${v} is unknown`);
      }
      assert.ok(!index.variables.has('not_declared'), 'a value for an undeclared variable declares nothing');
    });
  }
});

describe('tfvars files', () => {
  it('are claimed by no front end and are told apart by name', () => {
    for (const f of ['terraform.tfvars', 'terraform.tfvars.json', 'a.auto.tfvars', 'dir/b.auto.tfvars.json', 'file:///w/my%20x.auto.tfvars']) {
      assert.ok(isTfvarsPath(f), f);
      assert.ok(!isTerraformPath(f), f);
    }
    for (const f of ['prod.tfvars', 'terraform.tfvars.bak', 'main.tf', 'x.tf.json', 'auto.tfvars']) assert.ok(!isTfvarsPath(f), f);
  });

  it('apply in Terraform order whatever order they come in', () => {
    const file = (name: string) => ({ name, values: new Map(), broken: false });
    const order = tfvarsInOrder(['b.auto.tfvars', 'prod.tfvars', 'a.auto.tfvars.json', 'terraform.tfvars.json', 'a.auto.tfvars', 'terraform.tfvars'].map(file));
    assert.deepEqual(order.map((f) => f.name), ['terraform.tfvars', 'terraform.tfvars.json', 'a.auto.tfvars', 'a.auto.tfvars.json', 'b.auto.tfvars']);
  });

  it('keep their own ranges, and JSON strings are not templates', () => {
    const text = '{\n  "x": "${var.y}",\n  "n": 3\n}';
    const { values, broken } = extractTfvarsJson(text);
    assert.equal(broken, false);
    const x = values.get('x')!;
    assert.equal(x.kind, 'string');
    assert.equal(text.slice(x.range.start, x.range.end), '"${var.y}"');
    for (const bad of ['', '[]', '{"a": 1', '{"a": 1,}', '"x"', '{"a": 1} // c']) assert.equal(extractTfvarsJson(bad).broken, true, bad);
  });

  it('survive any text', () => {
    for (const text of ['', '=', 'a =', 'a = {', 'resource "x" "y" {}', '{"a": 1}', '\u0000', 'a = [' .repeat(500), 'a = 1\r']) {
      assert.doesNotThrow(() => parseTfvars('terraform.tfvars', text, parser), JSON.stringify(text.slice(0, 20)));
    }
    assert.equal(parseTfvars('terraform.tfvars', 'a = 1\n\n# comment\nb = "x" // c\n', parser).broken, false);
    assert.equal(parseTfvars('terraform.tfvars', 'resource "x" "y" {}\n', parser).broken, true);
  });

  it('keep the module index while they are the same objects, and give a new one when one changes', () => {
    const { models, tfvars } = moduleIn(path.join(ROOT, 'precedence'));
    const declarations = models.map((m) => m.blocks.filter(isDeclaration));
    const first = updateModuleIndex(undefined, models, declarations, tfvars);
    assert.equal(updateModuleIndex(first, models, declarations, [...tfvars].reverse()).index, first.index);
    const edited = [...tfvars];
    edited[0] = parseTfvars(edited[0]!.name, 'a = 7\n', parser);
    const second = updateModuleIndex(first, models, declarations, edited);
    assert.notEqual(second.index, first.index);
    assert.equal(json(second.index.variables.get('a')), 7);
    assert.notEqual(updateModuleIndex(second, models, declarations, edited.slice(1)).index, second.index);
  });
});
