// tolist(value): a list or set as a list of one element type (`tolist(["a", 3])` is `["a", "3"]`).

import { settle } from '../../model/value';
import { arityFailure, pendingArgument } from '../pendingArgument';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';
import { unifyValues } from '../unifyValues';

export const tolist: TfFunction = (args, call) => {
  if (args.length !== 1) return arityFailure(call, '1 argument', args.length);
  const pending = pendingArgument(args, call);
  if (pending) return pending;
  const v = settle(args[0]!);
  if (v.kind === 'null') return args[0]!;
  if (v.kind !== 'list') return failedResult(call, 'cannot convert to a list');
  const items = unifyValues(v.items);
  if (items === 'fail') return failedResult(call, 'the elements must all convert to one type');
  if (items === 'unsure') return unknownResult(call);
  return { kind: 'list', items, range: v.range };
};
