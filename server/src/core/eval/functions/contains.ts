// contains(list, value): whether the list or set holds an element equal to `value`, with no conversion
// (`contains(["1"], 1)` is false). A match among the known elements is enough; otherwise an unknown
// element might have been it.

import { settle } from '../../model/value';
import { arityFailure, pendingArgument } from '../pendingArgument';
import { sameValue } from '../sameValue';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';

export const contains: TfFunction = (args, call) => {
  if (args.length !== 2) return arityFailure(call, '2 arguments', args.length);
  const pending = pendingArgument(args, call);
  if (pending) return pending;
  const list = settle(args[0]!);
  if (list.kind !== 'list') return failedResult(call, 'the first argument must be a list, a set or a tuple');
  if (settle(args[1]!).kind === 'null') return failedResult(call, 'cannot search for a null value');
  let unsure = false;
  for (const item of list.items) {
    const same = sameValue(item, args[1]!);
    if (same === true) return { kind: 'bool', value: true, range: call.range };
    if (same === undefined) unsure = true;
  }
  return unsure ? unknownResult(call) : { kind: 'bool', value: false, range: call.range };
};
