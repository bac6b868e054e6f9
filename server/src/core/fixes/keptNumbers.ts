// Numbers keep the text they have in the file when their value at their place does not change: `1.0`
// stays `1.0`, `1_000` in a stack stays `1_000`. Every other number is written from the new pattern's own
// text (`raw`), so what the user typed in the playground is what the file gets.

import type { Value } from '../model/value';
import type { JsonNode } from '../patterns/jsonNode';
import type { NumberText } from './patternWriter';

type Written = ReadonlyMap<string, { readonly value: number; readonly text: string }>;

/** The numbers of a pattern read from JSON text, by place. */
export function numbersOfJson(node: JsonNode | undefined): Written {
  const out = new Map<string, { value: number; text: string }>();
  const walk = (n: JsonNode, path: (string | number)[]): void => {
    if (n.type === 'number') out.set(placeKey(path), { value: n.value, text: n.raw });
    else if (n.type === 'object') for (const p of n.properties) walk(p.value, [...path, p.key]);
    else if (n.type === 'array') n.items.forEach((item, i) => walk(item, [...path, i]));
  };
  if (node) walk(node, []);
  return out;
}

/** The numbers of a pattern written as an object literal, by place, with their text in `text`. */
export function numbersOfValue(value: Value, text: string): Written {
  const out = new Map<string, { value: number; text: string }>();
  const walk = (v: Value, path: (string | number)[]): void => {
    if (v.kind === 'number') out.set(placeKey(path), { value: v.value, text: text.slice(v.range.start, v.range.end) });
    else if (v.kind === 'object') for (const e of v.entries) walk(e.value, [...path, e.key]);
    else if (v.kind === 'list') v.items.forEach((item, i) => walk(item, [...path, i]));
  };
  walk(value, []);
  return out;
}

export function numberTextKeeping(written: Written): NumberText {
  return (node, path) => {
    const old = written.get(placeKey(path));
    return old && old.value === node.value ? old.text : undefined;
  };
}

function placeKey(path: readonly (string | number)[]): string {
  return JSON.stringify(path);
}
