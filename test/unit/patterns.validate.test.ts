// Pattern validation: EventBridge's reasons beyond the AWS-recorded corpus (from its pattern compiler's
// checks), the token each problem points at, what is flagged only for Lambda, and positions when the
// pattern is written as an HCL quoted string, a heredoc or `jsonencode(...)`.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StringValue, Value } from '../../server/src/core/model/value';
import { parsePatternText, parsePatternValue } from '../../server/src/core/patterns/parsePattern';
import { firstError } from '../../server/src/core/patterns/patternProblem';

/** [pattern, EventBridge's reason, the text the problem underlines]. */
const REJECTED: readonly [string, string, string][] = [
  ['{}', 'Empty objects are not allowed', '{}'],
  ['{"a": {}}', 'Empty objects are not allowed', '{}'],
  ['{"a": [["x"]]}', 'Match value must be String, number, true, false, or null', '["x"]'],
  ['{"a": [{}]}', 'Match expression name not found', '{}'],
  ['{"a": [{"prefix": "x", "suffix": "y"}]}', 'Only one key allowed in match expression', '"suffix"'],
  ['{"a": [{"prefix": {"suffix": "x"}}]}', 'Unsupported prefix pattern: suffix', '"suffix"'],
  ['{"a": [{"suffix": {}}]}', 'Suffix expression name not found', '{}'],
  ['{"a": [{"anything-but": {"numeric": [">", 1]}}]}', 'Unsupported anything-but pattern: numeric', '"numeric"'],
  ['{"a": [{"anything-but": {}}]}', 'Anything-But expression name not found', '{}'],
  ['{"a": [{"anything-but": ["x", 1]}]}', 'Inside anything but list, either all values are number or string, mixed type is not supported', '["x", 1]'],
  ['{"a": [{"anything-but": []}]}', 'Inside anything but list, either all values are number or string, mixed type is not supported', '[]'],
  ['{"a": [{"anything-but": "x", "prefix": "y"}]}', 'Too many elements in numeric expression', '"prefix"'],
  ['{"a": [{"exists": "yes"}]}', 'exists match pattern must be either true or false.', '"yes"'],
  // The token has an escape, so the whole string is underlined.
  ['{"a": [{"wildcard": "a\\\\b"}]}', 'Invalid escape character at pos 2', '"a\\\\b"'],
  ['{"a": [{"wildcard": "é**"}]}', 'Consecutive wildcard characters at pos 3', '*'],
  ['{"a": [{"cidr": "10.0.0.0/32"}]}', 'IPv4 mask bits must be < 32', '"10.0.0.0/32"'],
  ['{"a": [{"cidr": "::/128"}]}', 'IPv6 mask bits must be < 128', '"::/128"'],
  ['{"a": [{"cidr": "10.0.0.0/-1"}]}', 'Malformed CIDR, mask bits must not be negative', '"10.0.0.0/-1"'],
  ['{"a": [{"cidr": "10.0.0.300/8"}]}', 'Invalid IP address: 10.0.0.300', '"10.0.0.300/8"'],
  ['{"a": [{"numeric": []}]}', 'Invalid member in numeric match: ]', ']'],
  ['{"a": [{"numeric": [5]}]}', 'Invalid member in numeric match: 5', '5'],
  ['{"a": [{"numeric": ["!=", 5]}]}', 'Unrecognized numeric range operator: !=', '"!="'],
  ['{"a": [{"numeric": ["=", "5"]}]}', 'Value of equals must be numeric', '"5"'],
  ['{"a": [{"numeric": ["<", 5, ">", 1]}]}', 'Too many elements in numeric expression', '">"'],
  ['{"a": [{"numeric": [">", 1, 5]}]}', 'Bad value in numeric range: 5', '5'],
  ['{"a": [{"numeric": [">", 1, "<", 5, 6]}]}', 'Too many terms in numeric range expression', '6'],
  ['{"a": [{"numeric": [">=", 5, "<=", 5]}]}', 'Bottom must be less than top', '[">=", 5, "<=", 5]'],
  ['{"a": [{"numeric": [">", 1e400]}]}', 'Cannot compare number : 1e400', '1e400'],
  ['{"a": [{"numeric": [">", 1]}, {"numeric": 2}]}', 'Value of numeric must be an array.', '2'],
  ['{"$or": {"a": ["x"]}}', 'It must be an Array followed with $or.', '{"a": ["x"]}'],
  ['{"$or": [{"a": ["x"]}]}', 'There must have at least 2 Objects in $or relationship.', '[{"a": ["x"]}]'],
  ['{"$or": [{"a": ["x"]}, ["b"]]}', 'Only JSON object is allowed in array of $or relationship.', '["b"]'],
  ['{"$or": [{"prefix": ["x"]}, {"b": ["y"]}]}', 'prefix is Ruler reserved fieldName which cannot be used inside $or.', '"prefix"'],
  ['{"a": ["x"], "b": 1}', '"b" must be an object or an array', '1'],
  ['null', 'Filter is not an object', 'null'],
  ['"simple string"', 'Filter is not an object', '"simple string"'],
  ['[1, 2', 'Filter is not an object', '[1, 2'],
  ['   ', 'Filter is not an object', '   '],
  ['{"a": [01]}', 'Invalid numeric value: Leading zeroes not allowed', '01'],
  ['{"a": ["x",]}', "Unexpected character (']' (code 93)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')", ']'],
  ['{"a": ["x"],}', "Unexpected character ('}' (code 125)): was expecting double-quote to start field name", '}'],
  ['{"a": ["x"] // note\n}', "Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)", '/'],
  ['{"a": ["x\ty"]}', 'Illegal unquoted character ((CTRL-CHAR, code 9)): has to be escaped using backslash to be included in string value', '\t'],
  ['{"a": ["\\q"]}', "Unrecognized character escape 'q' (code 113)", '\\q'],
  ['{"a": ["x"]', 'Unexpected end-of-input: expected close marker for Object', ''],
  ['{"a" ["x"]}', "Unexpected character ('[' (code 91)): was expecting a colon to separate field name and value", '['],
  // EventBridge reads the pattern as a stream: what is wrong before the broken JSON is reported first.
  ['{"a": "x", "b": [', '"a" must be an object or an array', '"x"'],
];

describe('pattern validation', () => {
  for (const [text, reason, underlined] of REJECTED) {
    it(`${JSON.stringify(text)}: ${reason}`, () => {
      const { pattern, problems } = parsePatternText(text, { target: 'eventbridge' });
      assert.equal(pattern, undefined);
      const error = firstError(problems)!;
      assert.equal(error.reason, reason);
      assert.equal(text.slice(error.range.start, error.range.end), underlined);
      assert.match(error.message, /Lambda answers "Invalid filter pattern definition\."/);
    });
  }

  it('never throws, whatever the text', () => {
    const deep = `{"a": ${'['.repeat(50_000)}`;
    for (const text of ['{', '}', '{"', '{"a', '{"a":', '{"a":[', '{"a":[{', '{"a":[{"prefix"', '\u0000', '{"a":[{"numeric":[">"', '{"$or":[', '"\\u12', deep]) {
      assert.ok(parsePatternText(text).problems.some((p) => p.severity === 'error'), text.slice(0, 20));
    }
  });

  it('flags, for Lambda only, operators Lambda does not document', () => {
    const text = '{"a": [{"anything-but": {"prefix": "x"}}, {"wildcard": "a*"}, {"cidr": "10.0.0.0/8"}, {"suffix": {"equals-ignore-case": ".png"}}], "$or": [{"b": ["y"]}, {"c": ["z"]}]}';
    const lambda = parsePatternText(text);
    assert.ok(lambda.pattern);
    const flagged = lambda.problems.map((p) => `${p.severity} ${p.code} ${text.slice(p.range.start, p.range.end)}`);
    assert.deepEqual(flagged, [
      'warning pattern-lambda-unsupported "prefix"',
      'information pattern-lambda-unverified "wildcard"',
      'information pattern-lambda-unverified "cidr"',
      'information pattern-lambda-unverified "suffix"',
      'information pattern-lambda-unverified "$or"',
    ]);
    assert.deepEqual(parsePatternText(text, { target: 'eventbridge' }).problems, []);
  });

  it('applies Lambda’s 4,096-character limit', () => {
    const text = JSON.stringify({ a: ['x'.repeat(4100)] });
    const { pattern, problems } = parsePatternText(text);
    assert.equal(pattern, undefined);
    assert.deepEqual(problems.map((p) => p.code), ['pattern-too-long']);
    assert.ok(parsePatternText(text, { target: 'eventbridge' }).pattern);
  });

  it('warns about text after the pattern and notes overridden duplicate keys', () => {
    const text = '{"a": ["x"], "a": ["y"]} extra';
    const { pattern, problems } = parsePatternText(text);
    assert.ok(pattern);
    assert.deepEqual(
      problems.map((p) => [p.code, p.severity, text.slice(p.range.start, p.range.end)]),
      [
        ['pattern-duplicate-key', 'information', '"a"'],
        ['pattern-trailing-text', 'warning', 'extra'],
      ],
    );
  });

  it('notes numbers older engines compare loosely, for Lambda', () => {
    const { problems } = parsePatternText('{"a": [{"numeric": [">", 6000000000]}], "b": [0.1234567]}');
    assert.deepEqual(problems.map((p) => p.code), ['pattern-number-precision', 'pattern-number-precision']);
  });

  it('wildcards beyond EventBridge’s complexity limit: an error there, a warning for Lambda', () => {
    const text = '{"a": [{"wildcard": "*:*:*:*:*:event-bus/*"}]}';
    assert.equal(firstError(parsePatternText(text, { target: 'eventbridge' }).problems)?.code, 'pattern-too-complex');
    const lambda = parsePatternText(text);
    assert.ok(lambda.pattern);
    assert.ok(lambda.problems.some((p) => p.code === 'pattern-too-complex' && p.severity === 'warning'));
  });

  it('$or branches that multiply past 1,000 combinations', () => {
    const or = JSON.stringify({ $or: Array.from({ length: 11 }, (_, i) => ({ [`k${i}`]: ['x'] })) });
    const text = `{"a": ${or}, "b": ${or}, "c": ${or}}`;
    assert.equal(firstError(parsePatternText(text, { target: 'eventbridge' }).problems)?.code, 'pattern-too-complex');
    const lambda = parsePatternText(text);
    assert.ok(lambda.pattern);
    assert.equal(lambda.pattern.combinations, 1331);
  });
});

describe('pattern positions in Terraform source', () => {
  /** A value for the string between the first pair of double quotes after `pattern = `. */
  function quoted(document: string, value: string): StringValue {
    const start = document.indexOf('"');
    const end = document.lastIndexOf('"') + 1;
    return { kind: 'string', value, form: 'quoted', contentStart: start + 1, range: { start, end } };
  }

  it('maps offsets through HCL escapes in a quoted string', () => {
    const document = 'pattern = "{\\"body\\": {\\"note\\": [\\"caf\\u00e9\\"], \\"tmpl\\": [\\"$${x}\\"], \\"n\\": \\"bad\\"}}"';
    const value = quoted(document, '{"body": {"note": ["café"], "tmpl": ["${x}"], "n": "bad"}}');
    const problem = firstError(parsePatternValue(value, document)!.problems)!;
    assert.equal(problem.reason, '"n" must be an object or an array');
    assert.equal(document.slice(problem.range.start, problem.range.end), '\\"bad\\"');
  });

  it('maps offsets in an indented heredoc', () => {
    const document = 'pattern = <<-EOT\n    {\n      "body": {"x": 5}\n    }\n    EOT\n';
    const value: StringValue = { kind: 'string', value: '{\n  "body": {"x": 5}\n}\n', form: 'heredoc', contentStart: document.indexOf('\n') + 1, range: { start: document.indexOf('<<'), end: document.lastIndexOf('EOT') + 3 } };
    const problem = firstError(parsePatternValue(value, document)!.problems)!;
    assert.equal(problem.reason, '"x" must be an object or an array');
    assert.equal(document.slice(problem.range.start, problem.range.end), '5');
  });

  it('points at HCL tokens inside jsonencode', () => {
    const document = 'jsonencode({ body = { eventType = "OrderCreated" } })';
    const at = (s: string) => ({ start: document.indexOf(s), end: document.indexOf(s) + s.length });
    const inner: Value = {
      kind: 'object',
      range: at('{ body = { eventType = "OrderCreated" } }'),
      entries: [
        {
          key: 'body',
          keyRange: at('body'),
          value: { kind: 'object', range: at('{ eventType = "OrderCreated" }'), entries: [{ key: 'eventType', keyRange: at('eventType'), value: { kind: 'string', value: 'OrderCreated', form: 'quoted', contentStart: at('"OrderCreated"').start + 1, range: at('"OrderCreated"') } }] },
        },
      ],
    };
    const problem = firstError(parsePatternValue({ kind: 'jsonencode', inner, range: at(document) }, document)!.problems)!;
    assert.equal(problem.reason, '"eventType" must be an object or an array');
    assert.equal(document.slice(problem.range.start, problem.range.end), '"OrderCreated"');
  });

  it('reports a pattern reached through a reference on the reference, and is silent on unknown values', () => {
    const document = 'pattern = local.p';
    const target: Value = { kind: 'string', value: '{"a": "x"}', form: 'quoted', contentStart: 1, range: { start: 0, end: 12 } };
    const reference: Value = { kind: 'reference', path: ['local', 'p'], resolved: target, range: { start: 10, end: 17 } };
    const problem = firstError(parsePatternValue(reference, document)!.problems)!;
    assert.deepEqual(problem.range, { start: 10, end: 17 });
    assert.equal(parsePatternValue({ kind: 'unknown', text: 'var.x', range: { start: 10, end: 15 } }, document), undefined);
    assert.equal(parsePatternValue({ kind: 'jsonencode', inner: { kind: 'unknown', text: 'var.x', range: { start: 0, end: 1 } }, range: { start: 0, end: 1 } }, document), undefined);
  });
});
