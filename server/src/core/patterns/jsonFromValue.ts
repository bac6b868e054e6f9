// Reads the HCL value inside `jsonencode(...)` as the JSON tree Terraform will send, keeping the range
// of every HCL token so that a problem in the pattern underlines what the user wrote.

import type { SourceRange } from '../model/sourceRange';
import type { Value } from '../model/value';
import type { JsonNode, JsonProperty } from './jsonNode';
import { encodeJson } from './patternText';

/**
 * The JSON tree of a literal HCL value; undefined when any part of it is not known statically (unknown
 * values are silent). A part reached through a reference (`local.x`) is placed at the reference itself:
 * its own ranges belong to another place in the module.
 */
export function jsonFromValue(value: Value, at?: SourceRange): JsonNode | undefined {
  const range = at ?? value.range;
  switch (value.kind) {
    case 'string':
      return { type: 'string', value: value.value, range };
    case 'number':
      return { type: 'number', value: value.value, raw: String(value.value), range };
    case 'bool':
      return { type: 'boolean', value: value.value, range };
    case 'null':
      return { type: 'null', range };
    case 'list': {
      const items: JsonNode[] = [];
      for (const item of value.items) {
        const node = jsonFromValue(item, at);
        if (!node) return undefined;
        items.push(node);
      }
      return { type: 'array', items, range };
    }
    case 'object': {
      const properties: JsonProperty[] = [];
      for (const entry of value.entries) {
        const node = jsonFromValue(entry.value, at);
        if (!node) return undefined;
        properties.push({ key: entry.key, keyRange: at ?? entry.keyRange, value: node });
      }
      return { type: 'object', properties, range };
    }
    case 'jsonencode': {
      // A nested jsonencode is a string holding JSON text.
      const text = encodeJson(value.inner);
      return text === undefined ? undefined : { type: 'string', value: text, range };
    }
    case 'reference':
      return value.resolved ? jsonFromValue(value.resolved, range) : undefined;
    case 'unknown':
      return undefined;
  }
}
