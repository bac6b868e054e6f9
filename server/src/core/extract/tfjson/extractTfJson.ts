// The Terraform JSON front end (`.tf.json`): the same top-level blocks as the HCL front end, read with
// jsonc-parser so every key and value keeps its offsets. Strings that are a single `${…}` traversal
// become references, other interpolations are unknown, as in Terraform's JSON syntax.

import { parseTree, type Node as JsonNode, type ParseError, printParseErrorCode } from 'jsonc-parser';
import type { FileModel, TopLevelBlock } from '../../model/fileModel';
import type { Attribute, Block } from '../../model/mapping';
import { rangeOf, type SourceRange } from '../../model/sourceRange';
import type { ObjectEntry, Value } from '../../model/value';
import type { BlockFact } from '../../facts/factTypes';
import { MAPPING_FACTS } from '../../facts/eventSourceMappingFacts';
import { MAPPING_TYPE } from '../../model/mapping';
import { firstTooDeep, MAX_NESTING, tooDeepValue } from '../../model/nesting';
import { flattenDeepJson } from './flattenDeepJson';

/**
 * Brackets deeper than this are emptied before parsing (see `flattenDeepJson`): far below where
 * jsonc-parser runs out of stack (about 3,500 nested objects), far above what is read (blocks sit a few
 * levels down, and their values are read `MAX_NESTING` levels deep).
 */
const PARSE_DEPTH = 2 * MAX_NESTING;

type SyntaxError = { range: SourceRange; message: string };

export function extractTfJson(text: string): FileModel {
  const errors: ParseError[] = [];
  const root = parseTree(flattenDeepJson(text, PARSE_DEPTH), errors, { allowTrailingComma: false, disallowComments: true });
  const syntaxErrors: SyntaxError[] = errors.slice(0, 1).map((e) => ({
    range: rangeOf(e.offset, e.offset + Math.max(1, e.length)),
    message: `Syntax error: ${describeJsonError(printParseErrorCode(e.error))}.`,
  }));
  if (!root) return { language: 'tfjson', blocks: [], offsets: [], syntaxErrors };
  let blocks: TopLevelBlock[] = [];
  for (const body of rootObjects(root, syntaxErrors)) readFile(body, text, blocks);
  if (errors.length > 0) blocks = beforeError(blocks, syntaxErrors);
  // JSON has no independent blocks to move: every range is in file offsets.
  return { language: 'tfjson', blocks, offsets: blocks.map(() => 0), syntaxErrors };
}

/**
 * What a file with a syntax error keeps, as someone types: the blocks before the error as they are, and
 * the block the error is in with the error on it (its text before the error is checked, see analyze.ts).
 * After an error the parser's recovery may nest what follows anywhere, so later blocks wait until it parses.
 * The error moves from the file to its block, so it is reported once.
 */
function beforeError(blocks: TopLevelBlock[], syntaxErrors: SyntaxError[]): TopLevelBlock[] {
  const error = syntaxErrors[0]!;
  const kept: TopLevelBlock[] = [];
  for (const block of blocks) {
    if (block.body.range.end <= error.range.start) {
      kept.push(block);
      continue;
    }
    if (block.body.range.start <= error.range.start) {
      kept.push({ ...block, syntaxError: error });
      syntaxErrors.shift();
    }
    break;
  }
  return kept;
}

/**
 * The objects that hold a file's blocks. Terraform (HCL's JSON parser) takes an object, or an array of
 * objects that it merges; any other root, and any other element, is an error it reports.
 */
function rootObjects(root: JsonNode, errors: SyntaxError[]): JsonNode[] {
  if (root.type === 'object') return [root];
  if (root.type !== 'array') {
    errors.push({ range: nodeRange(root), message: 'Syntax error: the root of a Terraform JSON file must be an object (or an array of objects), as in `{"resource": {…}}`.' });
    return [];
  }
  const objects: JsonNode[] = [];
  for (const element of root.children ?? []) {
    if (element.type === 'object') objects.push(element);
    else if (errors.length === 0) errors.push({ range: nodeRange(element), message: 'Syntax error: each element of a Terraform JSON file\'s root array must be an object of blocks, as in `{"resource": {…}}`.' });
  }
  return objects;
}

function readFile(root: JsonNode, text: string, blocks: TopLevelBlock[]): void {
  for (const [keyword, keyNode, value] of properties(root)) {
    for (const obj of objectsOf(value)) {
      if (keyword === 'resource' || keyword === 'data') {
        for (const [type, typeKey, byName] of properties(obj)) {
          for (const namesObj of objectsOf(byName)) {
            for (const [name, nameKey, body] of properties(namesObj)) {
              for (const bodyObj of objectsOf(body)) {
                const facts = keyword === 'resource' && type === MAPPING_TYPE ? MAPPING_FACTS : undefined;
                blocks.push(topLevel(keyword, [type, name], [nodeRange(typeKey), nodeRange(nameKey)], readBlock(bodyObj, keyNode, facts, text)));
              }
            }
          }
        }
      } else if (keyword === 'variable') {
        for (const [name, nameKey, body] of properties(obj)) {
          for (const bodyObj of objectsOf(body)) blocks.push(topLevel(keyword, [name], [nodeRange(nameKey)], readBlock(bodyObj, nameKey, undefined, text)));
        }
      } else if (keyword === 'locals') {
        blocks.push(topLevel(keyword, [], [], readBlock(obj, keyNode, undefined, text)));
      }
    }
  }
}

function topLevel(keyword: string, labels: string[], labelRanges: SourceRange[], body: Block): TopLevelBlock {
  return { keyword, labels, labelRanges, body, syntaxError: undefined, tooDeep: firstTooDeep(body) };
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function nodeRange(node: JsonNode): SourceRange {
  return rangeOf(node.offset, node.offset + node.length);
}

/** `[key, keyNode, valueNode]` for each property of an object node. */
function properties(node: JsonNode): [string, JsonNode, JsonNode][] {
  const out: [string, JsonNode, JsonNode][] = [];
  for (const prop of node.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (key && value && typeof key.value === 'string') out.push([key.value, key, value]);
  }
  return out;
}

/** Terraform JSON allows a block to be an object or an array of objects. */
function objectsOf(node: JsonNode): JsonNode[] {
  if (node.type === 'object') return [node];
  if (node.type === 'array') return (node.children ?? []).filter((c) => c.type === 'object');
  return [];
}

function readBlock(obj: JsonNode, typeKey: JsonNode, facts: BlockFact | undefined, text: string, type = ''): Block {
  const attributes = new Map<string, Attribute>();
  const blocks: Block[] = [];
  for (const [name, key, value] of properties(obj)) {
    if (name === '//') continue; // Terraform JSON comments.
    const childFact = facts?.blocks[name];
    if (childFact) {
      for (const child of objectsOf(value)) blocks.push(readBlock(child, key, childFact, text, name));
    } else if (name === 'dynamic' && facts) {
      for (const dynObj of objectsOf(value)) {
        for (const [dynType, dynKey, dynBody] of properties(dynObj)) {
          for (const dynBodyObj of objectsOf(dynBody)) {
            const content = properties(dynBodyObj).find(([k]) => k === 'content');
            const inner = content ? objectsOf(content[2])[0] : undefined;
            const block = inner ? readBlock(inner, dynKey, facts.blocks[dynType], text, dynType) : readBlock(dynBodyObj, dynKey, undefined, text, dynType);
            blocks.push({ ...block, dynamic: true, attributes: inner ? block.attributes : new Map() });
          }
        }
      }
    } else {
      attributes.set(name, { name, nameRange: nodeRange(key), value: readValue(value, text), range: rangeOf(key.offset, value.offset + value.length) });
    }
  }
  return { type, typeRange: nodeRange(typeKey), range: nodeRange(obj), attributes, blocks, dynamic: false, bodyStart: obj.offset + 1 };
}

const SINGLE_TRAVERSAL = /^\$\{\s*([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[\d+\]|\["[^"]*"\])*)\s*\}$/;

/** `level` counts the arrays and objects around the value, up to `MAX_NESTING`. */
function readValue(node: JsonNode, text: string, level = 0): Value {
  const range = nodeRange(node);
  if (level >= MAX_NESTING && (node.type === 'array' || node.type === 'object')) return tooDeepValue(text.slice(node.offset, node.offset + node.length), range);
  switch (node.type) {
    case 'string': {
      const s = node.value as string;
      const traversal = SINGLE_TRAVERSAL.exec(s);
      if (traversal) return { kind: 'reference', path: splitTraversal(traversal[1]!), range };
      if (/(^|[^$])\$\{|(^|[^%])%\{/.test(s)) return { kind: 'unknown', text: text.slice(node.offset, node.offset + node.length), range };
      return { kind: 'string', value: s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{'), form: 'json', contentStart: node.offset + 1, range };
    }
    case 'number':
      return { kind: 'number', value: node.value as number, range };
    case 'boolean':
      return { kind: 'bool', value: node.value as boolean, range };
    case 'null':
      return { kind: 'null', range };
    case 'array':
      return { kind: 'list', items: (node.children ?? []).map((c) => readValue(c, text, level + 1)), range };
    case 'object': {
      const entries: ObjectEntry[] = properties(node).map(([key, keyNode, value]) => ({ key, keyRange: nodeRange(keyNode), value: readValue(value, text, level + 1) }));
      return { kind: 'object', entries, range };
    }
    default:
      return { kind: 'unknown', text: text.slice(node.offset, node.offset + node.length), range };
  }
}

function splitTraversal(expr: string): string[] {
  const out: string[] = [];
  const re = /([A-Za-z_][\w-]*)|\[(\d+)\]|\["([^"]*)"\]/g;
  for (let m = re.exec(expr); m; m = re.exec(expr)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}
