// Sample Kafka records (Amazon MSK and self-managed): `value` is base64 and is what patterns filter on
// ({"value": {...}}); header values are byte arrays, as Lambda delivers them.

import { encodeBase64Text } from '../base64';
import type { SampleRecord } from './sampleRecord';

function bytes(text: string): number[] {
  return [...new TextEncoder().encode(text)];
}

export const KAFKA_SAMPLES: readonly SampleRecord[] = [
  {
    name: 'msk-json',
    source: 'kafka',
    description: 'An Amazon MSK record whose value is JSON: {"value": {"device": {"type": ["thermostat"]}}}.',
    record: {
      topic: 'telemetry',
      partition: 0,
      offset: 15,
      timestamp: 1767225600000,
      timestampType: 'CREATE_TIME',
      key: encodeBase64Text('device-31'),
      value: encodeBase64Text(JSON.stringify({ device: { id: 'device-31', type: 'thermostat' }, reading: 21.5, unit: 'C', ok: true })),
      headers: [{ source: bytes('edge-gw-2') }, { schema: bytes('v3') }],
    },
  },
  {
    name: 'kafka-plain-text',
    source: 'kafka',
    description: 'A self-managed Kafka record whose value is plain text: a JSON pattern on `value` is ignored for it.',
    record: {
      topic: 'audit',
      partition: 2,
      offset: 90210,
      timestamp: 1767225600500,
      timestampType: 'LOG_APPEND_TIME',
      value: encodeBase64Text('user=ada action=login result=ok'),
      headers: [],
    },
  },
];
