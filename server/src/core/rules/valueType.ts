// Values of the wrong type. Terraform converts between strings, numbers and bools where it can
// (`"10"` is a fine number), so only what it cannot convert is reported.

import type { ArgumentType } from '../facts/factTypes';
import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { asBool, asNumber, settle, type Value } from '../model/value';
import { blockVisits } from './blockVisits';
import { arg, assign, code, type MessageText, msg } from './message';
import type { Rule } from './rule';

export const valueType: Rule = {
  id: 'value-type',
  category: 'schema',
  defaultSeverity: 'error',
  description: 'A value of a type Terraform cannot convert to the argument type.',
  check({ mapping, report }) {
    for (const { block, fact } of blockVisits(mapping.body, MAPPING_FACTS)) {
      for (const attr of block.attributes.values()) {
        const attrFact = fact.attributes[attr.name];
        if (!attrFact) continue;
        const problem = typeProblem(attr.value, attrFact.type);
        if (problem) report({ range: attr.value.range, message: msg`${arg(attr.name)} must be ${describe(attrFact.type)}; ${problem}.` });
      }
    }
  },
};

function describe(type: ArgumentType): MessageText {
  switch (type) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'bool':
      return '`true` or `false`';
    case 'list(string)':
    case 'set(string)':
      return 'a list of strings, such as `["name"]`';
    case 'map(string)':
      return msg`a map of strings, such as ${code('{ ', assign('KEY', '"value"'), ' }')}`;
  }
}

/** Why a value cannot be converted to the type, or undefined when it can (or is not known). */
function typeProblem(value: Value, type: ArgumentType): string | undefined {
  const v = settle(value);
  if (v.kind === 'reference' || v.kind === 'unknown' || v.kind === 'null') return undefined;
  // The value is named only in a problem: most values are fine, and naming one builds a string.
  switch (type) {
    case 'string':
      return v.kind === 'list' || v.kind === 'object' ? `found ${foundName(v)}` : undefined;
    case 'number':
      if (v.kind === 'number') return undefined;
      if (v.kind === 'string' || v.kind === 'jsonencode') return asNumber(v) === undefined ? `found ${foundName(v)}, which is not a number` : undefined;
      return `found ${foundName(v)}`;
    case 'bool':
      if (v.kind === 'bool') return undefined;
      if (v.kind === 'string') return asBool(v) === undefined ? `found ${foundName(v)}` : undefined;
      return `found ${foundName(v)}`;
    case 'list(string)':
    case 'set(string)':
      if (v.kind !== 'list') return `found ${foundName(v)}`;
      return v.items.some((i) => isCollection(i)) ? 'each element must be a string' : undefined;
    case 'map(string)':
      if (v.kind !== 'object') return `found ${foundName(v)}`;
      return v.entries.some((e) => isCollection(e.value)) ? 'each value must be a string' : undefined;
  }
}

function isCollection(value: Value): boolean {
  const v = settle(value);
  return v.kind === 'list' || v.kind === 'object';
}

function foundName(v: Value): string {
  switch (v.kind) {
    case 'string':
      return `the string "${v.value.length > 30 ? v.value.slice(0, 30) + '…' : v.value}"`;
    case 'jsonencode':
      return 'a JSON string';
    case 'number':
      return `the number ${v.value}`;
    case 'bool':
      return `\`${v.value}\``;
    case 'list':
      return 'a list';
    case 'object':
      return 'an object';
    default:
      return 'a value';
  }
}
