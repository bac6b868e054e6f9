// What the facts say for the mapping's source kinds (undefined when unknown): whether something is
// required, the default, the bounds, and which enum values apply. Like the rules, a verdict about the
// source holds only when every kind the source may be agrees; otherwise nothing is claimed.

import { AT_TIMESTAMP_UNSUPPORTED } from '../facts/eventSourceMappingFacts';
import type { AttributeFact, Bounds } from '../facts/factTypes';
import { sourceBoundsFor } from '../rules/bounds';
import type { SourceKind } from '../sources/sourceKind';

export type Kinds = readonly SourceKind[] | undefined;

function known(kinds: Kinds): kinds is readonly SourceKind[] {
  return kinds !== undefined && kinds.length > 0;
}

export function isRequired(fact: AttributeFact, kinds: Kinds): boolean {
  if (fact.required) return true;
  const requiredFor = fact.requiredFor;
  return requiredFor !== undefined && known(kinds) && kinds.every((k) => requiredFor.includes(k));
}

/** The default for these kinds, when it is one value for all of them. */
export function defaultFor(fact: AttributeFact, kinds: Kinds): number | string | boolean | undefined {
  if (fact.defaultValue !== undefined) return fact.defaultValue;
  const defaults = fact.sourceDefaults;
  if (!defaults || !known(kinds)) return undefined;
  const first = defaults[kinds[0]!];
  return kinds.every((k) => defaults[k] === first) ? first : undefined;
}

/**
 * The range a number must be in to pass both the provider (plan) and the API (apply), narrowed by the
 * per-source bounds when every kind has the same (`sourceBoundsFor`, as the rules read them). `source` is
 * those per-source bounds, so a detail can say which limit is the source's.
 */
export function boundsFor(fact: AttributeFact, kinds: Kinds): { readonly bounds: Bounds; readonly source: Bounds | undefined } | undefined {
  const source = sourceBoundsFor(fact, kinds);
  const bounds = intersect(intersect(fact.providerBounds, fact.apiBounds), source);
  return bounds && { bounds, source };
}

function intersect(a: Bounds | undefined, b: Bounds | undefined): Bounds | undefined {
  if (!a) return b;
  if (!b) return a;
  const min = a.min === undefined ? b.min : b.min === undefined ? a.min : Math.max(a.min, b.min);
  const max = a.max === undefined ? b.max : b.max === undefined ? a.max : Math.min(a.max, b.max);
  const also = a.also?.filter((v) => !b.also || b.also.includes(v)) ?? b.also;
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), ...(also?.length ? { also } : {}) };
}

/** False when every kind rejects `value` (the enum members some sources do not accept). */
export function valueApplies(fact: AttributeFact, value: string, kinds: Kinds): boolean {
  if (!known(kinds)) return true;
  const rule = fact.valueSources?.find((r) => (r.value !== undefined && r.value === value) || (r.prefix !== undefined && value.startsWith(r.prefix)));
  if (rule && kinds.every((k) => !rule.kinds.includes(k))) return false;
  // `starting_position` values that some sources reject are a list of their own (the `at-timestamp` rule's).
  if (fact.name === 'starting_position' && value === 'AT_TIMESTAMP' && kinds.every((k) => AT_TIMESTAMP_UNSUPPORTED.includes(k))) return false;
  return true;
}
