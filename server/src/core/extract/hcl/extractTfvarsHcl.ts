// A `.tfvars` file: HCL made only of arguments, `name = value`. Terraform evaluates each value with no
// variables and no functions, so a value that calls a function or refers to anything is one Terraform
// refuses: it is read as unknown, never as what the call would give.

import type { Tree } from 'web-tree-sitter';
import type { Value } from '../../model/value';
import { named, snapshot, type SyntaxNode } from './syntaxNode';
import { readHclValue } from './readHclValue';

/** Bounds the walk for calls and references; `snapshot` already stops at a bounded depth. */
const MAX_DEPTH = 1000;

export function extractTfvarsHcl(tree: Tree, text: string): { values: Map<string, Value>; broken: boolean } {
  const values = new Map<string, Value>();
  let broken = tree.rootNode.hasError;
  const cursor = tree.walk();
  try {
    // config_file → body → attribute*; anything else (a block, a bare object) Terraform refuses.
    if (cursor.gotoFirstChild()) {
      do {
        if (cursor.nodeType !== 'body') {
          if (cursor.nodeType !== 'comment') broken = true;
          continue;
        }
        const body = snapshot(cursor, 0, text);
        for (const child of body.children) {
          if (child.type === 'comment') continue;
          if (child.type !== 'attribute') {
            broken = true;
            continue;
          }
          const [nameNode, valueNode] = named(child);
          if (!nameNode || !valueNode) continue;
          const name = text.slice(nameNode.start, nameNode.end);
          // Terraform refuses a variable set twice in one file.
          if (values.has(name)) broken = true;
          else values.set(name, constantOnly(valueNode, text));
        }
      } while (cursor.gotoNextSibling());
    }
  } finally {
    cursor.delete();
  }
  return { values, broken };
}

function constantOnly(node: SyntaxNode, text: string): Value {
  const unknown: Value = { kind: 'unknown', text: text.slice(node.start, node.end), range: { start: node.start, end: node.end } };
  if (callsOrRefers(node, text, 0)) return unknown;
  const value = readHclValue(node, text);
  // A traversal the tree copy kept as text (`local.x`), found in the value read.
  return refers(value, 0) ? unknown : value;
}

function refers(value: Value, depth: number): boolean {
  if (depth > MAX_DEPTH) return true;
  switch (value.kind) {
    case 'reference':
    case 'jsonencode':
      return true;
    case 'list':
      return value.items.some((item) => refers(item, depth + 1));
    case 'object':
      return value.entries.some((entry) => refers(entry.value, depth + 1));
    default:
      return false;
  }
}

function callsOrRefers(node: SyntaxNode, text: string, depth: number): boolean {
  if (depth > MAX_DEPTH || node.type === 'function_call' || node.type === 'variable_expr') return true;
  // An object's key written as a bare name (`{ a = 1 }`) is a name, not a reference.
  const key = node.type === 'object_elem' ? named(node)[0] : undefined;
  const bareKey = key && /^[A-Za-z_][\w-]*$/.test(text.slice(key.start, key.end)) ? key : undefined;
  return node.children.some((child) => child !== bareKey && callsOrRefers(child, text, depth + 1));
}
