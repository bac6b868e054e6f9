// flatten(list): the elements of nested lists and sets, in order, as one list. An unknown element might
// be a list to flatten, so the result is then unknown. Nesting deeper than anyone writes is unknown too.

import { settle, type Value } from '../../model/value';
import { arityFailure, pendingArgument } from '../pendingArgument';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';

const MAX_DEPTH = 32;

export const flatten: TfFunction = (args, call) => {
  if (args.length !== 1) return arityFailure(call, '1 argument', args.length);
  const pending = pendingArgument(args, call);
  if (pending) return pending;
  const list = settle(args[0]!);
  if (list.kind !== 'list') return failedResult(call, 'can only flatten lists, sets and tuples');
  const items: Value[] = [];
  return collect(list.items, items, 0) ? { kind: 'list', items, range: call.range } : unknownResult(call);
};

/** Appends the leaves of `from` to `to`; false when one is not known or the nesting is too deep. */
function collect(from: readonly Value[], to: Value[], depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  for (const item of from) {
    const v = settle(item);
    if (v.kind === 'unknown' || v.kind === 'reference') return false;
    if (v.kind !== 'list') to.push(item);
    else if (!collect(v.items, to, depth + 1)) return false;
  }
  return true;
}
