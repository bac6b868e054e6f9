// Lambda's decoding per source (SQS body, Kinesis/MQ data and Kafka value from base64, DynamoDB as it
// is), finding records in sample input, the built-in samples, and the explanations given for records
// that do not match.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { decodeBase64Text, encodeBase64Text } from '../../server/src/core/patterns/base64';
import { compilePattern } from '../../server/src/core/patterns/compilePattern';
import { decodeRecord, RECORD_SOURCES } from '../../server/src/core/patterns/decodeRecord';
import { parseEventJson } from '../../server/src/core/patterns/eventJson';
import { explainMatch } from '../../server/src/core/patterns/explainMatch';
import { parsePatternText } from '../../server/src/core/patterns/parsePattern';
import { guessRecordSource } from '../../server/src/core/patterns/recordSource';
import { SAMPLE_RECORDS } from '../../server/src/core/patterns/samples/sampleRecords';
import { REPO } from '../support/paths';

function sample(name: string): (typeof SAMPLE_RECORDS)[number] {
  const found = SAMPLE_RECORDS.find((s) => s.name === name);
  assert.ok(found, name);
  return found;
}

describe('base64', () => {
  it('round-trips UTF-8 text', () => {
    for (const text of ['', 'a', 'ab', 'abc', '{"k":"café 🚀"}']) assert.equal(decodeBase64Text(encodeBase64Text(text)), text);
  });

  it('refuses what is not base64 or not UTF-8', () => {
    assert.equal(decodeBase64Text('%%%%'), undefined);
    assert.equal(decodeBase64Text('abcde'), undefined);
    assert.equal(decodeBase64Text('//79'), undefined); // bytes ff fe fd
    assert.equal(decodeBase64Text('YQ'), 'a'); // padding is optional
  });
});

describe('decoding per source', () => {
  it('SQS: a JSON body is parsed, any other body stays text', () => {
    assert.deepEqual(decodeRecord({ body: '{"a":1}', messageId: 'm' }, 'sqs').view, { body: { a: 1 }, messageId: 'm' });
    const plain = decodeRecord({ body: 'hello' }, 'sqs');
    assert.equal(plain.payload, 'text');
    assert.equal(plain.view.body, 'hello');
    assert.equal(decodeRecord({ body: '123' }, 'sqs').payload, 'text');
    assert.equal(decodeRecord({ body: '{broken' }, 'sqs').payload, 'text');
  });

  it('SQS: the record given is not changed', () => {
    const record = { body: '{"a":1}' };
    decodeRecord(record, 'sqs');
    assert.deepEqual(record, { body: '{"a":1}' });
  });

  it('Kinesis: the kinesis fields are the top, data decoded', () => {
    const decoded = decodeRecord(sample('kinesis-click').record, 'kinesis');
    assert.equal(decoded.payload, 'json');
    assert.deepEqual(Object.keys(decoded.view).sort(), ['approximateArrivalTimestamp', 'data', 'kinesisSchemaVersion', 'partitionKey', 'sequenceNumber']);
    assert.equal((decoded.view.data as { type: string }).type, 'click');
    assert.equal(decodeRecord(sample('kinesis-plain-text').record, 'kinesis').payload, 'text');
    const binary = decodeRecord({ kinesis: { data: '//79', partitionKey: 'p' } }, 'kinesis');
    assert.equal(binary.payload, 'binary');
    assert.equal('data' in binary.view, false);
  });

  it('Amazon MQ and Kafka: data and value decoded; DynamoDB and raw as they are', () => {
    assert.equal((decodeRecord(sample('activemq-json').record, 'mq').view.data as { kind: string }).kind, 'restock');
    assert.equal(decodeRecord(sample('activemq-plain-text').record, 'mq').view.data, 'RESTOCK BK-001 40');
    assert.equal((decodeRecord(sample('rabbitmq-json').record, 'mq').view.data as { kind: string }).kind, 'return');
    assert.deepEqual((decodeRecord(sample('msk-json').record, 'kafka').view.value as { device: unknown }).device, { id: 'device-31', type: 'thermostat' });
    assert.equal(decodeRecord(sample('msk-json').record, 'kafka').view.key, encodeBase64Text('device-31'));
    const ddb = sample('dynamodb-insert').record;
    assert.equal(decodeRecord(ddb, 'dynamodb').view, ddb);
    assert.equal(decodeRecord(ddb, 'raw').view, ddb);
    assert.deepEqual(decodeRecord('not an object', 'sqs').view, {});
  });
});

describe('sample input', () => {
  it('has samples for every source kind, recognized by their shape', () => {
    for (const source of RECORD_SOURCES.filter((s) => s !== 'raw')) assert.ok(SAMPLE_RECORDS.some((s) => s.source === source), source);
    for (const s of SAMPLE_RECORDS) assert.equal(guessRecordSource(s.record), s.source, s.name);
    assert.equal(guessRecordSource({ detail: {} }), 'raw');
  });

  it('are what the sample-file schema describes', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas', 'samples.schema.json'), 'utf8')) as {
      definitions: { sample: { properties: Record<string, { enum?: string[] }> } };
    };
    const sample = schema.definitions.sample.properties;
    assert.deepEqual(sample['source']!.enum, [...RECORD_SOURCES]);
    for (const s of SAMPLE_RECORDS) assert.deepEqual(Object.keys(s).filter((k) => !(k in sample)), [], s.name);
  });
});

describe('explanations', () => {
  function why(pattern: string, name: string): string {
    const s = sample(name);
    const explanation = explainMatch(compilePattern(parsePatternText(pattern).pattern!), decodeRecord(s.record, s.source));
    assert.equal(explanation.matched, false);
    return explanation.reason!;
  }

  const cases: readonly [string, string, string, RegExp][] = [
    ['case differs', '{"body": {"eventType": ["ordercreated"]}}', 'sqs-order-created', /only in case.*equals-ignore-case/],
    ['number against string', '{"body": {"amount": ["129.9"]}}', 'sqs-order-created', /number 129\.9 but the pattern has the string/],
    ['SQS body not JSON', '{"body": {"eventType": ["OrderCreated"]}}', 'sqs-plain-text', /not JSON.*deletes it from the queue/],
    ['SQS body is JSON, plain pattern', '{"body": [{"prefix": "Order"}]}', 'sqs-order-created', /is JSON, so a plain-value pattern/],
    ['missing body wrapper', '{"eventType": ["OrderCreated"]}', 'sqs-order-created', /`eventType` is inside `body`/],
    ['wrong wrapper', '{"data": {"eventType": ["OrderCreated"]}}', 'sqs-order-created', /SQS records have no `data`/],
    ['Kinesis wrapper written out', '{"kinesis": {"data": {"type": ["click"]}}}', 'kinesis-click', /at the top: write \{"data"/],
    ['Kinesis data not JSON', '{"data": {"type": ["click"]}}', 'kinesis-plain-text', /Kinesis `data` is not JSON.*skips the record/],
    ['DynamoDB value without its type key', '{"dynamodb": {"NewImage": {"status": ["NEW"]}}}', 'dynamodb-insert', /under its type key.*"S"/],
    ['numeric on a DynamoDB N', '{"dynamodb": {"NewImage": {"total": {"N": [{"numeric": [">", 100]}]}}}}', 'dynamodb-insert', /`numeric` never matches DynamoDB N values/],
    ['a number against a DynamoDB N', '{"dynamodb": {"NewImage": {"itemCount": {"N": [3]}}}}', 'dynamodb-insert', /DynamoDB sends numbers \(N\) as strings/],
    ['exists on an object', '{"dynamodb": {"NewImage": {"status": [{"exists": true}]}}}', 'dynamodb-insert', /`exists` only tests values.*\{"S": \[\{"exists": true\}\]\}/],
    ['fields in different array elements', '{"body": {"items": {"category": ["books"], "qty": [1]}}}', 'sqs-order-created', /not all in the same array element/],
    ['excluded by anything-but', '{"body": {"customer": {"tier": [{"anything-but": "gold"}]}}}', 'sqs-order-created', /excludes/],
    ['a key in another case', '{"body": {"EventType": ["OrderCreated"]}}', 'sqs-order-created', /has `eventType`, not `EventType`: keys are case-sensitive/],
    ['no $or branch', '{"$or": [{"body": {"eventType": ["x"]}}, {"body": {"currency": ["USD"]}}]}', 'sqs-order-created', /None of the 2 \$or branches/],
    ['KEYS_ONLY stream', '{"dynamodb": {"NewImage": {"status": {"S": ["NEW"]}}}}', 'dynamodb-keys-only', /`dynamodb` has no field `NewImage`/],
  ];
  for (const [title, pattern, name, expected] of cases) {
    it(title, () => assert.match(why(pattern, name), expected));
  }

  it('says when Amazon MQ ignored the data part of a pattern', () => {
    const s = sample('activemq-plain-text');
    const explanation = explainMatch(compilePattern(parsePatternText('{"data": {"kind": ["restock"]}}').pattern!), decodeRecord(s.record, s.source));
    assert.equal(explanation.matched, true);
    assert.match(explanation.reason!, /not JSON.*other fields only/);
  });
});

describe('explanations of values AWS reads its own way', () => {
  function explain(pattern: string, eventText: string): { matched: boolean; reason?: string } {
    return explainMatch(compilePattern(parsePatternText(pattern).pattern!), decodeRecord(parseEventJson(eventText), 'raw'));
  }

  it('a number beyond the range of a double is shown as written, never as null', () => {
    const { matched, reason } = explain('{"n": [{"numeric": [">", 0]}]}', '{"n": 1e400}');
    assert.equal(matched, false);
    assert.match(reason!, /`n` is 1e400 \(beyond the range of a double\).*`numeric` never matches it/);
    assert.doesNotMatch(reason!, /null/);
  });

  it('a number that is not exactly a double is shown as written', () => {
    assert.match(explain('{"n": [9007199254740992]}', '{"n": 9007199254740993}').reason!, /9007199254740993 \(not exactly a double, which reads it as 9007199254740992\)/);
    assert.match(explain('{"m": {"k": ["x"]}}', '{"m": {"k": 1e-400}}').reason!, /1e-400 \(too small for a double/);
    assert.match(explain('{"m": {"k": ["x"]}}', '{"m": [{"k": [1e400]}]}').reason!, /1e400/);
    assert.match(explain('{"m": {"x": ["x"]}}', '{"m": {"k": [1e400]}}').reason!, /no field `x`/);
  });

  it('values where AWS’s engine answers differently are flagged, others are not', () => {
    assert.match(explain('{"ip": [{"cidr": "0.0.0.0/0"}]}', '{"ip": "::1"}').reason!, /AWS's engine may answer differently for `ip`: it compares IP addresses as hex text/);
    assert.match(explain('{"s": [{"prefix": "a\\""}]}', '{"s": "a"}').reason!, /quoted text/);
    const astral = explain('{"s": [{"equals-ignore-case": "𐐀"}]}', '{"s": "𐐨"}');
    assert.equal(astral.matched, true);
    assert.match(astral.reason!, /Basic Multilingual Plane/);
    assert.equal(explain('{"ip": [{"cidr": "10.0.0.0/8"}]}', '{"ip": "10.1.2.3"}').reason, undefined);
    assert.match(explain('{"ip": [{"cidr": "0.0.0.0/0"}]}', '{"ip": 300}').reason!, /can hold a number/);
    assert.equal(explain('{"ip": [{"cidr": "0.0.0.0/0"}]}', '{"ip": "abc"}').reason!.includes('AWS'), false);
    assert.equal(explain('{"s": [{"prefix": "a"}]}', '{"s": "ab"}').reason, undefined);
  });
});
