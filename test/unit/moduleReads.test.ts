// A mapping's analysis is kept when the module index is rebuilt and nothing it read changed: an edit in
// a `locals` block no mapping reads, or in a resource another mapping references, does not check this
// mapping again; an edit of a local it reads does, and its findings follow. Checked on the analyses
// themselves (the same object means it was not made again) and on the findings.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Parser } from 'web-tree-sitter';
import { mappingsOf } from '../../server/src/core/analyze';
import { TerraformDocument } from '../../server/src/workspace/terraformDocument';
import { TerraformModule } from '../../server/src/workspace/terraformModule';
import { createTestParser } from '../support/wasm';

const TEXT = `locals {
  unread = "a"
}

locals {
  batch = 10
}

resource "aws_sqs_queue" "orders" {
  name                       = "orders"
  visibility_timeout_seconds = 60
}

resource "aws_lambda_event_source_mapping" "reads_local" {
  event_source_arn = "arn:aws:sqs:us-east-1:123456789012:invoices"
  function_name    = "process-invoices"
  batch_size       = local.batch
}

resource "aws_lambda_event_source_mapping" "reads_queue" {
  event_source_arn = aws_sqs_queue.orders.arn
  function_name    = "process-orders"
}
`;

/** The LSP change that replaces the first `from` after `after` by `to`. */
function change(text: string, anchor: string, from: string, to: string) {
  const at = text.indexOf(from, text.indexOf(anchor));
  const before = text.slice(0, at).split('\n');
  const start = { line: before.length - 1, character: before.at(-1)!.length };
  return { change: { range: { start, end: { line: start.line, character: start.character + from.length } }, text: to }, text: text.slice(0, at) + to + text.slice(at + from.length) };
}

describe('analyses kept across a rebuilt module index', () => {
  let parser: Parser;
  before(async () => {
    parser = await createTestParser();
  });
  after(() => parser.delete());

  it('re-checks only the mappings that read what changed', () => {
    const module = new TerraformModule('/m');
    const document = new TerraformDocument('/m/main.tf', TEXT, parser);
    module.documents.set('/m/main.tf', document);
    // The module's own cache, as completion and the code lens read it.
    const analyses = () => {
      const service = module.serviceDocument('/m/main.tf', [])!;
      return Object.fromEntries(mappingsOf(service.model, service.module, { text: service.text, ...(service.cache ? { cache: service.cache } : {}) }).map((m) => [m.analysis.mapping.name, m.analysis]));
    };
    assert.deepEqual(module.analyze('/m/main.tf').map((p) => p.code), []);
    const first = analyses();
    const index0 = module.index();

    // The unread local: a new index, the same analyses.
    let edit = change(TEXT, 'unread', '"a"', '"b"');
    document.update([edit.change]);
    const indexBefore = module.index();
    assert.notEqual(indexBefore, index0, 'a declaration changed: the index is a new one');
    assert.deepEqual(module.analyze('/m/main.tf').map((p) => p.code), []);
    const second = analyses();
    assert.equal(second.reads_local, first.reads_local);
    assert.equal(second.reads_queue, first.reads_queue);

    // The queue one mapping reads: that one is checked again, the other kept.
    edit = change(edit.text, 'visibility_timeout_seconds', '60', '61');
    document.update([edit.change]);
    assert.notEqual(module.index(), indexBefore);
    module.analyze('/m/main.tf');
    const third = analyses();
    assert.equal(third.reads_local, second.reads_local);
    assert.notEqual(third.reads_queue, second.reads_queue);

    // The local one mapping reads: its finding follows the value.
    edit = change(edit.text, 'batch =', '10', '50');
    document.update([edit.change]);
    assert.deepEqual(module.analyze('/m/main.tf').map((p) => p.code), ['sqs-batch-window']);
    const fourth = analyses();
    assert.notEqual(fourth.reads_local, third.reads_local);
    assert.equal(fourth.reads_queue, third.reads_queue);
    document.dispose();
  });
});
