// What `aws kinesis get-records` prints for a record, as the record Lambda delivers for it. The API's
// record is flat and PascalCase (`SequenceNumber`, `ApproximateArrivalTimestamp`, `Data`,
// `PartitionKey`); Lambda nests the same facts, in camelCase, under `kinesis` (with
// `kinesisSchemaVersion`), with the arrival time in epoch seconds and `eventSource` beside it. The shard
// and the stream's ARN are not in the CLI's output, so `eventID` and `eventSourceARN` are left out.

import { cliTimestamp } from './cliTimestamp';
import type { ImportedItem } from './importedItem';

/** Whether an object is a record as the Kinesis API writes it (not a Lambda record). */
export function isKinesisCliRecord(value: Record<string, unknown>): boolean {
  return typeof value.SequenceNumber === 'string' && ('Data' in value || 'PartitionKey' in value);
}

/** The Lambda record of one CLI record; `where` locates it for a problem. */
export function importKinesisRecord(record: Record<string, unknown>, where: string): ImportedItem {
  if (typeof record.Data !== 'string') return { problem: `${where} is a Kinesis record without Data (base64 text): Lambda delivers no record without one` };
  const arrival = record.ApproximateArrivalTimestamp;
  const kinesis: Record<string, unknown> = {
    kinesisSchemaVersion: '1.0',
    partitionKey: record.PartitionKey,
    sequenceNumber: record.SequenceNumber,
    data: record.Data,
    approximateArrivalTimestamp: cliTimestamp(arrival) ?? arrival,
  };
  for (const key of Object.keys(kinesis)) if (kinesis[key] === undefined) delete kinesis[key];
  return { record: { kinesis, eventSource: 'aws:kinesis', eventVersion: '1.0', eventName: 'aws:kinesis:record' }, source: 'kinesis' };
}
