// toset(value): a list or set as a set: one element type, duplicates dropped, in Terraform's order.

import { settle } from '../../model/value';
import { arityFailure, pendingArgument } from '../pendingArgument';
import { setItems } from '../setItems';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';
import { unifyValues } from '../unifyValues';

export const toset: TfFunction = (args, call) => {
  if (args.length !== 1) return arityFailure(call, '1 argument', args.length);
  const pending = pendingArgument(args, call);
  if (pending) return pending;
  const v = settle(args[0]!);
  if (v.kind === 'null') return args[0]!;
  if (v.kind !== 'list') return failedResult(call, 'cannot convert to a set');
  const unified = unifyValues(v.items);
  if (unified === 'fail') return failedResult(call, 'the elements must all convert to one type');
  const items = unified === 'unsure' ? undefined : setItems(unified);
  return items ? { kind: 'list', items, set: true, range: v.range } : unknownResult(call);
};
