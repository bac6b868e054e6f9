// What `aws dynamodbstreams get-records` prints for a record is nearly Lambda's record already (camelCase
// at the top, PascalCase inside `dynamodb`, typed values the same). Two things differ: the CLI prints
// `ApproximateCreationDateTime` as a date text (version 2) where Lambda gives epoch seconds, and a Time
// to Live deletion's `userIdentity` is `{"PrincipalId", "Type"}` where Lambda writes `{"principalId",
// "type"}`. Both are normalised; a record already in Lambda's shape comes back unchanged.

import { cliTimestamp } from './cliTimestamp';
import { isObject } from './decodeRecord';

/** Whether an object is a DynamoDB stream record (from Lambda or from the CLI). */
export function isDynamodbStreamRecord(value: Record<string, unknown>): boolean {
  return isObject(value.dynamodb) && typeof value.eventName === 'string';
}

/** The record in Lambda's shape. */
export function importDynamodbRecord(record: Record<string, unknown>): Record<string, unknown> {
  const stream = record.dynamodb as Record<string, unknown>;
  const created = stream.ApproximateCreationDateTime;
  const seconds = typeof created === 'string' ? cliTimestamp(created) : undefined;
  const identity = record.userIdentity;
  const cliIdentity = isObject(identity) && ('PrincipalId' in identity || 'Type' in identity);
  if (seconds === undefined && !cliIdentity) return record;
  const out = { ...record };
  if (seconds !== undefined) out.dynamodb = { ...stream, ApproximateCreationDateTime: seconds };
  if (cliIdentity) out.userIdentity = { principalId: identity.PrincipalId, type: identity.Type };
  return out;
}
