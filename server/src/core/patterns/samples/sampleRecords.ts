// The built-in sample records, every source kind with its edge cases, for trying a pattern without
// writing events first.

import type { RecordSource } from '../decodeRecord';
import { DYNAMODB_SAMPLES } from './dynamodbSamples';
import { KAFKA_SAMPLES } from './kafkaSamples';
import { KINESIS_SAMPLES } from './kinesisSamples';
import { MQ_SAMPLES } from './mqSamples';
import type { SampleRecord } from './sampleRecord';
import { SQS_SAMPLES } from './sqsSamples';

export type { SampleRecord } from './sampleRecord';

export const SAMPLE_RECORDS: readonly SampleRecord[] = [...SQS_SAMPLES, ...KINESIS_SAMPLES, ...DYNAMODB_SAMPLES, ...MQ_SAMPLES, ...KAFKA_SAMPLES];

export function samplesFor(source: RecordSource): SampleRecord[] {
  return SAMPLE_RECORDS.filter((s) => s.source === source);
}
