// try(values...): the first argument that does not fail. An argument not yet known might still fail
// when it is, so meeting one before any success makes the result unknown.

import { isKnown } from '../../model/value';
import { errorOf } from '../convert';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';

export const tryFunction: TfFunction = (args, call) => {
  if (args.length === 0) return failedResult(call, 'at least one argument is required');
  for (const arg of args) {
    if (errorOf(arg) !== undefined) continue;
    return isKnown(arg) ? arg : unknownResult(call);
  }
  return failedResult(call, 'no expression succeeded');
};
