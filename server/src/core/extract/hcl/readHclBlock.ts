// Reads an HCL block body into the model's Block: arguments, nested blocks and `dynamic` blocks.

import type { Attribute, Block } from '../../model/mapping';
import type { Value } from '../../model/value';
import { rangeOf } from '../../model/sourceRange';
import { childOfType, named, type SyntaxNode } from './syntaxNode';
import { readHclValue } from './readHclValue';

/** Reads a `block` node: `type "label"… { body }`. */
export function readHclBlock(node: SyntaxNode, text: string): Block {
  const typeNode = childOfType(node, 'identifier');
  const body = childOfType(node, 'body');
  const open = childOfType(node, 'block_start');
  const type = typeNode ? text.slice(typeNode.start, typeNode.end) : '';
  const typeRange = typeNode ? rangeOf(typeNode.start, typeNode.end) : rangeOf(node.start, node.start);
  const bodyStart = open ? open.end : node.end;
  if (type === 'dynamic') return readDynamic(node, text, bodyStart);
  const { attributes, blocks } = body ? readBody(body, text) : { attributes: new Map(), blocks: [] };
  return { type, typeRange, range: rangeOf(node.start, node.end), attributes, blocks, dynamic: false, bodyStart };
}

export function readBody(body: SyntaxNode, text: string): { attributes: Map<string, Attribute>; blocks: Block[] } {
  const attributes = new Map<string, Attribute>();
  const blocks: Block[] = [];
  for (const child of body.children) {
    if (child.type === 'attribute') {
      const [nameNode, valueNode] = named(child);
      if (!nameNode || !valueNode) continue;
      const name = text.slice(nameNode.start, nameNode.end);
      // Terraform rejects a repeated argument; the first one is what its error points past.
      if (attributes.has(name)) continue;
      attributes.set(name, {
        name,
        nameRange: rangeOf(nameNode.start, nameNode.end),
        value: readHclValue(valueNode, text),
        range: rangeOf(child.start, child.end),
      });
    } else if (child.type === 'block') {
      blocks.push(readHclBlock(child, text));
    }
  }
  return { attributes, blocks };
}

/**
 * `dynamic "filter" { for_each = …; content { … } }` stands for an unknown number of `filter` blocks
 * whose arguments are those of `content`.
 */
function readDynamic(node: SyntaxNode, text: string, bodyStart: number): Block {
  const label = node.children.find((c) => c.type === 'string_lit' || (c.type === 'identifier' && c !== childOfType(node, 'identifier')));
  const labelText = label ? text.slice(label.start, label.end).replace(/^"|"$/g, '') : '';
  const body = childOfType(node, 'body');
  const contentNode = body?.children.find((c) => c.type === 'block' && text.slice(named(c)[0]?.start ?? 0, named(c)[0]?.end ?? 0) === 'content');
  const contentBody = contentNode && childOfType(contentNode, 'body');
  const { attributes, blocks } = contentBody ? readBody(contentBody, text) : { attributes: new Map(), blocks: [] };
  const typeRange = label ? rangeOf(label.start, label.end) : rangeOf(node.start, node.start);
  const forEach = body && dynamicArgument(body, text, 'for_each');
  const iterator = body && dynamicArgument(body, text, 'iterator');
  // `iterator = f` is a bare name, which reads as a one-step traversal.
  const iteratorName = iterator?.kind === 'reference' && iterator.path.length === 1 ? iterator.path[0]! : iterator === undefined ? labelText : undefined;
  return {
    type: labelText,
    typeRange,
    range: rangeOf(node.start, node.end),
    attributes,
    blocks,
    dynamic: true,
    bodyStart,
    ...(forEach && iteratorName ? { forEach: { value: forEach, iterator: iteratorName } } : {}),
  };
}

/** An argument of the `dynamic` block itself (not of its `content`). */
function dynamicArgument(body: SyntaxNode, text: string, name: string): Value | undefined {
  for (const child of body.children) {
    if (child.type !== 'attribute') continue;
    const [nameNode, valueNode] = named(child);
    if (nameNode && valueNode && text.slice(nameNode.start, nameNode.end) === name) return readHclValue(valueNode, text);
  }
  return undefined;
}
