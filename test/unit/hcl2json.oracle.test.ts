// Differential test of the HCL front end against an independent parser: HashiCorp's own HCL library,
// compiled to WASM in @cdktf/hcl2json. Three inputs: every `.tf` file of the extractor fixtures, the
// examples and the rule fixtures; a list of small corner cases; and generated literal values
// (fast-check, fixed seed). For each, every top-level block both parsers read is walked in parallel:
//
// - Our literals (string, number, bool, null, list, object) must equal hcl2json's values. hcl2json
//   prints Terraform JSON syntax, where a literal `${` is written `$${` (and `%{` as `%%{`), in values
//   and in object keys; strings are compared after undoing that escape, and a string with an unescaped
//   `${`/`%{` is a template, not a literal.
// - `jsonencode(<literal>)` and the type conversions we pass through (`tolist(…)`, …) are printed by
//   hcl2json as `"${fn(ARG)}"`; ARG is parsed again with hcl2json and compared when it is a literal.
// - References must be `"${<traversal>}"` strings with the same path.
// - Attribute names and nested blocks (types, counts, order, `dynamic`) must be the same.
// - A file hcl2json rejects must get a syntax error from us, and the other way round.
//
// Disagreements that are bugs of our extractor are listed in EXPECTED_MISMATCHES (FIXME(#2)); the test
// fails when one of them stops disagreeing, so the list stays honest.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Parser } from 'web-tree-sitter';
import type { TopLevelBlock } from '../../server/src/core/model/fileModel';
import type { Block } from '../../server/src/core/model/mapping';
import { tooDeepIn } from '../../server/src/core/model/nesting';
import type { Value } from '../../server/src/core/model/value';
import { encodeJson } from '../../server/src/core/patterns/patternText';
import { TerraformDocument } from '../../server/src/workspace/terraformDocument';
import { filesUnder } from '../support/filesUnder';
import { FIXTURES, REPO } from '../support/paths';
import { createTestParser } from '../support/wasm';

// Loaded with require: the package's typings pull in the DOM lib, which would leak into every test file.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hcl2json = require('@cdktf/hcl2json') as { parse(filename: string, contents: string): Promise<unknown> };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const MAPPING_TYPE = 'aws_lambda_event_source_mapping';
/** Functions our reader treats as the identity (see readHclValue's PASS_THROUGH). */
const PASS_THROUGH = new Set(['tolist', 'toset', 'tostring', 'tonumber', 'tobool', 'tomap']);

// FIXME(#2): disagreements with HashiCorp HCL that are bugs of our HCL front end (tree-sitter grammar or
// extractor). Key: `<input>: <where>`, exactly as a failure prints it. Each entry must still disagree:
// remove it once the bug is fixed.
const EXPECTED_MISMATCHES: ReadonlyMap<string, string> = new Map<string, string>([
  // The grammar accepts `0x10` (we read it as unknown, so nothing is checked); HCL rejects the file.
  ['corner/hex-number: (file)', 'hcl2json rejects the file (`0x10`); we report nothing'],
  // `%%%{` is `%` + the escape `%%{` for HCL; the grammar reads `%%` + a directive `%{` and fails.
  ['corner/percent-before-escaped-directive: (file)', 'we report a syntax error; HCL reads "%%{x}"'],
  // Same for `$$${` in a heredoc: `$` + `$${` for HCL; the grammar sees an interpolation and fails.
  ['corner/dollar-before-escaped-interpolation-heredoc: (file)', 'we report a syntax error; HCL reads "$${\\n"'],
  // Anything after a heredoc's identifier on its line (even trailing spaces) is an error for HCL.
  ['corner/heredoc-header-trailing-space: (file)', 'hcl2json rejects the file; we read "orders\\n" and report nothing'],
  // An empty interpolation is an error for HCL; the grammar accepts it.
  ['corner/empty-interpolation: (file)', 'hcl2json rejects the file; we report nothing'],
]);

/** Minimum numbers of comparisons on the realistic files; the real numbers are printed. */
const MIN_MAPPING_COMPARISONS = 1500;
const MIN_ALL_COMPARISONS = 2500;
const MIN_HEREDOCS = 3;
const MIN_JSONENCODE = 30;
const MIN_REFERENCES = 150;
// HCL2JSON_ORACLE_RUNS / HCL2JSON_ORACLE_SEED explore further; HCL2JSON_ORACLE_VERBOSE=1 prints the
// known (FIXME) disagreements as they occur.
const GENERATED_RUNS = Number(process.env['HCL2JSON_ORACLE_RUNS'] ?? 300);
const GENERATED_SEED = Number(process.env['HCL2JSON_ORACLE_SEED'] ?? 20260101);
const VERBOSE = !!process.env['HCL2JSON_ORACLE_VERBOSE'];

const FILES = [
  ...filesUnder(path.join(FIXTURES, 'extract'), '.tf'),
  ...filesUnder(path.join(REPO, 'examples', 'terraform'), '.tf'),
  ...filesUnder(path.join(FIXTURES, 'rules'), '.tf'),
];

const mapping = (body: string): string => `resource "aws_lambda_event_source_mapping" "m" {\n${body}\n}\n`;

/** Small inputs on the edges of the syntax; the FIXME ones are in EXPECTED_MISMATCHES. */
const CORNER_CASES: readonly { readonly name: string; readonly text: string }[] = [
  { name: 'quoted-escapes', text: mapping('  function_name = "tab:\\t nl:\\n cr:\\r q:\\" bs:\\\\ u:\\u00fc U:\\U0001F680 d:$${x} p:%%{y} lone:$ % $$ %% {}"') },
  { name: 'backslash-before-escaped-interpolation', text: mapping('  function_name = "\\\\$${x}"') },
  { name: 'non-ascii', text: mapping('  function_name = "Bestellungen für München 🚀 中文 é"\n  tags = { "ü-key" = "ß", "🚀" = "x" }') },
  { name: 'empty-string', text: mapping('  function_name = ""') },
  { name: 'numbers', text: mapping('  batch_size = 0\n  a = -0\n  b = -5\n  c = - 5\n  d = 1.5e-2\n  e = 1.5E+2\n  f = 0.0000001\n  g = 007\n  h = 12345678901234567890\n  i = 0.1e1\n  j = 1.5e-400') },
  { name: 'bools-and-null', text: mapping('  enabled = false\n  kms_key_arn = null\n  x = true') },
  { name: 'collections', text: mapping('  queues = ["a", 1, true, null, [2], { k = "v" },]\n  topics = [\n    "x",\n    "y",\n  ]\n  empty = []\n  tags = { a: 1, "b": "c" }\n  nested = { a = { b = { c = [1, 2.5, -3] } } }\n  dup = { a = 1, a = 2 }') },
  { name: 'heredoc-plain', text: mapping('  function_name = <<EOT\n  indented "quoted" \\n \\\\ $${x} %%{y}\n\tTab\nEOT') },
  { name: 'heredoc-flush', text: mapping('  function_name = <<-EOT\n    a\n      b\n\n    c\n    EOT') },
  { name: 'heredoc-flush-tabs', text: mapping('  function_name = <<-EOT\n\t\ta\n\t\t  b\n\tEOT') },
  { name: 'heredoc-flush-less-indented-marker', text: mapping('  function_name = <<-EOT\n      a\n        b\nEOT') },
  { name: 'heredoc-indented-marker', text: mapping('  function_name = <<EOT\n  a\n  EOT') },
  { name: 'heredoc-empty', text: mapping('  function_name = <<EOT\nEOT') },
  { name: 'heredoc-crlf', text: mapping('  function_name = <<-EOT\n    a\n      b\n    EOT\n  batch_size = 5').replace(/\n/g, '\r\n') },
  { name: 'heredoc-in-list-and-object', text: mapping('  queues = [<<EOT\nx\nEOT\n  , "y"]\n  tags = {\n    k = <<-EOT\n      v\n    EOT\n  }') },
  { name: 'jsonencode', text: mapping('  filter_criteria {\n    filter {\n      pattern = jsonencode({ body = { "a-b" = ["x", 1, 2.5, -3, true, null], c = { d = [] } } })\n    }\n    filter {\n      pattern = jsonencode(["a", jsonencode({ b = 1 })])\n    }\n  }') },
  { name: 'pass-through', text: mapping('  queues = tolist(["b", "a"])\n  topics = toset(["x"])\n  function_name = tostring("f")\n  empty = tolist([])') },
  { name: 'references', text: mapping('  event_source_arn = aws_sqs_queue.q["k"].arn\n  function_name = module.my-mod.out\n  a = local.l[0]\n  b = a.b.0\n  c = a.0.b\n  d = (var.y)\n  e = a["b"][1].c') },
  { name: 'blocks-and-dynamic', text: mapping('  filter_criteria {\n    filter { pattern = "a" }\n    filter { pattern = "b" }\n    dynamic "filter" {\n      for_each = var.f\n      content { pattern = "c" }\n    }\n    dynamic "filter" {\n      for_each = var.g\n    }\n  }\n  destination_config {\n    on_failure { destination_arn = "arn:aws:sqs:us-east-1:123456789012:dlq" }\n  }') },
  { name: 'comments', text: mapping('  # comment\n  function_name = "f" // trailing\n  /* block\n  comment */\n  batch_size = 5 # n') },
  { name: 'duplicate-resource-names', text: mapping('  batch_size = 1') + mapping('  batch_size = 2') },
  { name: 'templates-are-not-literals', text: mapping('  function_name = "${"lit"}"\n  a = "$$${x}"\n  b = "a%{if true}b%{endif}"\n  c = { 1 = "a" }\n  d = { true = 1 }\n  e = <<EOT\n${var.x}\nEOT') },
  // The grammar's numbers need a fraction before an exponent; it is given one (workspace/parsers/grammarText.ts).
  { name: 'exponent-without-fraction', text: mapping('  batch_size = 1e3') },
  { name: 'exponent-without-fraction-negative', text: mapping('  batch_size = 10E-2') },
  { name: 'exponent-without-fraction-in-list-and-interpolation', text: mapping('  topics = [1e1, 2E+2, "${3e0}"]\n  a = "x1e5"') },
  // FIXME(#2) cases: see EXPECTED_MISMATCHES.
  { name: 'hex-number', text: mapping('  batch_size = 0x10') },
  { name: 'nfc-escape', text: mapping('  function_name = "cafe\\u0301"') },
  { name: 'nfc-literal', text: mapping('  function_name = "cafe\u0301"') },
  { name: 'flush-heredoc-whitespace-only-line', text: mapping('  filter_criteria {\n    filter {\n      pattern = <<-EOT\n        {\n      \n        }\n        EOT\n    }\n  }') },
  { name: 'flush-heredoc-nbsp-indent', text: mapping('  function_name = <<-EOT\n\u00a0\u00a0orders\n  EOT') },
  { name: 'percent-before-escaped-directive', text: mapping('  function_name = "%%%{x}"') },
  { name: 'dollar-before-escaped-interpolation-heredoc', text: mapping('  function_name = <<EOT\n$$${\nEOT') },
  { name: 'top-level-object', text: '{"resource": {"aws_lambda_event_source_mapping": {"m": {"batch_size": 99999}}}}\n' },
  { name: 'unclosed-bracket-at-eof', text: 'resource "aws_lambda_event_source_mapping" "m" {\n  function_name = "f"\n  queues = [' },
  { name: 'unclosed-paren-at-eof', text: 'resource "aws_lambda_event_source_mapping" "m" {\n  function_name = "f"\n  batch_size = (' },
  { name: 'heredoc-header-trailing-space', text: mapping('  function_name = <<EOT  \norders\nEOT') },
  { name: 'empty-interpolation', text: mapping('  function_name = "${}"') },
];

interface Stats {
  comparisons: number;
  mappingComparisons: number;
  strings: number;
  heredocs: number;
  numbers: number;
  references: number;
  jsonencode: number;
  passThrough: number;
  /** Our `unknown`: not compared. */
  unknown: number;
  /** Our `unknown` where hcl2json found a plain literal (conservative, not a failure). */
  unknownButLiteral: string[];
  /** jsonencode/pass-through whose argument hcl2json does not read as a literal either. */
  skippedCalls: number;
  inputs: number;
  rejected: number;
}

function newStats(): Stats {
  return {
    comparisons: 0,
    mappingComparisons: 0,
    strings: 0,
    heredocs: 0,
    numbers: 0,
    references: 0,
    jsonencode: 0,
    passThrough: 0,
    unknown: 0,
    unknownButLiteral: [],
    skippedCalls: 0,
    inputs: 0,
    rejected: 0,
  };
}

const expectedSeen = new Set<string>();

function isObject(j: Json | undefined): j is { [key: string]: Json } {
  return typeof j === 'object' && j !== null && !Array.isArray(j);
}

/** The literal value of a Terraform-JSON string, or undefined when it is a template (`${…}`, `%{…}`). */
function literalOfJsonString(s: string): string | undefined {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if ((s[i] === '$' || s[i] === '%') && s[i + 1] === s[i] && s[i + 2] === '{') {
      out += s[i] + '{';
      i += 2;
    } else if ((s[i] === '$' || s[i] === '%') && s[i + 1] === '{') {
      return undefined;
    } else {
      out += s[i];
    }
  }
  return out;
}

/** hcl2json's value with every string and key unescaped; undefined when any part is a template. */
function literalOfJson(j: Json): Json | undefined {
  if (typeof j === 'string') return literalOfJsonString(j);
  if (Array.isArray(j)) {
    const items = j.map(literalOfJson);
    return items.some((i) => i === undefined) ? undefined : (items as Json[]);
  }
  if (isObject(j)) {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(j)) {
      const key = literalOfJsonString(k);
      const lit = literalOfJson(v);
      if (key === undefined || lit === undefined) return undefined;
      out[key] = lit;
    }
    return out;
  }
  return j;
}

/** `${a.b["c"][0]}` → ['a', 'b', 'c', '0']; undefined unless the whole string is one plain traversal. */
function traversalOf(s: string): string[] | undefined {
  const m = /^\$\{([\s\S]*)\}$/.exec(s);
  if (!m) return undefined;
  let expr = m[1]!.trim();
  while (expr.startsWith('(') && expr.endsWith(')')) expr = expr.slice(1, -1).trim();
  const first = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(expr);
  if (!first) return undefined;
  const steps = [first[0]];
  let rest = expr.slice(first[0].length);
  while (rest.length > 0) {
    const step =
      /^\.([A-Za-z_][A-Za-z0-9_-]*|[0-9]+)/.exec(rest) ??
      /^\[\s*("(?:[^"\\]|\\.)*")\s*\]/.exec(rest) ??
      /^\[\s*(-?[0-9]+(?:\.[0-9]+)?)\s*\]/.exec(rest);
    if (!step) return undefined;
    const key = step[1]!;
    steps.push(key.startsWith('"') ? unescapeHclString(key.slice(1, -1)) : key);
    rest = rest.slice(step[0].length);
  }
  return steps;
}

/** The value of HCL quoted-string source (an index key in a traversal hcl2json prints as source). */
function unescapeHclString(raw: string): string {
  const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
  return raw.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))|\$\$\{|%%\{/g, (match, u4?: string, u8?: string, other?: string) => {
    if (match === '$${') return '${';
    if (match === '%%{') return '%{';
    const hex = u4 ?? u8;
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return simple[other!] ?? match;
  });
}

/** `${fn(ARG)}` → { fn, arg } when the whole string is one call. */
function callOf(s: string): { fn: string; arg: string } | undefined {
  const m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\(([\s\S]*)\)\}$/.exec(s);
  return m ? { fn: m[1]!, arg: m[2]! } : undefined;
}

/** What hcl2json reads for an expression text on its own (as a local value); undefined if it fails. */
async function evaluateWithHcl2json(expression: string): Promise<Json | undefined> {
  try {
    const parsed = (await hcl2json.parse('oracle-expression.tf', `locals {\n  oracle_value = ${expression}\n}\n`)) as Json;
    if (!isObject(parsed)) return undefined;
    const locals = parsed['locals'];
    const first = Array.isArray(locals) ? locals[0] : undefined;
    return isObject(first) ? first['oracle_value'] : undefined;
  } catch {
    return undefined;
  }
}

function show(v: unknown): string {
  return JSON.stringify(v);
}

/** Our value as plain JSON, for messages. */
function plain(v: Value): unknown {
  switch (v.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return v.value;
    case 'null':
      return null;
    case 'list':
      return v.items.map(plain);
    case 'object':
      return Object.fromEntries(v.entries.map((e) => [e.key, plain(e.value)]));
    case 'jsonencode':
      return { jsonencode: plain(v.inner) };
    case 'reference':
      return { reference: v.path };
    case 'unknown':
      return { unknown: v.text };
  }
}

/** Deep equality of JSON values; -0 equals 0 (they encode alike). */
function jsonEqual(a: unknown, b: unknown): boolean {
  try {
    assert.deepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
    return true;
  } catch {
    return false;
  }
}

class Comparison {
  readonly mismatches: string[] = [];
  private inMapping = false;

  constructor(
    readonly input: string,
    private readonly stats: Stats,
  ) {}

  /** Records a disagreement unless it is a known one (which is then marked as still failing). */
  mismatch(where: string, message: string): void {
    const key = `${this.input}: ${where}`;
    if (EXPECTED_MISMATCHES.has(key)) {
      if (VERBOSE) console.log(`known disagreement (FIXME #2): ${key}: ${message}`);
      expectedSeen.add(key);
      return;
    }
    this.mismatches.push(`${key}: ${message}`);
  }

  count(): void {
    this.stats.comparisons++;
    if (this.inMapping) this.stats.mappingComparisons++;
  }

  async compareTopLevel(block: TopLevelBlock, theirs: Json | undefined, where: string): Promise<void> {
    this.inMapping = block.keyword === 'resource' && block.labels[0] === MAPPING_TYPE;
    this.count();
    if (!isObject(theirs)) {
      this.mismatch(where, `hcl2json has no such block (${show(theirs)})`);
      return;
    }
    await this.compareBlock(block.body, theirs, where);
  }

  private async compareBlock(ours: Block, theirs: { [key: string]: Json }, where: string): Promise<void> {
    // Attribute names: ours must be exactly hcl2json's keys that are not nested blocks.
    const blockTypes = new Set(ours.blocks.filter((b) => !b.dynamic).map((b) => b.type));
    const hasDynamic = ours.blocks.some((b) => b.dynamic);
    const theirAttributes = Object.keys(theirs)
      .filter((k) => !(blockTypes.has(k) && Array.isArray(theirs[k])) && !(k === 'dynamic' && hasDynamic))
      .sort();
    const ourAttributes = [...ours.attributes.keys()].sort();
    this.count();
    if (show(ourAttributes) !== show(theirAttributes)) {
      this.mismatch(`${where} (attribute names)`, `ours ${show(ourAttributes)}, hcl2json ${show(theirAttributes)}`);
    }
    for (const [name, attribute] of ours.attributes) {
      if (name in theirs) await this.compareValue(attribute.value, theirs[name]!, `${where}.${name}`);
    }
    // Nested blocks by type, in order; `dynamic "x"` is hcl2json's `dynamic.x[i]`, its body `content[0]`.
    const seen = new Map<string, number>();
    for (const block of ours.blocks) {
      const key = `${block.dynamic ? 'dynamic ' : ''}${block.type}`;
      const index = seen.get(key) ?? 0;
      seen.set(key, index + 1);
      const here = `${where}.${block.dynamic ? `dynamic[${show(block.type)}]` : block.type}[${index}]`;
      let body: Json | undefined;
      if (block.dynamic) {
        const dynamic = theirs['dynamic'];
        const generators = isObject(dynamic) ? dynamic[block.type] : undefined;
        const generator = Array.isArray(generators) ? generators[index] : undefined;
        if (!isObject(generator)) {
          this.mismatch(here, `hcl2json has no such dynamic block (${show(generators)})`);
          continue;
        }
        const content = generator['content'];
        // No `content` block: no arguments for us either.
        body = content === undefined ? {} : Array.isArray(content) ? content[0] : undefined;
      } else {
        const list = theirs[block.type];
        body = Array.isArray(list) ? list[index] : undefined;
      }
      if (!isObject(body)) {
        this.mismatch(here, `hcl2json has no such block (${show(body)})`);
        continue;
      }
      await this.compareBlock(block, body, here);
    }
    for (const [key, n] of seen) {
      const dynamic = theirs['dynamic'];
      const list = key.startsWith('dynamic ') ? (isObject(dynamic) ? dynamic[key.slice('dynamic '.length)] : undefined) : theirs[key];
      this.count();
      if (!Array.isArray(list) || list.length !== n) {
        this.mismatch(`${where}.${key} (count)`, `ours ${n}, hcl2json ${Array.isArray(list) ? list.length : show(list)}`);
      }
    }
  }

  private async compareValue(ours: Value, theirs: Json, where: string): Promise<void> {
    const stats = this.stats;
    const differ = (detail = ''): void => this.mismatch(where, `ours ${show(plain(ours))}, hcl2json ${show(theirs)}${detail}`);
    switch (ours.kind) {
      case 'unknown': {
        stats.unknown++;
        const literal = literalOfJson(theirs);
        if (literal !== undefined) stats.unknownButLiteral.push(`${this.input}: ${where}: \`${ours.text}\` → ${show(literal)}`);
        return;
      }
      case 'reference': {
        stats.references++;
        this.count();
        const steps = typeof theirs === 'string' ? traversalOf(theirs) : undefined;
        if (!steps || show(steps) !== show(ours.path)) differ(steps ? ` (path ${show(steps)})` : ' (not a traversal)');
        return;
      }
      case 'jsonencode': {
        stats.jsonencode++;
        const call = typeof theirs === 'string' ? callOf(theirs) : undefined;
        if (!call || call.fn !== 'jsonencode') {
          this.count();
          differ(' (hcl2json does not see a jsonencode call)');
          return;
        }
        const encoded = encodeJson(ours.inner);
        const evaluated = await evaluateWithHcl2json(call.arg);
        const literal = evaluated === undefined ? undefined : literalOfJson(evaluated);
        if (literal === undefined) {
          // Not a literal for hcl2json (or nested calls it leaves as text): compare nothing, unless we
          // encode something while hcl2json cannot even read the argument.
          stats.skippedCalls++;
          if (encoded !== undefined && evaluated === undefined) {
            this.count();
            differ(` (we encode ${encoded}; hcl2json cannot read the argument)`);
          }
          return;
        }
        this.count();
        if (encoded === undefined && tooDeepIn(ours.inner)) {
          // Nested deeper than we read (nesting-too-deep): unknown on purpose, as conservative as any unknown.
          stats.unknownButLiteral.push(`${this.input}: ${where}: nested too deeply`);
          return;
        }
        if (encoded === undefined) {
          differ(` (hcl2json reads a literal argument ${show(literal)}; we cannot encode it)`);
          return;
        }
        let decoded: unknown;
        try {
          decoded = JSON.parse(encoded);
        } catch {
          differ(` (our encoding is not JSON: ${encoded})`);
          return;
        }
        if (!jsonEqual(decoded, literal)) differ(` (ours encodes ${encoded}, hcl2json reads ${show(literal)})`);
        return;
      }
      default:
        break;
    }
    // A literal for us. hcl2json prints a pass-through call (`tolist([...])`) as its source text.
    if (typeof theirs === 'string') {
      const call = callOf(theirs);
      if (call && PASS_THROUGH.has(call.fn)) {
        stats.passThrough++;
        const evaluated = await evaluateWithHcl2json(call.arg);
        if (evaluated === undefined) {
          this.count();
          differ(' (hcl2json cannot read the argument)');
          return;
        }
        await this.compareValue(ours, evaluated, where);
        return;
      }
    }
    this.count();
    switch (ours.kind) {
      case 'string': {
        stats.strings++;
        if (ours.form === 'heredoc') stats.heredocs++;
        const literal = typeof theirs === 'string' ? literalOfJsonString(theirs) : undefined;
        if (literal !== ours.value) differ(literal === undefined ? ' (not a literal string)' : '');
        return;
      }
      case 'number':
        stats.numbers++;
        if (typeof theirs !== 'number' || theirs !== ours.value) differ();
        return;
      case 'bool':
        if (theirs !== ours.value) differ();
        return;
      case 'null':
        if (theirs !== null) differ();
        return;
      case 'list':
        if (!Array.isArray(theirs) || theirs.length !== ours.items.length) {
          differ(' (list length or type)');
          return;
        }
        for (let i = 0; i < ours.items.length; i++) await this.compareValue(ours.items[i]!, theirs[i]!, `${where}[${i}]`);
        return;
      case 'object': {
        const theirKeys = isObject(theirs) ? Object.keys(theirs) : [];
        const unescaped = new Map(theirKeys.map((k) => [literalOfJsonString(k) ?? `<template ${k}>`, k]));
        const ourKeys = [...new Set(ours.entries.map((e) => e.key))].sort();
        if (!isObject(theirs) || show(ourKeys) !== show([...unescaped.keys()].sort())) {
          differ(' (object keys or type)');
          return;
        }
        // A repeated key: the last one wins, as in HCL.
        const last = new Map(ours.entries.map((e) => [e.key, e]));
        for (const entry of last.values()) await this.compareValue(entry.value, theirs[unescaped.get(entry.key)!]!, `${where}[${show(entry.key)}]`);
        return;
      }
    }
  }
}

/** hcl2json's entry for a top-level block: `keyword → label… → [one object per occurrence]`. */
function theirBlock(json: { [key: string]: Json }, block: TopLevelBlock, occurrence: number): Json | undefined {
  let node: Json | undefined = json[block.keyword];
  for (const label of block.labels) node = isObject(node) ? node[label] : undefined;
  return Array.isArray(node) ? node[occurrence] : undefined;
}

function hasSyntaxError(document: TerraformDocument): boolean {
  return document.model.syntaxErrors.length > 0 || document.model.blocks.some((b) => b.syntaxError);
}

/** Compares one input; returns the disagreements that are not known (FIXME) ones. */
async function compareText(input: string, filename: string, text: string, parser: Parser, stats: Stats): Promise<string[]> {
  const document = new TerraformDocument(filename, text, parser);
  const comparison = new Comparison(input, stats);
  try {
    stats.inputs++;
    let theirs: Json;
    try {
      theirs = (await hcl2json.parse(path.basename(filename), text)) as Json;
    } catch (error) {
      stats.rejected++;
      if (!hasSyntaxError(document)) {
        const message = error instanceof Error ? error.message : String(error);
        comparison.mismatch('(file)', `hcl2json rejects the file, we report no syntax error: ${message}`);
      }
      return comparison.mismatches;
    }
    if (hasSyntaxError(document)) {
      const errors = [...document.model.syntaxErrors, ...document.model.blocks.flatMap((b) => (b.syntaxError ? [b.syntaxError] : []))];
      comparison.mismatch('(file)', `we report a syntax error, hcl2json accepts the file: ${show(errors.map((e) => e.message))}`);
    }
    if (!isObject(theirs)) {
      comparison.mismatch('(file)', `hcl2json returns ${show(theirs)}`);
      return comparison.mismatches;
    }
    const occurrences = new Map<string, number>();
    for (const block of document.model.blocks) {
      if (block.syntaxError) continue;
      const id = [block.keyword, ...block.labels].join(' ');
      const occurrence = occurrences.get(id) ?? 0;
      occurrences.set(id, occurrence + 1);
      const where = [block.keyword, ...block.labels.map((l) => show(l))].join(' ') + (occurrence ? `#${occurrence}` : '');
      await comparison.compareTopLevel(block, theirBlock(theirs, block, occurrence), where);
    }
    // Every kind of top-level block hcl2json sees, we see.
    for (const keyword of Object.keys(theirs)) {
      stats.comparisons++;
      if (!document.model.blocks.some((b) => b.keyword === keyword)) comparison.mismatch(`${keyword} (blocks)`, 'hcl2json has such blocks, we have none');
    }
    return comparison.mismatches;
  } finally {
    document.dispose();
  }
}

// ---- Generated inputs ---------------------------------------------------------------------------
// Literal values in the syntaxes HCL offers. FIXME(#2): the generators avoid the known bug classes of
// EXPECTED_MISMATCHES (non-NFC text, `<<-` whitespace-only lines, non-ASCII spaces as indentation,
// `$$${`/`%%%{`); widen them when those are fixed.

const digits = (max: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: max });

const numberLiteral = fc
  .record({
    negative: fc.boolean(),
    integer: digits(20),
    fraction: fc.option(digits(6), { nil: undefined }),
    // Two exponent digits at most: hcl2json prints numbers beyond a double's range as null.
    exponent: fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), digits(2)), { nil: undefined }),
  })
  .map(({ negative, integer, fraction, exponent }) => `${negative ? '-' : ''}${integer}${fraction !== undefined ? `.${fraction}` : ''}${exponent ? exponent.join('') : ''}`);

/** Pieces of quoted-string source: plain text, escapes, and characters that are special next to others. */
const QUOTED_PIECES = ['a', 'Z', '0', ' ', '-', '.', ':', '/', '{', '}', '$', '%', '\\"', '\\\\', '\\n', '\\t', '\\r', '\\u00e9', '\\U0001F680', '$${', '%%{', 'ü', 'é', '中', '🚀', '\t', "'", '#', '//', '<<', '=', '[', ']', '(', ')', ','];

/** No template sequence: an unescaped `${`/`%{` once the escapes are removed, or the `$$${` bug class. */
function isLiteralSource(source: string): boolean {
  if (/[$%]{3}\{/.test(source)) return false; // FIXME(#2): `$$${`, `%%%{` are misparsed.
  return !/[$%]\{/.test(source.replace(/\$\$\{|%%\{/g, ''));
}

const quotedLiteral = fc
  .array(fc.constantFrom(...QUOTED_PIECES), { maxLength: 10 })
  .map((pieces) => `"${pieces.join('')}"`)
  .filter(isLiteralSource);

const HEREDOC_PIECES = ['a', 'b', ' ', '\t', '"', '{', '}', '$', '%', '$${', '%%{', '\\n', '\\', 'ü', '🚀', ':', ','];

const heredocLiteral = fc
  .record({
    flush: fc.boolean(),
    lines: fc.array(
      fc.tuple(fc.array(fc.constantFrom(' ', '\t'), { maxLength: 6 }), fc.array(fc.constantFrom(...HEREDOC_PIECES), { maxLength: 6 })).map(([indent, text]) => indent.join('') + text.join('')),
      { maxLength: 5 },
    ),
    closingIndent: fc.array(fc.constantFrom(' ', '\t'), { maxLength: 4 }),
  })
  // FIXME(#2): in `<<-`, whitespace-only lines keep their indentation for HCL.
  .filter(({ flush, lines }) => lines.every(isLiteralSource) && !(flush && lines.some((l) => l.length > 0 && l.trim() === '')))
  .map(({ flush, lines, closingIndent }) => `<<${flush ? '-' : ''}EOT\n${lines.map((l) => `${l}\n`).join('')}${closingIndent.join('')}EOT\n`);

const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'endif', 'endfor', 'else']);
const identifier = fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/).filter((s) => !KEYWORDS.has(s));
const objectKey = fc.oneof(identifier, quotedLiteral);

const traversal = fc
  .tuple(
    fc.constantFrom('var', 'local', 'aws_sqs_queue', 'module', 'data'),
    fc.array(fc.oneof(identifier.map((i) => `.${i}`), quotedLiteral.filter((q) => !q.includes('\\')).map((q) => `[${q}]`), fc.nat(20).map((n) => `[${n}]`)), { minLength: 1, maxLength: 4 }),
  )
  .map(([root, steps]) => root + steps.join(''));

const { value: hclValue } = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    numberLiteral,
    quotedLiteral,
    heredocLiteral,
    fc.constantFrom('true', 'false', 'null'),
    traversal,
    fc
      .tuple(fc.array(tie('value'), { maxLength: 3 }), fc.boolean())
      .map(([items, multiline]) => (multiline ? `[\n${items.map((i) => `${i},\n`).join('')}]` : `[${items.join(', ')}]`)),
    fc
      // Distinct keys: with a repeated key HCL keeps the last value, while we give up on the whole object
      // when an earlier one is not a literal (conservative, not compared here).
      .tuple(fc.uniqueArray(fc.tuple(objectKey, fc.constantFrom(' = ', ': '), tie('value')), { maxLength: 3, selector: ([k]) => unescapeHclString(k.startsWith('"') ? k.slice(1, -1) : k) }))
      .map(([entries]) => `{\n${entries.map(([k, sep, v]) => `${k}${sep}${v}\n`).join('')}}`),
    tie('value').map((v) => `jsonencode(${v})`),
    tie('value').map((v) => `tolist([${v}])`),
  ),
}));

const generatedFile = fc
  .record({
    attributes: fc.array(hclValue, { minLength: 1, maxLength: 4 }),
    filters: fc.array(hclValue, { maxLength: 2 }),
    dynamic: fc.option(hclValue, { nil: undefined }),
    crlf: fc.boolean(),
  })
  .map(({ attributes, filters, dynamic, crlf }) => {
    const lines = attributes.map((v, i) => `  a${i} = ${v}`);
    if (filters.length > 0 || dynamic !== undefined) {
      lines.push('  filter_criteria {');
      for (const f of filters) lines.push(`    filter {\n      pattern = ${f}\n    }`);
      if (dynamic !== undefined) lines.push(`    dynamic "filter" {\n      for_each = var.filters\n      content {\n        pattern = ${dynamic}\n      }\n    }`);
      lines.push('  }');
    }
    const text = mapping(lines.join('\n'));
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

// ---- Tests -----------------------------------------------------------------------------------------

describe('HCL front end agrees with hcl2json (HashiCorp HCL)', () => {
  let parser: Parser;
  const fileStats = newStats();
  const cornerStats = newStats();
  const generatedStats = newStats();

  before(async () => {
    parser = await createTestParser();
  });
  after(() => parser.delete());

  describe('fixture and example files', () => {
    for (const file of FILES) {
      const name = path.relative(REPO, file).split(path.sep).join('/');
      it(name, async () => {
        assert.deepEqual(await compareText(name, file, fs.readFileSync(file, 'utf8'), parser, fileStats), []);
      });
    }

    it('compared enough to mean something', () => {
      const { unknownButLiteral, ...counts } = fileStats;
      console.log(`hcl2json oracle, files: ${show({ ...counts, unknownButLiteral: unknownButLiteral.length })}`);
      assert.equal(fileStats.inputs, FILES.length, 'every file was compared');
      assert.ok(fileStats.mappingComparisons >= MIN_MAPPING_COMPARISONS, `only ${fileStats.mappingComparisons} comparisons inside mappings`);
      assert.ok(fileStats.comparisons >= MIN_ALL_COMPARISONS, `only ${fileStats.comparisons} comparisons`);
      assert.ok(fileStats.heredocs >= MIN_HEREDOCS, `only ${fileStats.heredocs} heredocs compared`);
      assert.ok(fileStats.jsonencode >= MIN_JSONENCODE, `only ${fileStats.jsonencode} jsonencode calls compared`);
      assert.ok(fileStats.references >= MIN_REFERENCES, `only ${fileStats.references} references compared`);
    });
  });

  describe('corner cases', () => {
    for (const { name, text } of CORNER_CASES) {
      it(name, async () => {
        assert.deepEqual(await compareText(`corner/${name}`, `${name}.tf`, text, parser, cornerStats), []);
      });
    }

    it('every FIXME(#2) case still disagrees', () => {
      const { unknownButLiteral, ...counts } = cornerStats;
      console.log(`hcl2json oracle, corner cases: ${show(counts)}`);
      for (const line of unknownButLiteral) console.log(`  unknown to us, a literal for HCL: ${line}`);
      assert.ok(cornerStats.comparisons >= 80, `only ${cornerStats.comparisons} comparisons`);
      const stale = [...EXPECTED_MISMATCHES.keys()].filter((k) => !expectedSeen.has(k));
      assert.deepEqual(stale, [], 'these cases agree now: remove them from EXPECTED_MISMATCHES');
    });
  });

  it(`generated literal values (${GENERATED_RUNS} files, seed ${GENERATED_SEED})`, async () => {
    const result = await fc.check(
      fc.asyncProperty(generatedFile, async (text) => {
        const mismatches = await compareText('generated', 'generated.tf', text, parser, generatedStats);
        if (mismatches.length > 0) throw new Error(mismatches.join('\n'));
      }),
      { seed: GENERATED_SEED, numRuns: GENERATED_RUNS },
    );
    if (result.failed) {
      const message = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
      assert.fail(`${message}\ninput (shrunk; seed ${result.seed}, path ${result.counterexamplePath}):\n${result.counterexample?.[0]}`);
    }
    const { unknownButLiteral, ...counts } = generatedStats;
    console.log(`hcl2json oracle, generated: ${show({ ...counts, unknownButLiteral: unknownButLiteral.length })}`);
    assert.ok(generatedStats.comparisons >= GENERATED_RUNS * 5, `only ${generatedStats.comparisons} comparisons`);
    assert.equal(generatedStats.rejected, 0, 'the generators produce valid HCL');
  });
});
