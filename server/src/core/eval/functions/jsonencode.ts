// jsonencode(v): v as JSON text. The result is the `jsonencode` value, which keeps v with the positions
// of what it was written as, so a filter pattern built with jsonencode can be checked where it is written.

import { isKnown } from '../../model/value';
import { failureIn } from '../failureIn';
import { jsonText } from '../jsonText';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';

export const jsonencode: TfFunction = (args, call) => {
  if (args.length !== 1) return failedResult(call, `jsonencode takes 1 argument, not ${args.length}`);
  const failure = failureIn(args);
  if (failure !== undefined) return failedResult(call, failure);
  const inner = args[0]!;
  // A value nested deeper than the text can be written is not known either.
  if (!isKnown(inner) || jsonText(inner) === undefined) return unknownResult(call);
  return { kind: 'jsonencode', inner, range: call.range };
};
