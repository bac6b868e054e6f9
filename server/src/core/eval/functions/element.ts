// element(list, index): the element at `index`, wrapping around past the end; the element itself, as
// written. Terraform rejects a negative or fractional index and an empty list.

import { settle } from '../../model/value';
import { numberOf } from '../convert';
import { arityFailure, pendingArgument } from '../pendingArgument';
import { failedResult, type TfFunction } from '../tfFunction';

/** Go's int: Terraform cannot take an index from beyond it. */
const MAX_INDEX = 2 ** 63;

export const element: TfFunction = (args, call) => {
  if (args.length !== 2) return arityFailure(call, '2 arguments', args.length);
  const pending = pendingArgument(args, call);
  if (pending) return pending;
  const list = settle(args[0]!);
  if (list.kind !== 'list' || list.set) return failedResult(call, 'the first argument must be a list or a tuple');
  const index = numberOf(args[1]!);
  if (index === undefined) return failedResult(call, 'the index must be a number');
  if (!Number.isInteger(index) || index >= MAX_INDEX) return failedResult(call, 'the index must be a whole number');
  if (index < 0) return failedResult(call, 'cannot use element function with a negative index');
  if (list.items.length === 0) return failedResult(call, 'cannot use element function with an empty list');
  return list.items[index % list.items.length]!;
};
