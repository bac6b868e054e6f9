// coalescelist(lists...): the first list or tuple that is not empty. An unknown before it could be it.

import { settle } from '../../model/value';
import { errorOf, isUnknown } from '../convert';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';

export const coalescelist: TfFunction = (args, call) => {
  if (args.length === 0) return failedResult(call, 'at least one argument is required');
  const settled = args.map(settle);
  if (settled.some((v) => !isUnknown(v) && (v.kind !== 'list' || v.set))) return failedResult(call, 'arguments must be lists or tuples');
  const failed = args.find((a) => errorOf(a) !== undefined);
  if (failed) return failedResult(call, errorOf(failed)!);
  for (let i = 0; i < args.length; i++) {
    const v = settled[i]!;
    if (v.kind !== 'list') return unknownResult(call);
    if (v.items.length > 0) return args[i]!;
  }
  return failedResult(call, 'no non-null arguments');
};
