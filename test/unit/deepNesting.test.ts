// Deep nesting is input, not a crash: for every front end and every way of nesting, inputs from 1 to
// 10,000 levels deep go through the whole analysis. Up to `MAX_NESTING` levels everything is read;
// deeper, the first value not read is reported once (`nesting-too-deep`) and the rest of the file is
// still analysed. The CLI exits with findings, not with an internal error.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyzeFile } from '../../server/src/core/analyze';
import { extractCdktf } from '../../server/src/core/extract/cdktf/extractCdktf';
import { MAX_NESTING } from '../../server/src/core/model/nesting';
import { buildModuleIndex } from '../../server/src/core/module/moduleIndex';
import { analyzeFiles, FIXTURE_NOW } from '../support/analyzeFiles';
import { ensureFreshBundle, runCli } from '../support/cli';

const SCRATCH = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-esm-deep-'));
after(() => fs.rmSync(SCRATCH, { recursive: true, force: true }));

const DEPTHS = [1, 2, 10, MAX_NESTING - 5, MAX_NESTING + 5, 300, 1_000, 3_000, 10_000];
const ARN = 'arn:aws:sqs:us-east-1:123456789012:orders';

const nest = (open: string, close: string, leaf: string, depth: number): string => open.repeat(depth) + leaf + close.repeat(depth);

/**
 * One mapping with a nested value and a mistake (batch_size 20000 without a window) to be still found.
 * Shapes marked `levels` nest values or blocks, which are read `MAX_NESTING` levels deep; the others
 * (parentheses, calls, code blocks) are unknown values or no values at all, reported at most once when
 * their syntax tree is too deep to copy.
 */
const SHAPES: Record<string, { levels: boolean; upTo?: number; build: (depth: number) => { file: string; text: string } }> = {
  'HCL list': { levels: true, build: (d) => hcl(`tags = { team = "orders" }\n  description = ${nest('[', ']', '"x"', d)}`) },
  'HCL object in a pattern': { levels: true, build: (d) => hcl(`filter_criteria {\n    filter {\n      pattern = jsonencode(${nest('{ a = ', ' }', '["x"]', d)})\n    }\n  }`) },
  'HCL blocks': { levels: true, build: (d) => hcl(`${nest('nested {\n', '}\n', 'a = 1\n', d)}`) },
  'HCL parentheses': { levels: false, build: (d) => hcl(`description = ${nest('(', ')', '"x"', d)}`) },
  // The grammar's scanner reads templates nested up to 63 deep (a syntax error beyond; Terraform has no limit).
  'HCL template': { levels: false, upTo: 60, build: (d) => hcl('', `locals {\n  text = ${nest('"${', '}"', '"x"', d)}\n}\n`) },
  'JSON list': { levels: true, build: (d) => ({ file: 'main.tf.json', text: `{"resource":{"aws_lambda_event_source_mapping":{"orders":{"event_source_arn":"${ARN}","function_name":"f","batch_size":20000,"description":${nest('[', ']', '"x"', d)}}}}}` }) },
  'JSON object outside blocks': { levels: false, build: (d) => ({ file: 'main.tf.json', text: `{"output":{"o":{"value":${nest('{"a":', '}', '1', d)}}},"resource":{"aws_lambda_event_source_mapping":{"orders":{"event_source_arn":"${ARN}","function_name":"f","batch_size":20000}}}}` }) },
  'CDKTF object in a pattern': { levels: true, build: (d) => cdktf(`filterCriteria: { filter: [{ pattern: Fn.jsonencode(${nest('{ a: ', ' }', "['x']", d)}) }] }`) },
  'CDKTF list': { levels: true, build: (d) => cdktf(`description: ${nest('[', ']', "'x'", d)} as any`) },
  'CDKTF const': { levels: true, build: (d) => cdktf(`tags: deep as any`, `const deep = ${nest('{ a: ', ' }', '1', d)};`) },
  'CDKTF parentheses': { levels: false, build: (d) => cdktf(`description: ${nest('(', ')', "'x'", d)}`) },
  'CDKTF calls': { levels: false, build: (d) => cdktf(`description: ${nest('String(', ')', "'x'", d)}`) },
  'CDKTF code blocks': { levels: false, build: (d) => cdktf('functionResponseTypes: []', nest('{\n', '}\n', '', d)) },
};

function hcl(body: string, after = ''): { file: string; text: string } {
  return { file: 'main.tf', text: `resource "aws_lambda_event_source_mapping" "orders" {\n  event_source_arn = "${ARN}"\n  function_name = "f"\n  batch_size = 20000\n  ${body}\n}\n${after}` };
}

function cdktf(property: string, before = ''): { file: string; text: string } {
  return {
    file: 'main.ts',
    text:
      `import { Fn } from 'cdktf';\nimport { LambdaEventSourceMapping } from '@cdktf/provider-aws/lib/lambda-event-source-mapping';\n${before}\n` +
      `new LambdaEventSourceMapping(this, 'orders', { eventSourceArn: '${ARN}', functionName: 'f', batchSize: 20000, ${property} });\n`,
  };
}

async function analyze(file: string, text: string): Promise<{ code: string; severity: string }[]> {
  const target = path.join(SCRATCH, file);
  fs.writeFileSync(target, text);
  if (!file.endsWith('.ts')) return analyzeFiles(target);
  const model = extractCdktf(text, file);
  return analyzeFile(model, buildModuleIndex([model]), { text, now: FIXTURE_NOW }).problems;
}

describe('deep nesting in every front end', () => {
  for (const [shape, { levels, upTo, build }] of Object.entries(SHAPES)) {
    it(shape, { timeout: 120_000 }, async () => {
      for (const depth of [...DEPTHS.filter((d) => d <= (upTo ?? Infinity)), ...(upTo ? [upTo] : [])]) {
        const { file, text } = build(depth);
        const problems = await analyze(file, text);
        const codes = problems.map((p) => p.code);
        // The mistake beside the deep value is still found.
        assert.ok(codes.includes('sqs-batch-window'), `${shape}, ${depth} levels: ${codes.join(', ')}`);
        assert.ok(codes.filter((c) => c === 'nesting-too-deep').length <= 1, `${shape}, ${depth} levels: reported once`);
        if (depth <= MAX_NESTING - 5) assert.ok(!codes.includes('nesting-too-deep'), `${shape}, ${depth} levels: nothing to report`);
        else if (levels) assert.ok(codes.includes('nesting-too-deep'), `${shape}, ${depth} levels: ${codes.join(', ')}`);
      }
    });
  }
});

describe('deep nesting in the CLI', () => {
  before(() => ensureFreshBundle());
  it('checks files nested thousands of levels deep and exits with findings, not an internal error', () => {
    const dir = path.join(SCRATCH, 'cli');
    fs.mkdirSync(dir);
    for (const [name, { file, text }] of [
      ['hcl', SHAPES['HCL list']!.build(1_000)],
      ['json', SHAPES['JSON list']!.build(3_000)],
      ['cdktf', SHAPES['CDKTF object in a pattern']!.build(2_000)],
    ] as const) {
      fs.writeFileSync(path.join(dir, `${name}-${file}`), text);
    }
    const { code, stdout, stderr } = runCli(['check', '.'], dir);
    assert.equal(stderr, '');
    assert.equal(code, 1, stdout);
    assert.equal(stdout.match(/nesting-too-deep/g)?.length, 3, stdout);
    assert.equal(stdout.match(/sqs-batch-window/g)?.length, 3, stdout);
  });
});

describe('deep nesting in event input', () => {
  before(() => ensureFreshBundle());
  const DEEP = 10_000;
  // Without `--source`, arrays in the input are lists of records (with `raw`, each value is one record).
  const cases: Record<string, { pattern: string; events: string; matched: number }> = {
    'a field holding arrays nested 10,000 deep': { pattern: '{"a":[1]}', events: `{"a":${nest('[', ']', '1', DEEP)}}`, matched: 1 },
    'the same where the matcher must track array elements': { pattern: '{"a":[1],"b":[{"exists":false}]}', events: `{"a":${nest('[', ']', '1', DEEP)}}`, matched: 1 },
    'arrays of records nested 10,000 deep': { pattern: '{"a":[1]}', events: nest('[', ']', '{"a":1}', DEEP), matched: 1 },
    'objects nested 10,000 deep': { pattern: '{"a":{"a":[1]}}', events: nest('{"a":', '}', '1', DEEP), matched: 0 },
  };
  for (const [name, { pattern, events, matched }] of Object.entries(cases)) {
    it(name, () => {
      const file = path.join(SCRATCH, `${name.replace(/\W+/g, '-')}.json`);
      fs.writeFileSync(file, events);
      const { code, stdout, stderr } = runCli(['test-pattern', '--pattern', pattern, '--events', file, '--summary'], SCRATCH);
      assert.equal(stderr, '');
      assert.equal(code, 0);
      assert.match(stdout, new RegExp(`^${matched} of 1 record`, 'm'));
    });
  }
});
