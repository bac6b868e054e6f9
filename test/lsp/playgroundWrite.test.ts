// The playground's requests that change something or read what the user brings, over LSP with the
// server's sources in this process: `lambdaEsm/applyFilter` (the edits, applied here to the text, must
// give a file whose filter reads back as exactly the new pattern, in the form the file had), its refusals
// (a pattern from a local, text that is not JSON, a file changed since the playground read it), the
// records in pasted AWS CLI output (`lambdaEsm/importRecords`), and records kept by the server between
// keystrokes (`recordsKey`).

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  APPLY_FILTER_REQUEST,
  IMPORT_RECORDS_REQUEST,
  PLAYGROUND_SOURCE_REQUEST,
  TEST_FILTERS_REQUEST,
  type ApplyFilterResult,
  type ImportRecordsResult,
  type PlaygroundSourceResult,
  type TestFiltersResult,
} from '../../protocol/playground';
import { startInProcess } from '../support/inProcessServer';
import type { LspClient } from '../support/lspClient';

const SQS_ARN = 'arn:aws:sqs:us-east-1:123456789012:orders';

const HCL = `resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = "${SQS_ARN}"
  function_name    = "process-orders"
  filter_criteria {
    filter {
      pattern = jsonencode({
        body = { status = ["PAID"] }
      })
    }
    filter {
      pattern = "{\\"body\\": {\\"total\\": [{\\"numeric\\": [\\">\\", 100]}]}}"
    }
  }
}
`;

const TF_JSON = `{
  "resource": {
    "aws_lambda_event_source_mapping": {
      "orders": {
        "event_source_arn": "${SQS_ARN}",
        "function_name": "process-orders",
        "filter_criteria": { "filter": [{ "pattern": "{\\"body\\": {\\"status\\": [\\"PAID\\"]}}" }] }
      }
    }
  }
}
`;

const CDKTF = `import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { LambdaEventSourceMapping } from '@cdktf/provider-aws/lib/lambda-event-source-mapping';

export class Orders extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LambdaEventSourceMapping(this, 'orders', {
      eventSourceArn: '${SQS_ARN}',
      functionName: 'process-orders',
      filterCriteria: { filter: [{ pattern: JSON.stringify({ body: { status: ['PAID'] } }) }] },
    });
  }
}
`;

const LOCAL = `locals {
  paid = jsonencode({ body = { status = ["PAID"] } })
}
resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = "${SQS_ARN}"
  function_name    = "process-orders"
  filter_criteria {
    filter {
      pattern = local.paid
    }
  }
}
`;

interface ApplyCase {
  readonly name: string;
  readonly file: string;
  readonly text: string;
  readonly filter: number;
  readonly pattern: string;
  /** What the written text must still look like: the pattern's form in the file. */
  readonly form: RegExp;
}

const APPLIES: readonly ApplyCase[] = [
  { name: 'an HCL jsonencode object stays an HCL object', file: 'main.tf', text: HCL, filter: 0, pattern: '{"body": {"status": ["PAID", "SHIPPED"], "total": [{"numeric": [">=", 10]}]}}', form: /pattern = jsonencode\(\{\n {8}body = \{/ },
  { name: 'an HCL JSON string stays a string with its escapes', file: 'main.tf', text: HCL, filter: 1, pattern: '{"body": {"total": [{"numeric": [">", 250]}]}}', form: /pattern = "\{\\"body\\": \{\\"total\\": \[\{\\"numeric\\": \[\\">\\", 250\]\}\]\}\}"/ },
  { name: 'a Terraform JSON string stays a string', file: 'main.tf.json', text: TF_JSON, filter: 0, pattern: '{"body": {"status": ["REFUNDED"]}}', form: /"pattern": "\{\\"body\\": \{\\"status\\": \[\\"REFUNDED\\"\]\}\}"/ },
  { name: 'a TypeScript object literal stays one', file: 'stack.ts', text: CDKTF, filter: 0, pattern: '{"body": {"status": ["PAID"], "region": [{"prefix": "eu-"}]}}', form: /JSON\.stringify\(\{ body: \{ status: \['PAID'\], region: \[\{ prefix: 'eu-' \}\] \} \}\)/ },
];

let documents = 0;
const uriOf = (file: string) => `file:///virtual/playground-write/${++documents}/${file}`;

/** The text with LSP edits applied (from the last, so earlier positions stay valid). */
function applied(text: string, result: ApplyFilterResult): string {
  assert.equal(result.kind, 'edits', JSON.stringify(result));
  if (result.kind !== 'edits') return text;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => starts[p.line]! + p.character;
  const edits = [...result.edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  return edits.reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('filter playground: apply to source, import, records kept', () => {
  let client: LspClient;
  before(async () => {
    client = await startInProcess({ settings: { debounceMs: 60_000 } });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  async function sourceOf(uri: string): Promise<PlaygroundSourceResult> {
    return client.request<PlaygroundSourceResult>(PLAYGROUND_SOURCE_REQUEST, { uri, position: { line: 0, character: 0 }, mapping: 'orders' });
  }

  for (const c of APPLIES) {
    it(`apply: ${c.name}`, async () => {
      const uri = uriOf(c.file);
      client.open(uri, c.text);
      const before = await sourceOf(uri);
      assert.equal(before.mapping, 'orders');
      const base = before.filters[c.filter]!.text;
      const result = await client.request<ApplyFilterResult>(APPLY_FILTER_REQUEST, { uri, mapping: 'orders', filter: c.filter, base, text: c.pattern });
      const after = applied(c.text, result);
      assert.match(after, c.form);
      client.change(uri, [{ text: after }]);
      const reread = await sourceOf(uri);
      assert.deepEqual(JSON.parse(reread.filters[c.filter]!.text!), JSON.parse(c.pattern), 'the filter reads back as the new pattern');
      reread.filters.forEach((f, i) => i !== c.filter && assert.equal(f.text, before.filters[i]!.text, `filter ${i + 1} is untouched`));
      // Only the pattern's value changed: the text around the edit is the old text.
      const edit = (result as Extract<ApplyFilterResult, { kind: 'edits' }>).edits[0]!;
      const lines = c.text.split('\n');
      assert.equal(after.split('\n').slice(0, edit.range.start.line).join('\n'), lines.slice(0, edit.range.start.line).join('\n'));
      client.close(uri);
    });
  }

  it('apply: a file changed since the playground read it is not written over', async () => {
    const uri = uriOf('main.tf');
    client.open(uri, HCL);
    const result = await client.request<ApplyFilterResult>(APPLY_FILTER_REQUEST, { uri, mapping: 'orders', filter: 0, base: '{"body":{"status":["NEW"]}}', text: '{"a": ["b"]}' });
    assert.deepEqual(result, { kind: 'stale', reason: 'Filter 1 was changed in the file since the playground read it.' });
    const gone = await client.request<ApplyFilterResult>(APPLY_FILTER_REQUEST, { uri, mapping: 'invoices', filter: 0, text: '{"a": ["b"]}' });
    assert.equal(gone.kind, 'stale');
    const noFilter = await client.request<ApplyFilterResult>(APPLY_FILTER_REQUEST, { uri, mapping: 'orders', filter: 5, text: '{"a": ["b"]}' });
    assert.equal(noFilter.kind, 'stale');
    client.close(uri);
  });

  it('apply: a pattern from a local is refused, with the pattern written as HCL to copy', async () => {
    const uri = uriOf('main.tf');
    client.open(uri, LOCAL);
    const result = await client.request<ApplyFilterResult>(APPLY_FILTER_REQUEST, { uri, mapping: 'orders', filter: 0, text: '{"body": {"status": ["SHIPPED"]}}' });
    assert.equal(result.kind, 'refused');
    assert.match((result as { reason: string }).reason, /local|variable/i);
    assert.match((result as { copyText?: string }).copyText ?? '', /^jsonencode\(\{[\s\S]*SHIPPED/);
    client.close(uri);
  });

  it('apply: text that is not JSON is refused with the reason', async () => {
    const uri = uriOf('main.tf');
    client.open(uri, HCL);
    const result = await client.request<ApplyFilterResult>(APPLY_FILTER_REQUEST, { uri, mapping: 'orders', filter: 0, text: '{"body": {"status": ["PAID",]}}' });
    assert.equal(result.kind, 'refused');
    assert.match((result as { reason: string }).reason, /not valid JSON: Unexpected character/);
    const junk = await client.request<ApplyFilterResult>(APPLY_FILTER_REQUEST, { uri: 7, mapping: null, filter: 'x', text: {} });
    assert.equal(junk.kind, 'stale');
    client.close(uri);
  });

  it('import: what `aws sqs receive-message` prints becomes SQS records; junk is a problem, not an error', async () => {
    const printed = JSON.stringify({ Messages: [{ MessageId: 'ord-1', ReceiptHandle: 'r', MD5OfBody: 'x', Body: '{"status": "PAID"}', Attributes: { SentTimestamp: '1700000000000' } }] });
    const result = await client.request<ImportRecordsResult>(IMPORT_RECORDS_REQUEST, { text: printed, source: 'sqs' });
    assert.deepEqual(result.records.map((r) => [r.name, r.source, (r.record as { body: string }).body]), [['ord-1', 'sqs', '{"status": "PAID"}']]);
    const junk = await client.request<ImportRecordsResult>(IMPORT_RECORDS_REQUEST, { text: 'Order ord-1043 shipped', source: 'sqs' });
    assert.deepEqual(junk.records, []);
    assert.match(junk.problems[0]!.message, /not valid JSON: line 1, column 1/);
  });

  it('records kept: a keystroke sends only the filters; records the server does not hold are asked for again', async () => {
    const records = [{ messageId: 'a', body: '{"status": "PAID"}' }, { messageId: 'b', body: '{"status": "NEW"}' }];
    const first = await client.request<TestFiltersResult>(TEST_FILTERS_REQUEST, { source: 'sqs', filters: ['{"body": {"status": ["PAID"]}}'], records, recordsKey: 'page-1:1' });
    const second = await client.request<TestFiltersResult>(TEST_FILTERS_REQUEST, { source: 'sqs', filters: ['{"body": {"status": ["NEW"]}}'], recordsKey: 'page-1:1' });
    assert.deepEqual([first.records.map((r) => r.matched), second.records.map((r) => r.matched)], [[true, false], [false, true]]);
    const missing = await client.request<TestFiltersResult>(TEST_FILTERS_REQUEST, { source: 'sqs', filters: ['{"body": {"status": ["NEW"]}}'], recordsKey: 'page-1:2' });
    assert.deepEqual(missing, { filters: [], records: [], missingRecords: true });
  });
});
