// tonumber(v): a number, or a string Terraform reads as one; null stays null; anything else fails.

import { settle } from '../../model/value';
import { numberArg } from '../convertArg';
import { failureIn } from '../failureIn';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';

export const tonumber: TfFunction = (args, call) => {
  if (args.length !== 1) return failedResult(call, `tonumber takes 1 argument, not ${args.length}`);
  const failure = failureIn(args);
  if (failure !== undefined) return failedResult(call, failure);
  const v = settle(args[0]!);
  if (v.kind === 'null') return { kind: 'null', range: call.range };
  if (v.kind === 'number') return v;
  const n = numberArg(v);
  if ('error' in n) return failedResult(call, n.error);
  return 'value' in n ? { kind: 'number', value: n.value, range: call.range } : unknownResult(call);
};
