// Properties of the pattern engine, checked with fast-check on fixed seeds (so a failure reproduces):
// a filter matches iff one of its patterns does; anything-but x never matches x; a pattern built from
// an event's own values matches it; the fast walker agrees with the reference algorithm; and every
// problem's range lies inside the source it was read from.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import type { SourceRange } from '../../server/src/core/model/sourceRange';
import type { StringValue, Value } from '../../server/src/core/model/value';
import { isComparable } from '../../server/src/core/patterns/comparableNumber';
import { compilePattern, type CompiledPattern } from '../../server/src/core/patterns/compilePattern';
import { decodeRecord, RECORD_SOURCES } from '../../server/src/core/patterns/decodeRecord';
import { matchExact } from '../../server/src/core/patterns/matchExact';
import { filterSet } from '../../server/src/core/patterns/filterSet';
import { matchRecord } from '../../server/src/core/patterns/matchRecord';
import { parsePatternText, parsePatternValue } from '../../server/src/core/patterns/parsePattern';
import { encodedLength, encodeJson } from '../../server/src/core/patterns/patternText';

const RUNS = { seed: 20260301, numRuns: 400 };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const leaf = fc.oneof(fc.constantFrom('a', 'b', 'A', 'ab', '', 'x.y'), fc.integer({ min: -3, max: 3 }), fc.boolean(), fc.constant(null));
const key = fc.constantFrom('a', 'b', 'c', 'd');
/** Events with nesting, arrays of values and arrays of objects over a small alphabet, so patterns hit. */
const event: fc.Arbitrary<{ [key: string]: Json }> = fc.letrec<{ value: Json; object: { [key: string]: Json } }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('object'), fc.array(fc.oneof(leaf, tie('object')), { maxLength: 3 })),
  object: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
})).object;

const str = fc.constantFrom('a', 'b', 'A', 'ab', '');
const matcher: fc.Arbitrary<Json> = fc.oneof(
  leaf,
  str.map((s) => ({ prefix: s })),
  str.map((s) => ({ suffix: s })),
  str.map((s) => ({ 'equals-ignore-case': s })),
  fc.array(fc.constantFrom('a', 'b'), { minLength: 1, maxLength: 2 }).map((v) => ({ 'anything-but': v })),
  fc.integer({ min: -3, max: 3 }).map((n) => ({ 'anything-but': n })),
  fc.integer({ min: -3, max: 3 }).map((n) => ({ numeric: ['>=', n] })),
  fc.boolean().map((b) => ({ exists: b })),
  fc.constantFrom('*', 'a*', '*b', 'a*b').map((w) => ({ wildcard: w })),
);
const pattern: fc.Arbitrary<{ [key: string]: Json }> = fc.letrec<{ object: { [key: string]: Json }; member: Json }>((tie) => ({
  member: fc.oneof({ depthSize: 'small' }, fc.array(matcher, { minLength: 1, maxLength: 3 }), tie('object')),
  object: fc.oneof(
    { depthSize: 'small' },
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'a.b'), tie('member'), { minKeys: 1, maxKeys: 3 }),
    fc.tuple(fc.dictionary(key, tie('member'), { minKeys: 1, maxKeys: 2 }), fc.dictionary(key, tie('member'), { minKeys: 1, maxKeys: 2 })).map(([x, y]) => ({ $or: [x, y] })),
  ),
})).object;

function compile(p: Json): CompiledPattern | undefined {
  const parsed = parsePatternText(JSON.stringify(p));
  return parsed.pattern && compilePattern(parsed.pattern);
}

describe('pattern properties', () => {
  it('a filter matches iff one of its patterns does', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 4 }), event, fc.constantFrom(...RECORD_SOURCES), (patterns, record, source) => {
        const compiled = patterns.map(compile).filter((p): p is CompiledPattern => p !== undefined);
        const decoded = decodeRecord(record, source);
        const filter = filterSet(compiled);
        const each: boolean[] = [];
        const count = filter.matchEach(decoded, each);
        assert.equal(filter.matches(decoded), compiled.some((p) => matchRecord(p, decoded)));
        assert.deepEqual(each, compiled.map((p) => matchRecord(p, decoded)));
        assert.equal(count, each.filter(Boolean).length);
      }),
      RUNS,
    );
  });

  it('anything-but x never matches x', () => {
    const value = fc.oneof(fc.string({ maxLength: 8 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
    fc.assert(
      fc.property(value, fc.constantFrom('plain', 'list', 'ignore-case', 'prefix', 'suffix'), (x, form) => {
        if (typeof x !== 'string' && form !== 'plain' && form !== 'list') return;
        if ((form === 'prefix' || form === 'suffix') && x === '') return; // EventBridge rejects an empty prefix here
        const operand = form === 'plain' ? x : form === 'list' ? [x] : { [form === 'ignore-case' ? 'equals-ignore-case' : form]: x };
        const compiled = compile({ f: [{ 'anything-but': operand }] });
        // A number the engine cannot compare (5e-324 reads back as 4.9e-324) is rejected instead.
        if (typeof x === 'number' && !isComparable(JSON.stringify(x))) return assert.equal(compiled, undefined);
        assert.ok(compiled);
        assert.equal(compiled.test({ f: x }), false);
        if (typeof x === 'string') assert.equal(compiled.test({ f: [x, x] }), false);
      }),
      RUNS,
    );
  });

  it('a pattern built from an event’s own values matches it', () => {
    fc.assert(
      fc.property(event, fc.infiniteStream(fc.nat()), (record, choices) => {
        const picks = choices[Symbol.iterator]();
        const next = (n: number): number => picks.next().value! % n;
        const derived = derive(record, next);
        if (!derived) return;
        const compiled = compile(derived);
        assert.ok(compiled, JSON.stringify(derived));
        assert.equal(compiled.test(record), true, `${JSON.stringify(derived)} on ${JSON.stringify(record)}`);
      }),
      RUNS,
    );
  });

  it('the fast walker agrees with the reference algorithm', () => {
    const dotted = event.map((e) => ({ ...e, 'a.b': e['a'] ?? 'a' }));
    fc.assert(
      fc.property(pattern, fc.oneof(event, dotted), (p, record) => {
        const compiled = compile(p);
        if (!compiled || compiled.branches.length === 0) return;
        const reference = compiled.branches.some((b) => matchExact(b, record));
        assert.equal(compiled.test(record), reference, `${JSON.stringify(p)} on ${JSON.stringify(record)}`);
      }),
      RUNS,
    );
  });

  it('positions of every problem lie inside the source', () => {
    const texts = fc.oneof(
      fc.string({ maxLength: 40 }),
      pattern.map((p) => JSON.stringify(p)),
      fc.tuple(pattern.map((p) => JSON.stringify(p)), fc.nat(), fc.string({ maxLength: 3 })).map(([t, at, junk]) => t.slice(0, at % (t.length + 1)) + junk + t.slice(at % (t.length + 1))),
      fc.json().map((j) => `{"a": ${j}}`),
    );
    fc.assert(
      fc.property(texts, fc.constantFrom('text', 'quoted', 'heredoc', 'indented-heredoc', 'jsonencode'), (text, form) => {
        if (form === 'text') {
          for (const p of parsePatternText(text).problems) assertInside(p.range, { start: 0, end: text.length });
          return;
        }
        if (form === 'jsonencode') {
          let data: unknown;
          try {
            data = JSON.parse(text);
          } catch {
            return;
          }
          const { value, document } = jsonencodeValue(data);
          for (const p of parsePatternValue(value, document)?.problems ?? []) assertInside(p.range, value.range);
          return;
        }
        const { value, document } = form === 'quoted' ? quotedValue(text) : heredocValue(text, form === 'indented-heredoc');
        const result = parsePatternValue(value, document);
        assert.ok(result);
        // Mapped offsets fall in the string's content, never on its quotes or the heredoc header.
        for (const p of result.problems) assertInside(p.range, { start: value.contentStart, end: value.range.end });
      }),
      RUNS,
    );
  });

  it('encodedLength is the length of encodeJson, undefined alike', () => {
    const at = { start: 0, end: 0 };
    const value: fc.Arbitrary<Value> = fc.letrec<{ value: Value }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('"', '\\', '\n', '\b\f\r\t', '\u0001\u001f', 'é', '😀', '\ud800', 'a\udc00', '\ud83d\ud83d\ude00')).map((s): Value => ({ kind: 'string', value: s, form: 'quoted', contentStart: 0, range: at })),
        fc.oneof(fc.integer(), fc.double()).map((n): Value => ({ kind: 'number', value: n, range: at })),
        fc.boolean().map((b): Value => ({ kind: 'bool', value: b, range: at })),
        fc.constant<Value>({ kind: 'null', range: at }),
        fc.constant<Value>({ kind: 'unknown', text: 'x', range: at }),
        fc.array(tie('value'), { maxLength: 3 }).map((items): Value => ({ kind: 'list', items, range: at })),
        fc.array(fc.tuple(fc.string({ unit: 'binary' }), tie('value')), { maxLength: 3 }).map((entries): Value => ({ kind: 'object', entries: entries.map(([key, v]) => ({ key, keyRange: at, value: v })), range: at })),
        tie('value').map((inner): Value => ({ kind: 'jsonencode', inner, range: at })),
        fc.option(tie('value')).map((resolved): Value => ({ kind: 'reference', path: ['local', 'x'], ...(resolved ? { resolved } : {}), range: at })),
      ),
    })).value;
    fc.assert(
      fc.property(value, (v) => assert.equal(encodedLength(v), encodeJson(v)?.length)),
      RUNS,
    );
  });
});

function assertInside(range: SourceRange, outer: SourceRange): void {
  assert.ok(range.start >= outer.start && range.end <= outer.end && range.start <= range.end, `${JSON.stringify(range)} is not inside ${JSON.stringify(outer)}`);
}

/** A pattern of exact values, affixes, ranges and the like taken from the event; fields under one array use one element. */
function derive(record: { [key: string]: Json }, next: (n: number) => number): { [key: string]: Json } | undefined {
  const fields = Object.entries(record);
  if (fields.length === 0) return undefined;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of fields.slice(0, 1 + next(fields.length))) {
    const derived = deriveValue(v, next);
    if (derived !== undefined) out[k] = derived;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function deriveValue(v: Json, next: (n: number) => number): Json | undefined {
  if (Array.isArray(v)) {
    if (v.length === 0) return undefined;
    return deriveValue(v[next(v.length)]!, next);
  }
  if (v !== null && typeof v === 'object') return derive(v, next);
  const choice = next(6);
  if (typeof v === 'string' && choice === 1) return [{ prefix: v.slice(0, next(v.length + 1)) }];
  if (typeof v === 'string' && choice === 2) return [{ 'equals-ignore-case': swapCase(v) }];
  if (typeof v === 'string' && choice === 3 && v.length > 0) return [{ wildcard: `${v[0]}*` }];
  if (typeof v === 'number' && choice === 1) return [{ numeric: ['>=', v, '<', v + 1] }];
  if (choice === 4) return [{ exists: true }];
  if (choice === 5) return ['no such value', v];
  return [v];
}

function swapCase(s: string): string {
  return [...s].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
}

/** `pattern = "<text as an HCL quoted string>"`, with escapes and `$${` where HCL needs them. */
function quotedValue(text: string): { value: StringValue; document: string } {
  const escaped = text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\$\{/g, '$${').replace(/é/g, '\\u00e9');
  const document = `  pattern = "${escaped}"\n`;
  const start = document.indexOf('"');
  return { value: { kind: 'string', value: text, form: 'quoted', contentStart: start + 1, range: { start, end: start + escaped.length + 2 } }, document };
}

/** `pattern = <<EOT` (or `<<-EOT`, indented) with the text as its content, read the way Terraform reads it. */
function heredocValue(text: string, indented: boolean): { value: StringValue; document: string } {
  const lines = text.replace(/\r/g, '').replace(/\$\{/g, '$${').split('\n');
  const indent = indented ? '    ' : '';
  const head = `  pattern = ${indented ? '<<-EOT' : '<<EOT'}\n`;
  const content = lines.map((l) => indent + l + '\n').join('');
  const document = `${head}${content}${indent}EOT\n`;
  let read = content.split('\n');
  if (indented) {
    const indents = read.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
    const strip = indents.length > 0 ? Math.min(...indents) : 0;
    read = read.map((l) => l.slice(Math.min(strip, /^[ \t]*/.exec(l)![0].length)));
  }
  const value = read.join('\n').replace(/\$\$\{/g, '${');
  return { value: { kind: 'string', value, form: 'heredoc', contentStart: head.length, range: { start: head.indexOf('<<'), end: document.length - 1 } }, document };
}

/** `jsonencode(<HCL>)` as the HCL front end models it: every node with a range inside the call. */
function jsonencodeValue(data: unknown): { value: Value; document: string } {
  let document = 'jsonencode(';
  const build = (d: unknown): Value => {
    const start = document.length;
    if (Array.isArray(d)) {
      document += '[';
      const items = d.map((item) => {
        const v = build(item);
        document += ', ';
        return v;
      });
      document += ']';
      return { kind: 'list', items, range: { start, end: document.length } };
    }
    if (d !== null && typeof d === 'object') {
      document += '{';
      const entries = Object.entries(d).map(([k, item]) => {
        const keyStart = document.length;
        document += JSON.stringify(k);
        const keyRange = { start: keyStart, end: document.length };
        document += ' = ';
        const value = build(item);
        document += '\n';
        return { key: k, keyRange, value };
      });
      document += '}';
      return { kind: 'object', entries, range: { start, end: document.length } };
    }
    document += JSON.stringify(d);
    const range = { start, end: document.length };
    if (typeof d === 'string') return { kind: 'string', value: d, form: 'quoted', contentStart: start + 1, range };
    if (typeof d === 'number') return { kind: 'number', value: d, range };
    if (typeof d === 'boolean') return { kind: 'bool', value: d, range };
    return { kind: 'null', range };
  };
  const inner = build(data);
  document += ')';
  return { value: { kind: 'jsonencode', inner, range: { start: 0, end: document.length } }, document };
}
