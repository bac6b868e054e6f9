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
    // Arrays of the final size: grown by push from empty, a one-item array reserves room for 17.
    case 'list': {
      // What an open list or object holds besides what it shows is not known: neither is its JSON.
      if (value.open) return undefined;
      const items = new Array<JsonNode>(value.items.length);
      for (let i = 0; i < items.length; i++) {
        const node = jsonFromValue(value.items[i]!, at);
        if (!node) return undefined;
        items[i] = node;
      }
      return { type: 'array', items, range };
    }
    case 'object': {
      if (value.open) return undefined;
      const properties = new Array<JsonProperty>(value.entries.length);
      for (let i = 0; i < properties.length; i++) {
        const entry = value.entries[i]!;
        const node = jsonFromValue(entry.value, at);
        if (!node) return undefined;
        properties[i] = { key: entry.key, keyRange: at ?? entry.keyRange, value: node };
      }
      return { type: 'object', properties, range };
    }
    case 'jsonencode': {
      // A nested jsonencode is a string holding JSON text.
      const text = encodeJson(value.inner);
      return text === undefined ? undefined : { type: 'string', value: text, range };
    }
    case 'reference':
    case 'unknown':
      // A computed part stands where its expression is written.
      return value.resolved ? jsonFromValue(value.resolved, range) : undefined;
  }
}
