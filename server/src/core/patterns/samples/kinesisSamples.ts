// Sample Kinesis records: `data` is base64; Lambda decodes it and matches JSON data as an object under
// `data` (patterns address the `kinesis` fields at the top). Data that is not JSON matches no pattern on it.

import { encodeBase64Text } from '../base64';
import type { SampleRecord } from './sampleRecord';

function kinesisRecord(sequence: string, partitionKey: string, data: string): Record<string, unknown> {
  return {
    kinesis: {
      kinesisSchemaVersion: '1.0',
      partitionKey,
      sequenceNumber: sequence,
      data: encodeBase64Text(data),
      approximateArrivalTimestamp: 1767225600.25,
    },
    eventSource: 'aws:kinesis',
    eventVersion: '1.0',
    eventID: `shardId-000000000003:${sequence}`,
    eventName: 'aws:kinesis:record',
    invokeIdentityArn: 'arn:aws:iam::123456789012:role/clickstream-consumer',
    awsRegion: 'eu-west-1',
    eventSourceARN: 'arn:aws:kinesis:eu-west-1:123456789012:stream/clickstream',
  };
}

export const KINESIS_SAMPLES: readonly SampleRecord[] = [
  {
    name: 'kinesis-click',
    source: 'kinesis',
    description: 'JSON data: match it as {"data": {"type": ["click"]}}.',
    record: kinesisRecord(
      '49650000000000000000000000000000000000000000000000000031',
      'user-17',
      JSON.stringify({ type: 'click', page: '/cart', user: { id: 'user-17', plan: 'pro' }, durationMs: 420, tags: ['mobile', 'beta'] }),
    ),
  },
  {
    name: 'kinesis-plain-text',
    source: 'kinesis',
    description: 'Data that is not JSON: every pattern on `data` skips it.',
    record: kinesisRecord('49650000000000000000000000000000000000000000000000000032', 'sensor-4', 'temperature=21.5;unit=C'),
  },
];
