// A mapping with `for_each` or `count` is several resources. When the collection is known, each instance
// is checked with its own `each.key`/`each.value` or `count.index`, and a finding that holds for only some
// instances names them (`["bulk"]`), as Terraform names them in its plan.

import type { Block } from '../model/mapping';
import type { Problem, RelatedPlace } from '../model/problem';
import { asNumber, settle, type Value } from '../model/value';
import type { ModuleIndex } from './moduleIndex';
import { elementsOf, objectOf, resolveValue } from './resolveReferences';

export interface MappingInstance {
  /** How Terraform writes the instance's key: `["bulk"]`, `[0]`. */
  readonly label: string;
  readonly roots: ReadonlyMap<string, Value>;
}

/** More instances than this are not checked one by one (the mapping is then checked as one). */
export const MAX_INSTANCES = 256;

/**
 * The instances of a mapping, or undefined when it has neither `for_each` nor `count`, or their collection
 * is not known, empty or too large: the mapping is then checked once, with `each` and `count` unknown.
 */
export function mappingInstances(body: Block, module: ModuleIndex): MappingInstance[] | undefined {
  const forEach = body.attributes.get('for_each');
  const count = body.attributes.get('count');
  if (forEach && count) return undefined;
  if (forEach) {
    const collection = settle(resolveValue(forEach.value, module, 0));
    // Terraform takes a map or a set of strings for a resource's `for_each`; a list is an error.
    if (collection.kind === 'list' && (!collection.set || collection.items.some((i) => settle(i).kind !== 'string'))) return undefined;
    const elements = elementsOf(collection, forEach.value.range);
    if (!elements || elements.length === 0 || elements.length > MAX_INSTANCES) return undefined;
    return elements.map(({ key, value }) => {
      const k = settle(key);
      return { label: `[${JSON.stringify(k.kind === 'string' ? k.value : '?')}]`, roots: new Map([['each', objectOf({ key, value }, forEach.value.range)]]) };
    });
  }
  if (count) {
    const n = asNumber(resolveValue(count.value, module, 0));
    if (n === undefined || !Number.isInteger(n) || n <= 0 || n > MAX_INSTANCES) return undefined;
    return Array.from({ length: n }, (_, index) => ({
      label: `[${index}]`,
      roots: new Map([['count', objectOf({ index: { kind: 'number', value: index, range: count.value.range } }, count.value.range)]]),
    }));
  }
  return undefined;
}

/** At most this many instances are named in a message; the rest are counted. */
const NAMED = 3;

/**
 * One list of problems from each instance's: a problem (same rule, same place) is kept once, with the
 * instances it holds for named in its message when that is not all of them.
 */
export function mergeInstanceProblems(perInstance: readonly (readonly Problem[])[], labels: readonly string[]): Problem[] {
  const merged = new Map<string, { problem: Problem; labels: string[]; related: RelatedPlace[] }>();
  perInstance.forEach((problems, i) => {
    for (const problem of problems) {
      const key = `${problem.code}\u0000${problem.range.start}\u0000${problem.range.end}`;
      const found = merged.get(key) ?? { problem, labels: [], related: [] };
      merged.set(key, found);
      found.labels.push(labels[i]!);
      // Each instance's value may be written in its own place (its entry of a locals map).
      for (const place of problem.related ?? []) {
        if (found.related.some((r) => r.declaration === place.declaration && r.range.start === place.range.start)) continue;
        found.related.push({ ...place, message: `${place.message.replace(/\.$/, '')} for instance ${labels[i]!}.` });
      }
    }
  });
  const out: Problem[] = [];
  for (const { problem, labels: some, related } of merged.values()) {
    const withPlaces: Problem = related.length > 0 ? { ...problem, related } : problem;
    if (some.length === labels.length) {
      out.push(withPlaces);
      continue;
    }
    const named = some.slice(0, NAMED).map((l) => `\`${l}\``);
    const more = some.length > NAMED ? ` and ${some.length - NAMED} more` : '';
    out.push({ ...withPlaces, message: `${problem.message} Only in instance${some.length === 1 ? '' : 's'} ${named.join(', ')}${more} (${some.length} of ${labels.length}).` });
  }
  return out.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}
