// merge(maps...): the entries of every map or object, a later key replacing an earlier one; nulls are
// skipped. Each entry is the one written in its argument, so a finding on it points there.

import { settle, type ObjectEntry } from '../../model/value';
import { pendingArgument } from '../pendingArgument';
import { failedResult, type TfFunction } from '../tfFunction';

export const merge: TfFunction = (args, call) => {
  const settled = args.map(settle);
  if (settled.some((v) => v.kind !== 'object' && v.kind !== 'null' && v.kind !== 'unknown' && v.kind !== 'reference')) {
    return failedResult(call, 'arguments must be maps or objects');
  }
  const pending = pendingArgument(args, call);
  if (pending) return pending;
  const entries = new Map<string, ObjectEntry>();
  for (const v of settled) {
    if (v.kind !== 'object') continue;
    for (const entry of v.entries) {
      entries.delete(entry.key);
      entries.set(entry.key, entry);
    }
  }
  return { kind: 'object', entries: [...entries.values()], range: call.range };
};
