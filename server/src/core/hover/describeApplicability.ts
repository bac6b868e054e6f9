// Which sources accept an argument or block, from the facts' per-source matrix, and what that means for
// this mapping's source when it is known.

import type { Applicability } from '../facts/factTypes';
import { describeKinds, SOURCE_KINDS, type SourceKind } from '../sources/sourceKind';
import { listKinds } from './listKinds';

/** One line, e.g. "Sources: only Kinesis streams and DynamoDB Streams. **Not for SQS FIFO queues** …". */
export function describeApplicability(sources: Partial<Record<SourceKind, Applicability>> | undefined, kinds: readonly SourceKind[] | undefined): string {
  const verdict = (k: SourceKind): Applicability => sources?.[k] ?? 'allowed';
  const allowed = SOURCE_KINDS.filter((k) => verdict(k) === 'allowed');
  const forbidden = SOURCE_KINDS.filter((k) => verdict(k) === 'forbidden');
  const unverified = SOURCE_KINDS.filter((k) => verdict(k) === 'unverified');
  const which = forbidden.length === 0 ? 'all' : forbidden.length < allowed.length ? `all but ${listKinds(forbidden)}` : `only ${listKinds(allowed)}`;
  const doubt = unverified.length > 0 ? `; not documented for ${listKinds(unverified)} (whether AWS rejects it there is not verified)` : '';
  let text = `Sources: ${which}${doubt}.`;
  if (!kinds || kinds.length === 0) return text;
  if (kinds.every((k) => verdict(k) === 'forbidden')) return `${text} **Not for this mapping's source** (${describeKinds(kinds)}): AWS rejects it at apply.`;
  if (kinds.every((k) => verdict(k) !== 'allowed')) return `${text} This mapping's source (${describeKinds(kinds)}) may not accept it (not verified).`;
  return text;
}
