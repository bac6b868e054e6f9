// Terraform evaluates arguments before it calls a function: an argument that fails (anywhere inside it)
// makes the call fail, whatever the function would have made of the rest.

import { MAX_NESTING } from '../model/nesting';
import { settle, type Value } from '../model/value';

/** Why Terraform fails on one of the values (or a part of one), if it does. */
export function failureIn(values: readonly Value[]): string | undefined {
  for (const value of values) {
    const found = failureWithin(value, 0);
    if (found !== undefined) return found;
  }
  return undefined;
}

function failureWithin(value: Value, depth: number): string | undefined {
  if (depth > MAX_NESTING) return undefined;
  const v = settle(value);
  switch (v.kind) {
    case 'unknown':
      return v.error;
    case 'list':
      for (const item of v.items) {
        const found = failureWithin(item, depth + 1);
        if (found !== undefined) return found;
      }
      return undefined;
    case 'object':
      for (const entry of v.entries) {
        const found = failureWithin(entry.value, depth + 1);
        if (found !== undefined) return found;
      }
      return undefined;
    case 'jsonencode':
      return failureWithin(v.inner, depth + 1);
    default:
      return undefined;
  }
}
