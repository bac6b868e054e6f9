// Source kinds listed in prose: "Kinesis streams, DynamoDB Streams and Amazon MSK".

import { SOURCE_KINDS, SOURCE_LABELS, type SourceKind } from '../sources/sourceKind';

export function listKinds(kinds: readonly SourceKind[]): string {
  // In the table's order, so the same set always reads the same.
  const labels = SOURCE_KINDS.filter((k) => kinds.includes(k)).map((k) => SOURCE_LABELS[k]);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
