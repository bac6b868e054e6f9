// Range checks shared by the rules that read `providerBounds`, `apiBounds` and `sourceBounds`.

import type { AttributeFact, Bounds } from '../facts/factTypes';
import type { SourceKind } from '../sources/sourceKind';

export function within(n: number, bounds: Bounds | undefined): boolean {
  if (!bounds) return true;
  if (bounds.also?.includes(n)) return true;
  return (bounds.min === undefined || n >= bounds.min) && (bounds.max === undefined || n <= bounds.max);
}

export function describeBounds(bounds: Bounds): string {
  const also = bounds.also?.length ? `${bounds.also.join(' or ')} or ` : '';
  if (bounds.min !== undefined && bounds.max !== undefined) return `${also}${bounds.min}–${bounds.max}`;
  if (bounds.min !== undefined) return `${also}at least ${bounds.min}`;
  if (bounds.max !== undefined) return `${also}at most ${bounds.max}`;
  return 'any number';
}

/** The nearest value inside the bounds, for "clamp" fixes. */
export function clamp(n: number, bounds: Bounds): number {
  if (bounds.min !== undefined && n < bounds.min) return bounds.min;
  if (bounds.max !== undefined && n > bounds.max) return bounds.max;
  return n;
}

/** The `sourceBounds` every possible kind shares (one entry for all of them), or undefined. */
export function sourceBoundsFor(fact: AttributeFact, kinds: readonly SourceKind[] | undefined): Bounds | undefined {
  const first = kinds?.[0] && fact.sourceBounds?.[kinds[0]];
  return first && kinds!.every((k) => sameBounds(fact.sourceBounds?.[k], first)) ? first : undefined;
}

function sameBounds(a: Bounds | undefined, b: Bounds): boolean {
  return a !== undefined && a.min === b.min && a.max === b.max && String(a.also ?? '') === String(b.also ?? '');
}
