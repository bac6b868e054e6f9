// tostring(v): a string, or a number or bool as Terraform writes it; null stays null; anything else fails.

import { settle } from '../../model/value';
import { failureIn } from '../failureIn';
import { stringValue } from '../stringValue';
import { textOf } from '../textOf';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';

export const tostring: TfFunction = (args, call) => {
  if (args.length !== 1) return failedResult(call, `tostring takes 1 argument, not ${args.length}`);
  const failure = failureIn(args);
  if (failure !== undefined) return failedResult(call, failure);
  const v = settle(args[0]!);
  if (v.kind === 'null') return { kind: 'null', range: call.range };
  if (v.kind === 'list' || v.kind === 'object') return failedResult(call, `cannot convert ${v.kind === 'list' ? 'a list' : 'an object'} to string`);
  // A string (and a jsonencode result, which is one) comes back as it is, positions and all.
  if (v.kind === 'string' || v.kind === 'jsonencode') return v;
  const text = textOf(v);
  return text === undefined ? unknownResult(call) : stringValue(text, call.range);
};
