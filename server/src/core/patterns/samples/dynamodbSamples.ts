// Sample DynamoDB stream records: attribute values are typed ({"S": "…"}, numbers as strings in {"N":
// "…"}, {"BOOL": true}, {"M": {…}}, {"L": […]}), so patterns name the type key too.

import type { SampleRecord } from './sampleRecord';

const STREAM = 'arn:aws:dynamodb:eu-west-1:123456789012:table/Orders/stream/2026-01-01T00:00:00.000';

function streamRecord(eventName: 'INSERT' | 'MODIFY' | 'REMOVE', sequence: string, dynamodb: Record<string, unknown>): Record<string, unknown> {
  return {
    eventID: `c81e728d9d4c2f636f067f89cc14862${sequence.slice(-1)}`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-west-1',
    dynamodb: { ApproximateCreationDateTime: 1767225600, SequenceNumber: sequence, ...dynamodb },
    eventSourceARN: STREAM,
  };
}

const KEYS = { pk: { S: 'ORDER#1042' }, sk: { S: 'META' } };

export const DYNAMODB_SAMPLES: readonly SampleRecord[] = [
  {
    name: 'dynamodb-insert',
    source: 'dynamodb',
    description: 'A new item with S, N, BOOL, NULL, M, L and SS values: {"dynamodb": {"NewImage": {"status": {"S": ["NEW"]}}}}.',
    record: streamRecord('INSERT', '111000000000000000000001', {
      Keys: KEYS,
      NewImage: {
        ...KEYS,
        status: { S: 'NEW' },
        total: { N: '129.9' },
        itemCount: { N: '3' },
        express: { BOOL: true },
        note: { NULL: true },
        customer: { M: { id: { S: 'cus-77' }, tier: { S: 'gold' } } },
        lines: { L: [{ M: { sku: { S: 'BK-001' }, qty: { N: '2' } } }, { M: { sku: { S: 'TY-314' }, qty: { N: '1' } } }] },
        tags: { SS: ['gift', 'priority'] },
      },
      SizeBytes: 312,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    }),
  },
  {
    name: 'dynamodb-modify',
    source: 'dynamodb',
    description: 'A status change with both images.',
    record: streamRecord('MODIFY', '111000000000000000000002', {
      Keys: KEYS,
      OldImage: { ...KEYS, status: { S: 'NEW' }, total: { N: '129.9' }, express: { BOOL: true } },
      NewImage: { ...KEYS, status: { S: 'SHIPPED' }, total: { N: '129.9' }, express: { BOOL: false } },
      SizeBytes: 208,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    }),
  },
  {
    name: 'dynamodb-remove',
    source: 'dynamodb',
    description: 'A deleted item: there is no NewImage.',
    record: streamRecord('REMOVE', '111000000000000000000003', {
      Keys: KEYS,
      OldImage: { ...KEYS, status: { S: 'CANCELLED' }, total: { N: '0' } },
      SizeBytes: 96,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    }),
  },
  {
    name: 'dynamodb-keys-only',
    source: 'dynamodb',
    description: 'A KEYS_ONLY stream: patterns on NewImage never match.',
    record: streamRecord('INSERT', '111000000000000000000004', { Keys: KEYS, SizeBytes: 38, StreamViewType: 'KEYS_ONLY' }),
  },
];
