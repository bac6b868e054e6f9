// The CDK for Terraform front end: each stack in test/fixtures/cdktf/ is extracted and rendered as text,
// with the source text under every range, and compared with the `.model` file beside it. Setting
// LAMBDA_ESM_UPDATE_SNAPSHOTS=1 writes the `.model` files instead (review the diff before committing).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as ts from 'typescript';
import { createTsSourceFile, parseErrorsOf } from '../../server/src/core/extract/cdktf/cdktfParse';
import { extractCdktf, parseCdktf } from '../../server/src/core/extract/cdktf/extractCdktf';
import { startOf } from '../../server/src/core/extract/cdktf/readContext';
import type { FileModel } from '../../server/src/core/model/fileModel';
import type { Block } from '../../server/src/core/model/mapping';
import type { SourceRange } from '../../server/src/core/model/sourceRange';
import type { Value } from '../../server/src/core/model/value';
import { FIXTURES } from '../support/paths';

const DIR = path.join(FIXTURES, 'cdktf');

/** The model as text: every block, argument and value, each with the source text its range covers. */
function renderModel(model: FileModel, text: string): string {
  const lines: string[] = [];
  model.blocks.forEach((block, i) => {
    const at = (r: SourceRange): string => {
      const s = text.slice(model.offsets[i]! + r.start, model.offsets[i]! + r.end).replace(/\s+/g, ' ');
      return `«${s.length > 60 ? s.slice(0, 57) + '...' : s}»`;
    };
    const value = (v: Value): string => {
      switch (v.kind) {
        case 'string':
          return `${JSON.stringify(v.value)} ${at(v.range)}`;
        case 'number':
        case 'bool':
          return `${v.value} ${at(v.range)}`;
        case 'null':
          return `null ${at(v.range)}`;
        case 'list':
          return `[${v.items.map(value).join(', ')}${v.open ? (v.items.length ? ', …' : '…') : ''}] ${at(v.range)}`;
        case 'object':
          return `{${v.entries.map((e) => `${e.key} ${at(e.keyRange)}: ${value(e.value)}`).join(', ')}${v.open ? (v.entries.length ? ', …' : '…') : ''}} ${at(v.range)}`;
        case 'jsonencode':
          return `jsonencode(${value(v.inner)}) ${at(v.range)}`;
        case 'reference':
          return `ref ${v.path.join('.')}${v.resolved ? ` = ${value(v.resolved)}` : ''} ${at(v.range)}`;
        case 'unknown':
          return `unknown ${at(v.range)}`;
      }
    };
    const body = (b: Block, indent: string): void => {
      for (const attr of b.attributes.values()) lines.push(`${indent}${attr.name} ${at(attr.nameRange)} = ${value(attr.value)}`);
      for (const child of b.blocks) {
        lines.push(`${indent}${child.dynamic ? 'dynamic ' : ''}${child.type} ${at(child.typeRange)}${child.open ? ' (open)' : ''}`);
        body(child, indent + '  ');
      }
    };
    lines.push(`${block.keyword} ${block.labels.join('.')} ${block.labelRanges.map(at).join(' ')} @${model.offsets[i]}${block.body.open ? ' (open)' : ''}`);
    body(block.body, '  ');
  });
  return lines.join('\n') + '\n';
}

describe('CDKTF extraction', () => {
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.ts')).sort()) {
    it(`${file} matches ${file.replace(/\.ts$/, '.model')}`, () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const actual = renderModel(extractCdktf(text, file), text);
      const expectedFile = path.join(DIR, file.replace(/\.ts$/, '.model'));
      if (process.env.LAMBDA_ESM_UPDATE_SNAPSHOTS === '1') fs.writeFileSync(expectedFile, actual);
      assert.ok(fs.existsSync(expectedFile), `${expectedFile} is missing; the model is:\n${actual}`);
      assert.equal(actual, fs.readFileSync(expectedFile, 'utf8'));
    });
  }

  it("finds every node's first token where TypeScript's scanner does", () => {
    // Comments, a form feed, a no-break space and a shebang before tokens: the cases the fast path
    // leaves to the scanner; every fixture stack for the plain ones.
    const tricky = '#!/usr/bin/env node\n/** doc */ const a = 1; // x\n\f\u00a0const b = /* c */ 2;\n';
    const texts = [tricky, ...fs.readdirSync(DIR).filter((f) => f.endsWith('.ts')).map((f) => fs.readFileSync(path.join(DIR, f), 'utf8'))];
    let nodes = 0;
    for (const text of texts) {
      const sourceFile = createTsSourceFile('stack.ts', text);
      const visit = (node: ts.Node): void => {
        nodes++;
        assert.equal(startOf(node, sourceFile), node.getStart(sourceFile), `${ts.SyntaxKind[node.kind]} at ${node.pos}`);
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
    }
    assert.ok(nodes > 1000, `only ${nodes} nodes`);
  });

  it('does not parse a file that imports no provider binding', () => {
    const text = fs.readFileSync(path.join(DIR, 'no-provider.ts'), 'utf8');
    const parse = parseCdktf(text, 'no-provider.ts');
    assert.equal(parse.sourceFile, undefined);
    assert.deepEqual(parse.model.blocks, []);
  });

  it('finds nothing when the provider import is shadowed or the class is not a provider class', () => {
    const text = fs.readFileSync(path.join(DIR, 'shadowed-names.ts'), 'utf8');
    assert.deepEqual(extractCdktf(text, 'shadowed-names.ts').blocks.map((b) => b.labels.join('.')), ['aws_lambda_event_source_mapping.attached']);
  });

  it('ranges inside a block are relative to its `new` expression', () => {
    const text = "import { LambdaEventSourceMapping as E } from '@cdktf/provider-aws/lib/lambda-event-source-mapping';\nnew E(this, 'a', { batchSize: 5 });\n";
    const model = extractCdktf(text, 'a.ts');
    const offset = model.offsets[0]!;
    assert.equal(text.slice(offset, offset + 5), 'new E');
    const batch = model.blocks[0]!.body.attributes.get('batch_size')!;
    assert.equal(text.slice(offset + batch.nameRange.start, offset + batch.nameRange.end), 'batchSize');
    // The argument's range takes the comma along, so removing it leaves valid TypeScript.
    assert.equal(text.slice(offset + batch.range.start, offset + batch.range.end), 'batchSize: 5');
  });

  it('gives a TypeScript syntax error to the construct it is in, once, and keeps what can be read of it', () => {
    const text = [
      "import { LambdaEventSourceMapping } from '@cdktf/provider-aws/lib/lambda-event-source-mapping';",
      "new LambdaEventSourceMapping(this, 'broken', { batchSize: 5 functionName: 'f' });",
      "new LambdaEventSourceMapping(this, 'fine', { functionName: 'f' });",
    ].join('\n');
    const parse = parseCdktf(text, 'broken.ts');
    assert.deepEqual(parse.model.blocks.map((b) => b.labels[1]), ['broken', 'fine']);
    assert.deepEqual(parse.model.syntaxErrors, []);
    assert.equal(parse.syntaxErrors.length, 1);
    assert.match(parse.syntaxErrors[0]!.message, /Syntax error: ',' expected/);
    assert.equal(text.slice(parse.syntaxErrors[0]!.range.start, parse.syntaxErrors[0]!.range.end), 'functionName');
    const [broken, fine] = parse.model.blocks;
    assert.equal(broken!.syntaxError?.message, parse.syntaxErrors[0]!.message);
    const at = parse.model.offsets[0]! + broken!.syntaxError!.range.start;
    assert.equal(text.slice(at, at + 'functionName'.length), 'functionName');
    assert.deepEqual([...broken!.body.attributes.keys()], ['batch_size', 'function_name']);
    assert.equal(fine!.syntaxError, undefined);
  });

  it('reads consts built of consts, maps over maps and templates of templates in bounded time', () => {
    const chain = (make: (previous: string) => string): string[] => Array.from({ length: 15 }, (_, i) => `const T${i + 1} = ${make(`T${i}`)};`);
    const cases = [
      chain((p) => `[${p}, ${p}, ${p}]`),
      chain((p) => '`${' + p + '}${' + p + '}${' + p + '}`'),
      chain((p) => `[1, 2, 3, 4, 5, 6, 7, 8].map(() => ${p})`),
    ];
    for (const lines of cases) {
      const text = ["import { LambdaEventSourceMapping } from '@cdktf/provider-aws/lib/lambda-event-source-mapping';", "const T0 = 'a';", ...lines, "new LambdaEventSourceMapping(this, 'x', { functionName: 'f', topics: T15 });"].join('\n');
      const started = Date.now();
      const model = extractCdktf(text, 'blow.ts');
      assert.ok(Date.now() - started < 3_000, `${lines[0]}: ${Date.now() - started} ms`);
      assert.equal(model.blocks.length, 1);
    }
  });

  it('names a construct whose id is not a literal after the id expression', () => {
    const text = "import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';\nfor (const env of ['a']) new SqsQueue(this, `queue-${env}`, {});\n";
    assert.deepEqual(extractCdktf(text, 'q.ts').blocks[0]!.labels, ['aws_sqs_queue', '`queue-${env}`']);
  });
});

describe('CDKTF syntax error ranges', () => {
  // Found by the fuzz run: a one-character range at the end of an unterminated string covered the `\r`
  // of a CRLF line, so its end was a position inside the line break.
  it('never end between the \\r and the \\n of a line break', () => {
    for (const eol of ['\r\n', '\n']) {
      const text = `const a = "abc${eol}const b = 1;${eol}`;
      const errors = parseErrorsOf(createTsSourceFile('stack.ts', text));
      assert.ok(errors.length > 0);
      for (const e of errors) assert.ok(!/[\r\n]/.test(text.slice(e.range.start, e.range.end)), JSON.stringify(e));
    }
  });
});
