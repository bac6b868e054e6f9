// Where a cursor is inside a filter pattern written as JSON text (the pattern itself, already unescaped
// from the string that holds it): the keys that lead there, and whether a key, a value or an operator is
// being written. jsonc-parser reads half-typed JSON too, which is what a pattern being written is.

import { findNodeAtLocation, getLocation, parseTree, type JSONPath, type Node as JsonNode } from 'jsonc-parser';
import { MAX_NESTING } from '../../model/nesting';
import type { PatternTarget } from '../../language/cursorContext';
import { flattenDeepJson } from './flattenDeepJson';
import { typedToken } from './typedToken';

/** A pattern target with its range in offsets of the pattern text, to be mapped to file offsets. */
export type JsonPatternPosition = Omit<PatternTarget, 'kind' | 'range' | 'syntax'> & { readonly start: number; readonly end: number };

/** The branches of `$or` are patterns of the same object: their keys do not lead anywhere new. */
const OR = '$or';

export function jsonPatternPosition(pattern: string, cursor: number): JsonPatternPosition | undefined {
  // Only what a pattern can hold is read; a deeper bracket cannot be where completion helps.
  const content = flattenDeepJson(pattern, MAX_NESTING);
  const location = getLocation(content, cursor);
  const path = location.path;
  // Before the pattern's first bracket or after its last: not inside the pattern.
  if (path.length === 0) return undefined;
  let keys: string[];
  let role: PatternTarget['role'];
  let operator: string | undefined;
  let container: JSONPath | undefined;
  if (location.isAtPropertyKey) {
    const parent = path.slice(0, -1);
    const inArray = typeof parent[parent.length - 1] === 'number' && parent[parent.length - 2] !== OR;
    role = inArray ? 'operator' : 'key';
    keys = keysOf(parent);
    container = parent;
  } else {
    // A value: an item of a key's array, or of an operator's (`{"numeric": [">", 1]}`), or the operator's own.
    role = 'value';
    const owner = typeof path[path.length - 1] === 'number' ? path.slice(0, -1) : path;
    const name = owner[owner.length - 1];
    if (typeof name === 'string' && typeof owner[owner.length - 2] === 'number' && owner[owner.length - 3] !== OR) {
      operator = name;
      keys = keysOf(owner.slice(0, -2));
      container = owner.slice(0, -1);
    } else {
      keys = keysOf(owner);
    }
  }
  const token = typedToken(content, location.previousNode, cursor);
  const present = container ? presentKeys(content, container, cursor) : [];
  return { keys, role, ...(operator !== undefined ? { operator } : {}), prefix: token.prefix, start: token.start, end: token.end, quote: token.quote, present };
}

function keysOf(path: JSONPath): string[] {
  return path.filter((segment): segment is string => typeof segment === 'string' && segment !== OR);
}

/** The keys of the object at `container`, except the one being written at `cursor`. */
function presentKeys(content: string, container: JSONPath, cursor: number): string[] {
  const node = findNodeAtLocation(parseTree(content) ?? ({ type: 'null', offset: 0, length: 0 } as JsonNode), container);
  if (!node || node.type !== 'object') return [];
  const out: string[] = [];
  for (const property of node.children ?? []) {
    const key = property.children?.[0];
    if (!key || typeof key.value !== 'string') continue;
    if (cursor >= key.offset && cursor <= key.offset + key.length) continue;
    out.push(key.value);
  }
  return out;
}
