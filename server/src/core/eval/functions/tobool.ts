// tobool(v): a bool, or one of the strings Terraform reads as one ("true", "false", "1", "0"); null stays
// null; anything else fails.

import { settle } from '../../model/value';
import { boolArg } from '../convertArg';
import { failureIn } from '../failureIn';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';

export const tobool: TfFunction = (args, call) => {
  if (args.length !== 1) return failedResult(call, `tobool takes 1 argument, not ${args.length}`);
  const failure = failureIn(args);
  if (failure !== undefined) return failedResult(call, failure);
  const v = settle(args[0]!);
  if (v.kind === 'null') return { kind: 'null', range: call.range };
  if (v.kind === 'bool') return v;
  const b = boolArg(v);
  if ('error' in b) return failedResult(call, b.error);
  return 'value' in b ? { kind: 'bool', value: b.value, range: call.range } : unknownResult(call);
};
