// The positioned JSON tree a filter pattern is read into, whichever way it was written: JSON text (a
// string, a heredoc, a `.tf.json` value) or an HCL value inside `jsonencode(...)`. Every node and key
// carries the range of the token the user wrote, so a problem can point at it.

import type { SourceRange } from '../model/sourceRange';

export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonBoolean | JsonNull;

interface NodeBase {
  readonly range: SourceRange;
}

export interface JsonProperty {
  readonly key: string;
  readonly keyRange: SourceRange;
  readonly value: JsonNode;
}

export interface JsonObject extends NodeBase {
  readonly type: 'object';
  readonly properties: readonly JsonProperty[];
  /** Set when the text broke off inside this object: checks made at its end do not apply. */
  readonly incomplete?: boolean;
}

export interface JsonArray extends NodeBase {
  readonly type: 'array';
  readonly items: readonly JsonNode[];
  readonly incomplete?: boolean;
}

export interface JsonString extends NodeBase {
  readonly type: 'string';
  readonly value: string;
}

export interface JsonNumber extends NodeBase {
  readonly type: 'number';
  readonly value: number;
  /** The number as written: messages quote it, and `300.0` is not `300` to a reader. */
  readonly raw: string;
}

export interface JsonBoolean extends NodeBase {
  readonly type: 'boolean';
  readonly value: boolean;
}

export interface JsonNull extends NodeBase {
  readonly type: 'null';
}

/** The token text a streaming JSON parser would show for a node: what EventBridge quotes in some messages. */
export function tokenText(node: JsonNode | undefined): string {
  if (!node) return ']';
  switch (node.type) {
    case 'object':
      return '{';
    case 'array':
      return '[';
    case 'string':
      return node.value;
    case 'number':
      return node.raw;
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
  }
}

/** A JSON value for messages and explanations: the node converted back to plain data. */
export function plainValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(node.properties.map((p) => [p.key, plainValue(p.value)]));
    case 'array':
      return node.items.map(plainValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}
