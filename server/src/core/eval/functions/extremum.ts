// What `min` and `max` share: one or more numbers (numeric strings count as the numbers they stand for),
// the one that `better` prefers. No argument, null, a bool or a non-numeric string fails.

import { numberArg } from '../convertArg';
import { failureIn } from '../failureIn';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';

export function extremum(name: string, better: (a: number, b: number) => boolean): TfFunction {
  return (args, call) => {
    if (args.length === 0) return failedResult(call, `${name} needs at least one number`);
    const failure = failureIn(args);
    if (failure !== undefined) return failedResult(call, failure);
    let best: number | undefined;
    let unknown = false;
    for (const arg of args) {
      const n = numberArg(arg);
      if ('error' in n) return failedResult(call, n.error);
      if ('unknown' in n) unknown = true;
      else if (best === undefined || better(n.value, best)) best = n.value;
    }
    return unknown || best === undefined ? unknownResult(call) : { kind: 'number', value: best, range: call.range };
  };
}
