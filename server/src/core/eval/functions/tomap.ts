// tomap(value): an object as a map of one element type (`tomap({a = "x", b = true})` has `b = "true"`).

import { settle, type ObjectEntry } from '../../model/value';
import { arityFailure, pendingArgument } from '../pendingArgument';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';
import { unifyValues } from '../unifyValues';

export const tomap: TfFunction = (args, call) => {
  if (args.length !== 1) return arityFailure(call, '1 argument', args.length);
  const pending = pendingArgument(args, call);
  if (pending) return pending;
  const v = settle(args[0]!);
  if (v.kind === 'null') return args[0]!;
  if (v.kind !== 'object') return failedResult(call, 'cannot convert to a map');
  const unified = unifyValues(v.entries.map((e) => e.value));
  if (unified === 'fail') return failedResult(call, 'the elements must all convert to one type');
  if (unified === 'unsure') return unknownResult(call);
  const entries: ObjectEntry[] = v.entries.map((e, i) => (unified[i] === e.value ? e : { ...e, value: unified[i]! }));
  return { kind: 'object', entries, range: v.range };
};
