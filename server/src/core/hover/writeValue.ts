// A known value written short, as the file's language writes literals (object keys with `:`, which HCL
// accepts too), for hovers that show what a reference stands for. Long values are cut: a hover shows a
// few lines, not a whole filter pattern.

import type { LanguageDescriptor } from '../language/languageDescriptor';
import { settle, type Value } from '../model/value';

const MAX_LENGTH = 80;

/** The value as a literal of the language, or undefined when it is not known statically. */
export function writeValue(value: Value, descriptor: LanguageDescriptor): string | undefined {
  const text = write(value, descriptor, 0);
  if (text === undefined) return undefined;
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

function write(value: Value, descriptor: LanguageDescriptor, depth: number): string | undefined {
  const v = settle(value);
  // Deep values are cut anyway; the depth bound keeps a pathological one from costing a long walk.
  if (depth > 8) return '…';
  switch (v.kind) {
    case 'string':
      return descriptor.string(v.value);
    case 'number':
      return String(v.value);
    case 'bool':
      return v.value ? descriptor.trueText : descriptor.falseText;
    case 'null':
      return descriptor.nullText;
    case 'list':
      return joined(v.items.map((item) => write(item, descriptor, depth + 1)), '[', ']');
    case 'object':
      return joined(v.entries.map((e) => { const inner = write(e.value, descriptor, depth + 1); return inner === undefined ? undefined : `${descriptor.key(e.key)}: ${inner}`; }), '{ ', ' }');
    case 'jsonencode':
      // The encoded value itself: each syntax writes the call differently (or, in JSON, not at all).
      return write(v.inner, descriptor, depth + 1);
    default:
      return undefined;
  }
}

function joined(parts: readonly (string | undefined)[], open: string, close: string): string | undefined {
  if (parts.some((p) => p === undefined)) return undefined;
  return parts.length === 0 ? `${open.trim()}${close.trim()}` : `${open}${parts.join(', ')}${close}`;
}
