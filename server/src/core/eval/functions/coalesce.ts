// coalesce(values...): the first argument that is neither null nor an empty string, after converting
// all of them to one type (`coalesce(1, "a")` is `"1"`). An unknown before it could be the answer.

import { settle } from '../../model/value';
import { errorOf } from '../convert';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';
import { unifyValues } from '../unifyValues';

export const coalesce: TfFunction = (args, call) => {
  if (args.length === 0) return failedResult(call, 'at least one argument is required');
  const failed = args.find((a) => errorOf(a) !== undefined);
  if (failed) return failedResult(call, errorOf(failed)!);
  const unified = unifyValues(args);
  if (unified === 'fail') return failedResult(call, 'all arguments must have the same type');
  if (unified === 'unsure') return unknownResult(call);
  for (const arg of unified) {
    const v = settle(arg);
    if (v.kind === 'unknown' || v.kind === 'reference') return unknownResult(call);
    if (v.kind === 'null' || (v.kind === 'string' && v.value === '')) continue;
    return arg;
  }
  return failedResult(call, 'no non-null, non-empty-string arguments');
};
