// zipmap(keys, values): a map from each key to the value at the same position; a later duplicate key
// wins. Each key string points where it is written, each value is the element itself.

import { settle, type ObjectEntry } from '../../model/value';
import { keyText } from '../keyText';
import { arityFailure, pendingArgument } from '../pendingArgument';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';

export const zipmap: TfFunction = (args, call) => {
  if (args.length !== 2) return arityFailure(call, '2 arguments', args.length);
  const pending = pendingArgument(args, call);
  if (pending) return pending;
  const keys = settle(args[0]!);
  const values = settle(args[1]!);
  if (keys.kind !== 'list') return failedResult(call, 'the keys must be a list or a set of strings');
  if (values.kind !== 'list' || values.set) return failedResult(call, 'the values must be a list or a tuple');
  const texts = keys.items.map(keyText);
  if (texts.includes(undefined)) return failedResult(call, 'the keys must be strings');
  if (keys.items.length !== values.items.length) return failedResult(call, 'the keys and the values must have the same length');
  if (texts.includes('unknown')) return unknownResult(call);
  const entries = new Map<string, ObjectEntry>();
  keys.items.forEach((k, i) => {
    const key = texts[i]!;
    entries.delete(key);
    entries.set(key, { key, keyRange: settle(k).range, value: values.items[i]! });
  });
  return { kind: 'object', entries: [...entries.values()], range: call.range };
};
