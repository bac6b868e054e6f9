// The filter playground's requests over LSP, run twice: with the server's sources in this process and
// with the bundle over stdio. `lambdaEsm/playgroundSource` is a table of files with a cursor at `¦` and the
// mapping, source and pattern texts the answer must hold, in each syntax; `lambdaEsm/testFilters` is a
// table of filter texts and records with the outcome per record. The loops check what holds for every
// answer: each filter's problems lie inside its text, every record gets a result, a filtered-out record
// says why.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  PLAYGROUND_SOURCE_REQUEST,
  TEST_FILTERS_REQUEST,
  type PlaygroundRecordSource,
  type PlaygroundSourceResult,
  type TestFiltersResult,
} from '../../protocol/playground';
import { OPEN_PLAYGROUND_COMMAND, SHOW_SAMPLE_RESULTS_COMMAND } from '../../protocol/commands';
import { startInProcess } from '../support/inProcessServer';
import { LspClient, type StartOptions } from '../support/lspClient';
import { CURSOR } from '../support/serviceDocument';

const SQS_ARN = 'arn:aws:sqs:us-east-1:123456789012:orders';
const KINESIS_ARN = 'arn:aws:kinesis:us-east-1:123456789012:stream/clicks';

interface SourceCase {
  readonly name: string;
  readonly file: string;
  readonly text: string;
  /** The expected answer, samples left out (checked by the loop). */
  readonly expected: Omit<PlaygroundSourceResult, 'samples'>;
}

const SOURCES: readonly SourceCase[] = [
  {
    name: 'an HCL jsonencode pattern, cursor in the second filter',
    file: 'main.tf',
    text: `resource "aws_lambda_event_source_mapping" "orders" {\n  event_source_arn = "${SQS_ARN}"\n  function_name    = "process-orders"\n  filter_criteria {\n    filter {\n      pattern = jsonencode({ body = { status = ["PAID"] } })\n    }\n    filter {\n      pattern = "{\\"body\\": {\\"total\\": [{\\"numeric\\": [\\">\\", 100]}]}}"${CURSOR}\n    }\n  }\n}\n`,
    expected: {
      mapping: 'orders',
      kinds: ['sqs'],
      source: 'sqs',
      filters: [
        { text: '{"body":{"status":["PAID"]}}', origin: 'literal' },
        { text: '{"body": {"total": [{"numeric": [">", 100]}]}}', origin: 'literal' },
      ],
      focus: 1,
    },
  },
  {
    name: 'a Terraform JSON string pattern on a Kinesis stream, cursor on the mapping',
    file: 'main.tf.json',
    text: `{"resource": {"aws_lambda_event_source_mapping": {"clicks": {${CURSOR}\n  "event_source_arn": "${KINESIS_ARN}",\n  "function_name": "f",\n  "starting_position": "LATEST",\n  "filter_criteria": {"filter": [{"pattern": "{\\"data\\": {\\"page\\": [\\"home\\"]}}"}]}\n}}}}\n`,
    expected: { mapping: 'clicks', kinds: ['kinesis'], source: 'kinesis', filters: [{ text: '{"data": {"page": ["home"]}}', origin: 'literal' }] },
  },
  {
    name: 'a pattern from a local and one from a variable without a default',
    file: 'main.tf',
    text: `locals {\n  paid = jsonencode({ body = { status = ["PAID"] } })\n}\nvariable "other" {}\nresource "aws_lambda_event_source_mapping" "orders" {\n  event_source_arn = "${SQS_ARN}"\n  function_name    = "process-orders"\n  filter_criteria {\n    filter {\n      pattern = local.paid\n    }\n    filter {\n      pattern = var.other${CURSOR}\n    }\n  }\n}\n`,
    expected: {
      mapping: 'orders',
      kinds: ['sqs'],
      source: 'sqs',
      filters: [{ text: '{"body":{"status":["PAID"]}}', origin: 'reference' }, { origin: 'unknown' }],
      focus: 1,
    },
  },
  {
    name: 'a place outside any mapping: a blank playground',
    file: 'main.tf',
    text: `${CURSOR}resource "aws_sqs_queue" "orders" {\n  name = "orders"\n}\n`,
    expected: { kinds: [], filters: [] },
  },
];

interface FilterCase {
  readonly name: string;
  readonly source: PlaygroundRecordSource;
  readonly filters: readonly string[];
  readonly records: readonly unknown[];
  /** Per filter: whether the engine accepts it, and a piece of its first problem's text. */
  readonly checks: readonly { readonly usable: boolean; readonly problem?: string; readonly at?: string }[];
  /** Per record: the filters that let it through. */
  readonly matchedBy: readonly (readonly number[])[];
  /** Per record: a piece of the first explanation's reason. */
  readonly reasons?: readonly (RegExp | undefined)[];
}

const sqs = (body: string) => ({ messageId: 'm-1', receiptHandle: 'r', body, eventSource: 'aws:sqs' });
const kinesis = (data: object | string) => ({
  eventSource: 'aws:kinesis',
  kinesis: { partitionKey: 'p', data: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)).toString('base64') },
});

const FILTERS: readonly FilterCase[] = [
  {
    name: 'two filters ORed over SQS bodies, one not JSON',
    source: 'sqs',
    filters: ['{"body": {"status": ["PAID"]}}', '{"body": {"total": [{"numeric": [">", 100]}]}}'],
    records: [sqs('{"status": "PAID", "total": 5}'), sqs('{"status": "NEW", "total": 500}'), sqs('{"status": "paid"}'), sqs('Order shipped')],
    checks: [{ usable: true }, { usable: true }],
    matchedBy: [[0], [1], [], []],
    reasons: [undefined, undefined, /PAID|case/i, /not JSON/],
  },
  {
    name: 'a broken filter is reported on its token and lets nothing through; the other still works',
    source: 'sqs',
    filters: ['{"body": {"status": ["PAID"],}}', '{"body": {"status": "PAID"}}', '{"body": {"status": ["PAID"]}}'],
    records: [sqs('{"status": "PAID"}')],
    checks: [{ usable: false, at: '}' }, { usable: false, problem: 'array', at: '"PAID"' }, { usable: true }],
    matchedBy: [[2]],
  },
  {
    name: 'Kinesis data is base64-decoded before matching',
    source: 'kinesis',
    filters: ['{"data": {"page": ["home"]}}'],
    records: [kinesis({ page: 'home' }), kinesis({ page: 'cart' }), kinesis('not json')],
    checks: [{ usable: true }],
    matchedBy: [[0], [], []],
    reasons: [undefined, /cart|home/, /not JSON|JSON/],
  },
  {
    name: 'records that are not objects, and an unknown source, are answered, not thrown on',
    source: 'nonsense' as PlaygroundRecordSource,
    filters: ['{"a": ["b"]}', ''],
    records: [null, 'text', 42, [1, 2], { a: 'b' }],
    checks: [{ usable: true }, { usable: false, problem: 'not an object' }],
    matchedBy: [[], [], [], [], [0]],
  },
];

let documents = 0;
const uriOf = (file: string) => `file:///virtual/playground/${++documents}/${file}`;

function withCursor(text: string): { text: string; position: { line: number; character: number } } {
  const offset = text.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the case has a cursor');
  const before = text.slice(0, offset).split('\n');
  return { text: text.slice(0, offset) + text.slice(offset + CURSOR.length), position: { line: before.length - 1, character: before.at(-1)!.length } };
}

const TRANSPORTS: readonly [string, (options: StartOptions) => Promise<LspClient>][] = [
  ['in process', (options) => startInProcess(options)],
  ['bundle over stdio', (options) => LspClient.start(options)],
];

for (const [transport, start] of TRANSPORTS) {
  describe(`filter playground requests (${transport})`, () => {
    let client: LspClient;
    before(async () => {
      client = await start({ settings: { debounceMs: 60_000 } });
    });
    after(async () => {
      assert.equal(await client.stop(), 0);
    });

    for (const c of SOURCES) {
      it(`source: ${c.name}`, async () => {
        const { text, position } = withCursor(c.text);
        const uri = uriOf(c.file);
        client.open(uri, text);
        const answer = await client.request<PlaygroundSourceResult>(PLAYGROUND_SOURCE_REQUEST, { uri, position });
        const { samples, ...rest } = answer;
        assert.deepEqual(rest, c.expected);
        const sources = new Set(samples.map((s) => s.source));
        for (const source of ['sqs', 'kinesis', 'dynamodb', 'mq', 'kafka']) assert.ok(sources.has(source as PlaygroundRecordSource), `built-in samples of ${source}`);
        assert.ok(samples.every((s) => s.origin === 'built-in' && s.name && typeof s.record === 'object'));
        if (c.expected.mapping) {
          // A refresh finds the mapping by its name wherever the cursor is.
          const again = await client.request<PlaygroundSourceResult>(PLAYGROUND_SOURCE_REQUEST, { uri, position: { line: 0, character: 0 }, mapping: c.expected.mapping });
          assert.deepEqual(again.filters, c.expected.filters);
        }
        client.close(uri);
      });
    }

    it('source: a file the server does not hold gives a blank playground', async () => {
      const answer = await client.request<PlaygroundSourceResult>(PLAYGROUND_SOURCE_REQUEST, { uri: 'file:///virtual/playground/absent.tf', position: { line: 0, character: 0 } });
      assert.deepEqual([answer.mapping, answer.filters, answer.kinds], [undefined, [], []]);
      assert.ok(answer.samples.length > 0);
    });

    for (const c of FILTERS) {
      it(`test filters: ${c.name}`, async () => {
        const answer = await client.request<TestFiltersResult>(TEST_FILTERS_REQUEST, { source: c.source, filters: c.filters, records: c.records });
        assert.equal(answer.filters.length, c.filters.length);
        answer.filters.forEach((check, i) => {
          const want = c.checks[i]!;
          assert.equal(check.usable, want.usable, `filter ${i} usable`);
          if (!check.usable) assert.ok(check.problems.some((p) => p.severity === 'error'), `filter ${i} says why it is rejected`);
          for (const p of check.problems) assert.ok(p.start >= 0 && p.start <= p.end && p.end <= c.filters[i]!.length, `filter ${i}: ${p.message} lies in its text`);
          if (want.problem) assert.match(check.problems[0]!.message, new RegExp(want.problem, 'i'));
          if (want.at) assert.equal(c.filters[i]!.slice(check.problems[0]!.start, check.problems[0]!.end), want.at, `filter ${i}: the problem is on its token`);
        });
        assert.deepEqual(
          answer.records.map((r) => r.matchedBy),
          c.matchedBy,
        );
        answer.records.forEach((r, i) => {
          assert.equal(r.matched, r.matchedBy.length > 0);
          if (!r.matched && answer.filters.some((f) => f.usable)) assert.ok(r.explanations.some((e) => e.reason), `record ${i} says why it is filtered out`);
          const reason = c.reasons?.[i];
          if (reason) assert.match(r.explanations[0]?.reason ?? '', reason);
        });
      });
    }

    it('test filters: the records asked for come as Lambda filters them, payload decoded', async () => {
      const records = [kinesis({ page: 'home' }), kinesis({ page: 'cart' })];
      const answer = await client.request<TestFiltersResult>(TEST_FILTERS_REQUEST, { source: 'kinesis', filters: ['{"data": {"page": ["x"]}}'], records, decode: [1] });
      assert.deepEqual((answer.records[1]!.decoded as { data: unknown }).data, { page: 'cart' });
      assert.deepEqual(answer.records.map((r) => r.payload), ['json', 'json']);
      assert.ok(!('decoded' in answer.records[0]!), 'only the records asked for come decoded');
    });

    it('code lens: "Open in playground" beside each count, opening on its filter', async () => {
      const { text } = withCursor(SOURCES[0]!.text);
      const uri = uriOf('main.tf');
      client.open(uri, text);
      type Lens = { range: { start: { line: number; character: number } }; command: { title: string; command: string; arguments: unknown[] } };
      const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
      const counts = lenses.filter((l) => l.command.command === SHOW_SAMPLE_RESULTS_COMMAND);
      const opens = lenses.filter((l) => l.command.command === OPEN_PLAYGROUND_COMMAND);
      assert.equal(counts.length, 3, 'two filters and the criteria');
      assert.deepEqual(
        opens.map((l) => [l.command.title, l.range.start, l.command.arguments]),
        counts.map((l) => ['Open in playground', l.range.start, [{ uri, position: l.range.start }]]),
      );
      // The lens's argument opens the playground on its own filter.
      const second = await client.request<PlaygroundSourceResult>(PLAYGROUND_SOURCE_REQUEST, opens[1]!.command.arguments[0]);
      assert.equal(second.focus, 1);
      client.close(uri);
    });

    it('test filters: parameters that are not the protocol give an empty answer, not an error', async () => {
      const answer = await client.request<TestFiltersResult>(TEST_FILTERS_REQUEST, { source: 3, filters: 'x', records: {} });
      assert.deepEqual(answer, { filters: [], records: [] });
    });
  });
}
