// Arguments that must all be numbers (`range`), converting numeric strings as Terraform does.

import type { Value } from '../model/value';
import { numberOf } from './convert';

/** Each argument as a number, or undefined when one does not convert (null, a list, "x"). */
export function convertedNumbers(args: readonly Value[]): readonly number[] | undefined {
  const numbers = args.map(numberOf);
  return numbers.includes(undefined) ? undefined : (numbers as number[]);
}
