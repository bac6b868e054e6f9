// Sample SQS records: a JSON order event, a plain-text body (which no JSON pattern matches: Lambda drops
// and deletes such messages), and a FIFO message with message attributes.

import type { SampleRecord } from './sampleRecord';

const QUEUE = 'arn:aws:sqs:eu-west-1:123456789012:orders';

function sqsRecord(id: string, body: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    messageId: id,
    receiptHandle: `AQEB${id.replace(/-/g, '')}Example+Receipt/Handle==`,
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1767225600000',
      SenderId: 'AIDAEXAMPLESENDER0001',
      ApproximateFirstReceiveTimestamp: '1767225600123',
    },
    messageAttributes: {},
    md5OfBody: '0c4d3b1e5f2a6978e1d0c9b8a7f6e5d4',
    eventSource: 'aws:sqs',
    eventSourceARN: QUEUE,
    awsRegion: 'eu-west-1',
    ...extra,
  };
}

export const SQS_SAMPLES: readonly SampleRecord[] = [
  {
    name: 'sqs-order-created',
    source: 'sqs',
    description: 'An order event whose body is JSON: patterns address it as {"body": {...}}.',
    record: sqsRecord(
      '6f1c2a9e-0d4b-4e57-9a38-1b2c3d4e5f60',
      JSON.stringify({
        eventType: 'OrderCreated',
        orderId: 'ord-1042',
        amount: 129.9,
        currency: 'EUR',
        customer: { id: 'cus-77', tier: 'gold', email: 'ada@example.com' },
        items: [
          { sku: 'BK-001', category: 'books', qty: 2 },
          { sku: 'TY-314', category: 'toys', qty: 1 },
        ],
        giftWrap: false,
        coupon: null,
      }),
    ),
  },
  {
    name: 'sqs-plain-text',
    source: 'sqs',
    description: 'A body that is not JSON: only a plain-value pattern such as {"body": [{"prefix": "Order"}]} can match it.',
    record: sqsRecord('0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d', 'Order ord-1043 shipped to Lisbon'),
  },
  {
    name: 'sqs-fifo-payment',
    source: 'sqs',
    description: 'A FIFO queue message with message attributes and a JSON body.',
    record: sqsRecord('c3d2e1f0-a9b8-4c7d-8e6f-5a4b3c2d1e0f', JSON.stringify({ eventType: 'PaymentCaptured', orderId: 'ord-1042', amount: 129.9, method: 'card' }), {
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: '1767225660000',
        SequenceNumber: '18890000000000000001',
        MessageGroupId: 'ord-1042',
        SenderId: 'AIDAEXAMPLESENDER0001',
        MessageDeduplicationId: 'pay-ord-1042',
        ApproximateFirstReceiveTimestamp: '1767225660042',
      },
      messageAttributes: {
        channel: { stringValue: 'web', stringListValues: [], binaryListValues: [], dataType: 'String' },
      },
      eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:payments.fifo',
    }),
  },
];
