// concat(lists...): the elements of every list or tuple in order, each as written.

import { settle, type Value } from '../../model/value';
import { isUnknown } from '../convert';
import { pendingArgument } from '../pendingArgument';
import { failedResult, type TfFunction } from '../tfFunction';

export const concat: TfFunction = (args, call) => {
  if (args.length === 0) return failedResult(call, 'at least one argument is required');
  const settled = args.map(settle);
  if (settled.some((v) => !isUnknown(v) && (v.kind !== 'list' || v.set))) return failedResult(call, 'arguments must be lists or tuples');
  const pending = pendingArgument(args, call);
  if (pending) return pending;
  const items: Value[] = [];
  for (const v of settled) if (v.kind === 'list') items.push(...v.items);
  return { kind: 'list', items, range: call.range };
};
