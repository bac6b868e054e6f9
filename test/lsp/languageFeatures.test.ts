// Completion, hover and document symbols over LSP, run twice: with the server's sources in this process
// (in-memory streams) and with the bundle over stdio, through the same client API. The cases are a table
// (a text with the cursor at `¦`, and what the answer holds); the checks that apply to every answer (an
// item's edit covers the cursor, a hover's range holds it) are the loops.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CompletionItemKind, InsertTextFormat, MarkupKind, SymbolKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver-protocol';
import { startInProcess } from '../support/inProcessServer';
import { LspClient, type StartOptions } from '../support/lspClient';
import { CURSOR } from '../support/serviceDocument';

const KINESIS_ARN = 'arn:aws:kinesis:us-east-1:123456789012:stream/clicks';
const DYNAMODB_ARN = 'arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000';
const SQS_ARN = 'arn:aws:sqs:us-east-1:123456789012:orders';

const STARTING_POSITIONS = ['LATEST', 'TRIM_HORIZON', 'AT_TIMESTAMP'];

const stack = (config: string) => `import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { LambdaEventSourceMapping } from '@cdktf/provider-aws/lib/lambda-event-source-mapping';

export class ClicksStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LambdaEventSourceMapping(this, 'clicks', {
${config}
    });
  }
}
`;

interface CompletionCase {
  readonly name: string;
  /** The file name, which decides the syntax. */
  readonly file: string;
  readonly text: string;
  /** Labels the list must hold. */
  readonly includes: readonly string[];
  /** For one item of the list: what it must be. */
  readonly item?: { readonly label: string; readonly kind?: CompletionItemKind; readonly snippet?: boolean };
}

const COMPLETIONS: readonly CompletionCase[] = [
  {
    name: 'the starting positions of a Kinesis stream, in an opened string (HCL)',
    file: 'main.tf',
    text: `resource "aws_lambda_event_source_mapping" "clicks" {\n  event_source_arn  = "${KINESIS_ARN}"\n  function_name     = "process-clicks"\n  starting_position = "${CURSOR}\n}\n`,
    includes: STARTING_POSITIONS,
    item: { label: 'LATEST', kind: CompletionItemKind.EnumMember },
  },
  {
    name: 'the starting positions of a Kinesis stream (Terraform JSON)',
    file: 'main.tf.json',
    text: `{\n  "resource": {\n    "aws_lambda_event_source_mapping": {\n      "clicks": {\n        "event_source_arn": "${KINESIS_ARN}",\n        "function_name": "process-clicks",\n        "starting_position": "${CURSOR}"\n      }\n    }\n  }\n}\n`,
    includes: STARTING_POSITIONS,
  },
  {
    name: 'the starting positions of a Kinesis stream (CDKTF)',
    file: 'stack.ts',
    text: stack(`      eventSourceArn: '${KINESIS_ARN}',\n      functionName: 'process-clicks',\n      startingPosition: '${CURSOR}',`),
    includes: STARTING_POSITIONS,
  },
  {
    name: 'the arguments a DynamoDB stream needs, as snippets (HCL)',
    file: 'main.tf',
    text: `resource "aws_lambda_event_source_mapping" "orders" {\n  event_source_arn = "${DYNAMODB_ARN}"\n  function_name    = "process-orders"\n  ${CURSOR}\n}\n`,
    includes: ['starting_position', 'batch_size'],
    item: { label: 'starting_position', kind: CompletionItemKind.Property, snippet: true },
  },
];

interface HoverCase {
  readonly name: string;
  readonly file: string;
  readonly text: string;
  readonly contents: RegExp;
}

const HOVERS: readonly HoverCase[] = [
  {
    name: 'batch_size says its range',
    file: 'main.tf',
    text: `resource "aws_lambda_event_source_mapping" "orders" {\n  event_source_arn = "${SQS_ARN}"\n  function_name    = "process-orders"\n  batch_${CURSOR}size       = 20\n  maximum_batching_window_in_seconds = 1\n}\n`,
    // 1 to 10,000, however the range is written.
    contents: /\b1\D{1,4}10,?000\b/,
  },
  {
    name: 'startingPosition in a stack gets the docs of its argument, named as the stack writes it',
    file: 'stack.ts',
    text: stack(`      eventSourceArn: '${KINESIS_ARN}',\n      functionName: 'process-clicks',\n      starting${CURSOR}Position: 'LATEST',`),
    contents: /`startingPosition`[\s\S]*TRIM_HORIZON/,
  },
];

const TWO_MAPPINGS = `resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = "${SQS_ARN}"
  function_name    = "process-orders"
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_lambda_event_source_mapping" "clicks" {
  event_source_arn  = "${KINESIS_ARN}"
  function_name     = "process-clicks"
  starting_position = "LATEST"
}
`;

/** The text without the marker, and the marker's position. */
function withCursor(text: string): { text: string; position: Position } {
  const offset = text.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the case has a cursor');
  const before = text.slice(0, offset).split('\n');
  return { text: text.slice(0, offset) + text.slice(offset + CURSOR.length), position: { line: before.length - 1, character: before.at(-1)!.length } };
}

function contains(range: Range, p: Position): boolean {
  const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(range.start, p) && le(p, range.end);
}

let documents = 0;
const uriOf = (file: string) => `file:///virtual/language-features/${++documents}/${file}`;

const TRANSPORTS: readonly [string, (options: StartOptions) => Promise<LspClient>][] = [
  ['in process', (options) => startInProcess(options)],
  ['bundle over stdio', (options) => LspClient.start(options)],
];

for (const [transport, start] of TRANSPORTS) {
  describe(`completion, hover and symbols (${transport})`, () => {
    let client: LspClient;
    before(async () => {
      // A debounce no test waits for: completion and hover must not wait for the diagnostics.
      client = await start({ settings: { debounceMs: 60_000 } });
    });
    after(async () => {
      assert.equal(await client.stop(), 0);
    });

    it('declares completion with its trigger characters, hover and symbols', () => {
      const capabilities = client.initializeResult!.capabilities;
      assert.deepEqual(capabilities.completionProvider?.triggerCharacters, ['"', "'", '.', ':', '[', '{']);
      assert.equal(capabilities.hoverProvider, true);
      assert.ok(capabilities.documentSymbolProvider);
    });

    for (const c of COMPLETIONS) {
      it(`completion: ${c.name}`, async () => {
        const { text, position } = withCursor(c.text);
        const uri = uriOf(c.file);
        client.open(uri, text);
        const list = await client.completion(uri, position);
        const items: CompletionItem[] = list?.items ?? [];
        const labels = items.map((i) => i.label);
        for (const label of c.includes) assert.ok(labels.includes(label), `${label} in ${JSON.stringify(labels)}`);
        for (const item of items) {
          assert.ok(item.textEdit && 'range' in item.textEdit, `${item.label} replaces a range`);
          assert.ok(contains(item.textEdit.range, position), `${item.label}'s edit ${JSON.stringify(item.textEdit.range)} covers the cursor`);
        }
        if (c.item) {
          const item = items.find((i) => i.label === c.item!.label)!;
          if (c.item.kind !== undefined) assert.equal(item.kind, c.item.kind);
          if (c.item.snippet !== undefined) assert.equal(item.insertTextFormat, c.item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
        }
        client.close(uri);
      });
    }

    for (const c of HOVERS) {
      it(`hover: ${c.name}`, async () => {
        const { text, position } = withCursor(c.text);
        const uri = uriOf(c.file);
        client.open(uri, text);
        const hover = await client.hover(uri, position);
        assert.ok(hover, 'a hover');
        const contents = hover.contents as { kind: string; value: string };
        assert.equal(contents.kind, MarkupKind.Markdown);
        assert.match(contents.value, c.contents);
        assert.ok(hover.range && contains(hover.range, position), `the hover's range ${JSON.stringify(hover.range)} holds the cursor`);
        client.close(uri);
      });
    }

    it('completion sees the keystroke just sent, before the debounced diagnostics', async () => {
      const uri = uriOf('main.tf');
      client.open(uri, `resource "aws_lambda_event_source_mapping" "clicks" {\n  event_source_arn = "${KINESIS_ARN}"\n  function_name    = "process-clicks"\n}\n`);
      await client.diagnostics(uri);
      client.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '  starting_position = "\n' }]);
      const list = await client.completion(uri, { line: 3, character: 23 }, 2_000);
      const labels = (list?.items ?? []).map((i) => i.label);
      for (const label of STARTING_POSITIONS) assert.ok(labels.includes(label), `${label} in ${JSON.stringify(labels)}`);
      client.close(uri);
    });

    it('lists each mapping in the Outline with its source kind', async () => {
      const uri = uriOf('main.tf');
      client.open(uri, TWO_MAPPINGS);
      const symbols = (await client.documentSymbols(uri)) ?? [];
      assert.deepEqual(
        symbols.map((s) => [s.name, s.kind, s.selectionRange.start.line, s.range.start.line, s.range.end.line]),
        [
          ['aws_lambda_event_source_mapping.orders', SymbolKind.Struct, 0, 0, 3],
          ['aws_lambda_event_source_mapping.clicks', SymbolKind.Struct, 9, 9, 13],
        ],
      );
      assert.match(symbols[0]!.detail ?? '', /SQS/);
      assert.match(symbols[1]!.detail ?? '', /Kinesis/);
      // The selection is the mapping's name label.
      assert.deepEqual(symbols[1]!.selectionRange, { start: { line: 9, character: 43 }, end: { line: 9, character: 51 } });
      client.close(uri);
    });

    it('answers at every position of the cases without an error', { timeout: 60_000 }, async () => {
      for (const c of [...COMPLETIONS, ...HOVERS]) {
        const { text } = withCursor(c.text);
        const uri = uriOf(c.file);
        client.open(uri, text);
        const lines = text.split('\n');
        const requests: Promise<unknown>[] = [];
        for (let line = 0; line < lines.length; line++) {
          for (let character = 0; character <= lines[line]!.length; character++) {
            requests.push(client.completion(uri, { line, character }), client.hover(uri, { line, character }));
          }
        }
        await Promise.all(requests);
        client.close(uri);
      }
      assert.deepEqual(client.logs.filter((m) => m.includes('failed')), []);
    });

    it('answers nothing, and never an error, where there is nothing to say', async () => {
      const texts = ['', 'resource "aws_lambda_event_source_mapping" "x" {\n  batch_size = [{{"\n', '}}}{{{"""\n\u0000', `locals {\n  a = 1\n}\n`];
      for (const text of texts) {
        const uri = uriOf('broken.tf');
        client.open(uri, text);
        for (const position of [{ line: 0, character: 0 }, { line: 1, character: 16 }, { line: 999, character: 999 }]) {
          const list = await client.completion(uri, position);
          assert.ok(list === null || Array.isArray(list.items));
          await client.hover(uri, position);
        }
        assert.ok(Array.isArray(await client.documentSymbols(uri)));
        client.close(uri);
      }
      // A file the server does not hold.
      assert.equal(await client.completion('file:///virtual/language-features/never-opened.tf', { line: 0, character: 0 }), null);
      assert.equal(await client.hover('file:///virtual/language-features/never-opened.tf', { line: 0, character: 0 }), null);
      assert.ok(!client.logs.some((m) => m.includes('failed')), client.logs.join('\n'));
    });
  });
}
