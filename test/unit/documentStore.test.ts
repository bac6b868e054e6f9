// The server's store of documents keeps state only for the files it holds: a module goes with its last
// file, looking a file up creates nothing, and a file that cannot be built is left out with a logged
// error without touching its neighbours.

import * as assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Parser } from 'web-tree-sitter';
import { DocumentStore } from '../../server/src/workspace/documentStore';
import { createTestParser } from '../support/wasm';

const SQS = `resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn  = "arn:aws:sqs:us-east-1:123456789012:orders"
  function_name     = "process-orders"
  starting_position = "LATEST"
}
`;

describe('DocumentStore', () => {
  let parser: Parser;
  before(async () => {
    parser = await createTestParser();
  });
  const storeWith = (errors: string[], fail?: string) =>
    new DocumentStore(() => parser, { error: (m) => errors.push(m), info: () => undefined }, (uri) => {
      if (uri === fail) throw new Error('cannot build');
    });

  it('drops a module with its last file, and keeps nothing after many files come and go', () => {
    const store = storeWith([]);
    for (let i = 0; i < 500; i++) {
      const uri = `file:///virtual/${i}/main.tf`;
      assert.equal(store.set(uri, SQS, i % 2 === 0), true);
      assert.deepEqual(store.size, { modules: 1, documents: 1 });
      assert.equal(store.remove(uri), true);
    }
    assert.deepEqual(store.size, { modules: 0, documents: 0 });
  });

  it('creates nothing when asked about files it does not hold', () => {
    const store = storeWith([]);
    assert.equal(store.get('file:///virtual/unknown/main.tf'), undefined);
    assert.equal(store.moduleOf('file:///virtual/unknown/main.tf'), undefined);
    assert.equal(store.remove('file:///virtual/unknown/main.tf'), false);
    assert.deepEqual(store.size, { modules: 0, documents: 0 });
  });

  it('leaves out a file that cannot be built, and an older version of it, with a logged error', () => {
    const errors: string[] = [];
    const bad = 'file:///virtual/m/bad.tf';
    const good = 'file:///virtual/m/good.tf';
    const store = storeWith(errors, bad);
    assert.equal(store.set(good, SQS, false), true);
    assert.equal(store.set(bad, SQS, false), false);
    assert.equal(store.has(bad), false);
    assert.equal(store.has(good), true);
    assert.match(errors.join('\n'), /bad\.tf could not be read/);
    assert.equal(store.moduleOf(good)!.analyze(good).length, 1);
  });
});
