// What `aws sqs receive-message` prints for a message, as the record Lambda delivers for it. The API
// writes names in PascalCase (`MessageId`, `Body`, `MessageAttributes` with `StringValue`/`DataType`);
// Lambda's record uses camelCase, always lists `stringListValues`/`binaryListValues` in a message
// attribute, and adds `eventSource`. The queue's ARN and region are not in the CLI's output, so the
// record has none (no pattern can rely on them for a record the user pasted anyway).

import { isObject } from './decodeRecord';
import type { ImportedItem } from './importedItem';

/** Whether an object is a message as the SQS API writes it (not a Lambda record). */
export function isSqsCliMessage(value: Record<string, unknown>): boolean {
  return typeof value.MessageId === 'string' || typeof value.ReceiptHandle === 'string';
}

/** The Lambda record of one CLI message; `where` locates it for a problem. */
export function importSqsMessage(message: Record<string, unknown>, where: string): ImportedItem {
  if (typeof message.Body !== 'string') return { problem: `${where} is an SQS message without Body (a string): Lambda delivers no record without one` };
  const record: Record<string, unknown> = {
    messageId: message.MessageId,
    receiptHandle: message.ReceiptHandle,
    body: message.Body,
    attributes: isObject(message.Attributes) ? message.Attributes : {},
    messageAttributes: isObject(message.MessageAttributes) ? messageAttributes(message.MessageAttributes) : {},
    md5OfBody: message.MD5OfBody,
    ...(message.MD5OfMessageAttributes !== undefined ? { md5OfMessageAttributes: message.MD5OfMessageAttributes } : {}),
    eventSource: 'aws:sqs',
  };
  // A field the CLI did not print stays out rather than becoming `undefined` in the JSON.
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return { record, source: 'sqs' };
}

/** `{"StringValue", "BinaryValue", "DataType"}` per attribute → Lambda's `{stringValue, …, dataType}`. */
function messageAttributes(attributes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (!isObject(value)) {
      out[name] = value;
      continue;
    }
    const attribute: Record<string, unknown> = {};
    if (value.StringValue !== undefined) attribute.stringValue = value.StringValue;
    if (value.BinaryValue !== undefined) attribute.binaryValue = value.BinaryValue;
    attribute.stringListValues = Array.isArray(value.StringListValues) ? value.StringListValues : [];
    attribute.binaryListValues = Array.isArray(value.BinaryListValues) ? value.BinaryListValues : [];
    if (value.DataType !== undefined) attribute.dataType = value.DataType;
    Object.defineProperty(out, name, { value: attribute, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
