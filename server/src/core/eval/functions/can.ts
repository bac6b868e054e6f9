// can(value): whether the argument succeeds; unknown while it is not known, as it might still fail.

import { isKnown } from '../../model/value';
import { errorOf } from '../convert';
import { arityFailure } from '../pendingArgument';
import { unknownResult, type TfFunction } from '../tfFunction';

export const can: TfFunction = (args, call) => {
  if (args.length !== 1) return arityFailure(call, '1 argument', args.length);
  const arg = args[0]!;
  if (errorOf(arg) !== undefined) return { kind: 'bool', value: false, range: call.range };
  return isKnown(arg) ? { kind: 'bool', value: true, range: call.range } : unknownResult(call);
};
