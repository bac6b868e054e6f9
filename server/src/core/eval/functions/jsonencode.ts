// jsonencode(v): v as JSON text. The result is the `jsonencode` value, which keeps v with the positions
// of what it was written as, so a filter pattern built with jsonencode can be checked where it is written.

import { isKnown } from '../../model/value';
import { failureIn } from '../failureIn';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';

export const jsonencode: TfFunction = (args, call) => {
  if (args.length !== 1) return failedResult(call, `jsonencode takes 1 argument, not ${args.length}`);
  const failure = failureIn(args);
  if (failure !== undefined) return failedResult(call, failure);
  const inner = args[0]!;
  // Known, the value is kept even where its text is not known here (a set of objects, whose order is
  // Terraform's own): the rules read the value, and what reads the text sees that it is not known.
  if (!isKnown(inner)) return unknownResult(call);
  return { kind: 'jsonencode', inner, range: call.range };
};
