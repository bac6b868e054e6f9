// range(limit) / range(start, limit) / range(start, limit, step): numbers from `start` towards `limit`,
// not including it. Terraform fails past 1024 numbers, so the loop never runs longer than that.

import { convertedNumbers } from '../convertedNumbers';
import { arityFailure, pendingArgument } from '../pendingArgument';
import { failedResult, type TfFunction } from '../tfFunction';
import type { Value } from '../../model/value';

const MAX_VALUES = 1024;

export const range: TfFunction = (args, call) => {
  if (args.length < 1 || args.length > 3) return arityFailure(call, '1 to 3 arguments', args.length);
  const pending = pendingArgument(args, call);
  if (pending) return pending;
  const numbers = convertedNumbers(args);
  if (!numbers) return failedResult(call, 'the arguments must be numbers');
  const [start, limit] = numbers.length === 1 ? [0, numbers[0]!] : [numbers[0]!, numbers[1]!];
  const step = numbers[2] ?? (limit < start ? -1 : 1);
  if (step === 0) return failedResult(call, 'step must not be zero');
  if (step > 0 && start > limit) return failedResult(call, 'start must be less than or equal to limit when step is positive');
  if (step < 0 && start < limit) return failedResult(call, 'start must be greater than or equal to limit when step is negative');
  const items: Value[] = [];
  for (let i = 0; ; i++) {
    const n = decimal(start + i * step, start, step);
    if (step > 0 ? n >= limit : n <= limit) break;
    if (i === MAX_VALUES) return failedResult(call, `more than ${MAX_VALUES} values were generated`);
    items.push({ kind: 'number', value: n, range: call.range });
  }
  return { kind: 'list', items, range: call.range };
};

/**
 * Terraform adds with far more precision than a double, so `range(0, 1, 0.1)` gives 0.3, not
 * 0.30000000000000004: a fractional result is rounded to the 15 digits a double holds reliably.
 */
function decimal(n: number, start: number, step: number): number {
  return Number.isInteger(start) && Number.isInteger(step) ? n : Number(n.toPrecision(15));
}
