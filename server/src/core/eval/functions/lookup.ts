// lookup(map, key, default?): the element for `key`, or `default`; without a default, a missing key fails.
// The element is returned as written, so a finding on it points into the map.

import { settle } from '../../model/value';
import { errorOf } from '../convert';
import { keyText } from '../keyText';
import { arityFailure, pendingArgument } from '../pendingArgument';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';

export const lookup: TfFunction = (args, call) => {
  if (args.length < 2 || args.length > 3) return arityFailure(call, '2 or 3 arguments', args.length);
  // A failing default fails the call even when it is not needed; an unknown one is returned only if it is.
  const failed = args.find((a) => errorOf(a) !== undefined);
  if (failed) return failedResult(call, errorOf(failed)!);
  const pending = pendingArgument(args.slice(0, 2), call);
  if (pending) return pending;
  const map = settle(args[0]!);
  if (map.kind !== 'object') return failedResult(call, 'the first argument must be a map or an object');
  const key = keyText(args[1]!);
  if (key === undefined) return failedResult(call, 'the key must be a string');
  if (key === 'unknown') return unknownResult(call);
  const entry = map.entries.find((e) => e.key === key);
  if (entry) return entry.value;
  if (args.length < 3) return failedResult(call, `lookup failed to find key ${JSON.stringify(key)}`);
  return args[2]!;
};
