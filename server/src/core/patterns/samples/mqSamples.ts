// Sample Amazon MQ messages (ActiveMQ and RabbitMQ): `data` is base64. When the decoded data is not in
// the format the pattern expects (JSON or plain text), Lambda filters on the other fields only.

import { encodeBase64Text } from '../base64';
import type { SampleRecord } from './sampleRecord';

export const MQ_SAMPLES: readonly SampleRecord[] = [
  {
    name: 'activemq-json',
    source: 'mq',
    description: 'An ActiveMQ text message holding JSON: {"data": {"kind": ["restock"]}}.',
    record: {
      messageID: 'ID:b-0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b-1.mq.eu-west-1.amazonaws.com-37557-1767225600000-1:1:1:1:1',
      messageType: 'jms/text-message',
      deliveryMode: 1,
      replyTo: null,
      type: null,
      expiration: 0,
      priority: 4,
      correlationId: 'restock-88',
      redelivered: false,
      destination: { physicalName: 'warehouse.restock' },
      data: encodeBase64Text(JSON.stringify({ kind: 'restock', sku: 'BK-001', quantity: 40, warehouse: 'LIS-1' })),
      timestamp: 1767225600000,
      brokerInTime: 1767225600001,
      brokerOutTime: 1767225600005,
      properties: { source: 'erp' },
    },
  },
  {
    name: 'activemq-plain-text',
    source: 'mq',
    description: 'An ActiveMQ message whose data is plain text: a JSON pattern on `data` is ignored for it.',
    record: {
      messageID: 'ID:b-0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b-1.mq.eu-west-1.amazonaws.com-37557-1767225600000-1:1:1:1:2',
      messageType: 'jms/text-message',
      deliveryMode: 1,
      priority: 4,
      redelivered: false,
      destination: { physicalName: 'warehouse.restock' },
      data: encodeBase64Text('RESTOCK BK-001 40'),
      timestamp: 1767225601000,
      brokerInTime: 1767225601001,
      brokerOutTime: 1767225601004,
      properties: {},
    },
  },
  {
    name: 'rabbitmq-json',
    source: 'mq',
    description: 'A RabbitMQ message (from the queue "returns::/ops" of its event) with headers and JSON data.',
    record: {
      basicProperties: {
        contentType: 'application/json',
        contentEncoding: null,
        headers: { 'x-retry': 0, tenant: 'acme' },
        deliveryMode: 2,
        priority: 0,
        correlationId: null,
        replyTo: null,
        expiration: null,
        messageId: 'ret-5521',
        timestamp: 'Jan 01, 2026 12:00:00 AM',
        type: null,
        userId: 'ops-service',
        appId: null,
        clusterId: null,
        bodySize: 64,
      },
      redelivered: false,
      data: encodeBase64Text(JSON.stringify({ kind: 'return', orderId: 'ord-1042', reason: 'damaged' })),
    },
  },
];
