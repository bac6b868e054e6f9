// keys(map): the keys of a map or object, sorted; each key string points where the key is written.

import { settle } from '../../model/value';
import { compareKeys } from '../keyOrder';
import { arityFailure, pendingArgument } from '../pendingArgument';
import { failedResult, type TfFunction } from '../tfFunction';

export const keys: TfFunction = (args, call) => {
  if (args.length !== 1) return arityFailure(call, '1 argument', args.length);
  const pending = pendingArgument(args, call);
  if (pending) return pending;
  const map = settle(args[0]!);
  if (map.kind !== 'object') return failedResult(call, 'the argument must be a map or an object');
  const sorted = [...map.entries].sort((a, b) => compareKeys(a.key, b.key));
  return {
    kind: 'list',
    items: sorted.map((e) => ({ kind: 'string', value: e.key, form: 'quoted', contentStart: e.keyRange.start, range: e.keyRange })),
    range: call.range,
  };
};
