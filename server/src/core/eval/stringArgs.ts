// The arguments of a function whose parameters are all strings, converted as Terraform converts them;
// or the result when that fails (a failure) or cannot be said (unknown). A failure in any argument wins
// over an unknown one, as Terraform checks every argument's type before it calls the function.

import type { UnknownValue, Value } from '../model/value';
import { stringArg } from './convertArg';
import { failureIn } from './failureIn';
import { failedResult, unknownResult, type CallSite } from './tfFunction';

export function stringArgs(args: readonly Value[], count: number, call: CallSite): string[] | UnknownValue {
  if (args.length !== count) return failedResult(call, `${call.name} takes ${count} argument${count === 1 ? '' : 's'}, not ${args.length}`);
  const failure = failureIn(args);
  if (failure !== undefined) return failedResult(call, failure);
  const texts: string[] = [];
  let unknown = false;
  for (const arg of args) {
    const c = stringArg(arg);
    if ('error' in c) return failedResult(call, c.error);
    if ('unknown' in c) unknown = true;
    else texts.push(c.value);
  }
  return unknown ? unknownResult(call) : texts;
}
