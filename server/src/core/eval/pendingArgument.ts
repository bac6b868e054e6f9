// Most functions cannot say anything when an argument is itself not known or failed: the call fails when
// an argument does (Terraform never gets to call it), and is unknown when one is not known.

import type { UnknownValue, Value } from '../model/value';
import { errorOf, isUnknown } from './convert';
import { failedResult, unknownResult, type CallSite } from './tfFunction';

export function pendingArgument(args: readonly Value[], call: CallSite): UnknownValue | undefined {
  const failed = args.find((a) => errorOf(a) !== undefined);
  if (failed) return failedResult(call, errorOf(failed)!);
  return args.some(isUnknown) ? unknownResult(call) : undefined;
}

/** The failure for a call with the wrong number of arguments. */
export function arityFailure(call: CallSite, expected: string, got: number): UnknownValue {
  return failedResult(call, `Function "${call.name}" expects ${expected}, got ${got}.`);
}
