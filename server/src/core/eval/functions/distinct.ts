// distinct(list): the list without duplicates, each kept where it first appears. Like Terraform, the
// elements are first converted to one type, so `distinct(["a", 1, "1"])` is `["a", "1"]`.

import { settle, type Value } from '../../model/value';
import { arityFailure, pendingArgument } from '../pendingArgument';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';
import { unifyValues } from '../unifyValues';
import { valueKey } from '../valueKey';

export const distinct: TfFunction = (args, call) => {
  if (args.length !== 1) return arityFailure(call, '1 argument', args.length);
  const pending = pendingArgument(args, call);
  if (pending) return pending;
  const list = settle(args[0]!);
  if (list.kind !== 'list') return failedResult(call, 'the argument must be a list or a set');
  const unified = unifyValues(list.items);
  if (unified === 'fail') return failedResult(call, 'the elements must all convert to one type');
  if (unified === 'unsure') return unknownResult(call);
  const seen = new Set<string>();
  const kept: Value[] = [];
  for (const item of unified) {
    // An element not wholly known might equal another; Terraform says unknown too.
    const key = valueKey(item);
    if (key === undefined) return unknownResult(call);
    if (!seen.has(key)) kept.push(item);
    seen.add(key);
  }
  return { kind: 'list', items: kept, range: call.range };
};
