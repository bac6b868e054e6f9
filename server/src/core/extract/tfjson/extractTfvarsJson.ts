// A `.tfvars.json` file: one JSON object, variable name → value. Unlike a `.tf.json` file, its strings are
// taken as they are: Terraform reads `"${var.x}"` in a tfvars JSON file as those characters, not a reference.

import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { MAX_NESTING, tooDeepValue } from '../../model/nesting';
import { rangeOf } from '../../model/sourceRange';
import type { ObjectEntry, Value } from '../../model/value';
import { flattenDeepJson } from './flattenDeepJson';

export function extractTfvarsJson(text: string): { values: Map<string, Value>; broken: boolean } {
  const values = new Map<string, Value>();
  const errors: ParseError[] = [];
  const root = parseTree(flattenDeepJson(text, 2 * MAX_NESTING), errors, { allowTrailingComma: false, disallowComments: true });
  if (!root || root.type !== 'object' || errors.length > 0) return { values, broken: true };
  for (const [name, , value] of properties(root)) if (!values.has(name)) values.set(name, readValue(value, text, 0));
  return { values, broken: false };
}

function properties(node: JsonNode): [string, JsonNode, JsonNode][] {
  const out: [string, JsonNode, JsonNode][] = [];
  for (const prop of node.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (key && value && typeof key.value === 'string') out.push([key.value, key, value]);
  }
  return out;
}

/** `level` counts the arrays and objects around the value, up to `MAX_NESTING`. */
function readValue(node: JsonNode, text: string, level: number): Value {
  const range = rangeOf(node.offset, node.offset + node.length);
  if (level >= MAX_NESTING && (node.type === 'array' || node.type === 'object')) return tooDeepValue(text.slice(range.start, range.end), range);
  switch (node.type) {
    case 'string':
      return { kind: 'string', value: node.value as string, form: 'json', contentStart: node.offset + 1, range };
    case 'number':
      return { kind: 'number', value: node.value as number, range };
    case 'boolean':
      return { kind: 'bool', value: node.value as boolean, range };
    case 'null':
      return { kind: 'null', range };
    case 'array':
      return { kind: 'list', items: (node.children ?? []).map((c) => readValue(c, text, level + 1)), range };
    case 'object': {
      const entries: ObjectEntry[] = properties(node).map(([key, keyNode, value]) => ({
        key,
        keyRange: rangeOf(keyNode.offset, keyNode.offset + keyNode.length),
        value: readValue(value, text, level + 1),
      }));
      return { kind: 'object', entries, range };
    }
    default:
      return { kind: 'unknown', text: text.slice(range.start, range.end), range };
  }
}
