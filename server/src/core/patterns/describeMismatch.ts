// Words for explanations: a record value and a matcher as a person would write them, and the "nearest
// likely mistake" when a value fails a match list (case, number against string, DynamoDB's N strings).

import type { Leaf } from './compileMatchList';
import type { BranchCondition } from './branchCondition';
import type { RecordSource } from './decodeRecord';
import { describeNumberText } from './eventJson';
import type { Matcher } from './patternAst';

/** A value as JSON, shortened; a number that is not exactly a double as written, and what it is. */
export function describeValue(value: unknown): string {
  if (typeof value === 'symbol') return describeNumberText(value.description ?? '');
  let text: string;
  try {
    // Numbers kept as text (symbols) go through a marker string, since JSON.stringify would drop them;
    // the marker is put back as the bare number unless the record itself holds the marker character.
    let marked = false;
    text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'symbol' ? ((marked = true), `${MARK}${v.description ?? ''}${MARK}`) : v)) ?? String(value);
    if (marked && !(JSON.stringify(value) ?? '').includes('\\u0000')) text = text.replace(MARKED, (_m, raw: string) => raw);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const MARK = '\u0000';
// JSON.stringify writes the marker character as this escape.
const MARKED = /"\\u0000([^"\\]*)\\u0000"/g;

export function describeMatcher(m: Matcher): string {
  switch (m.kind) {
    case 'exact':
      return m.numberText ?? describeValue(m.value);
    case 'numeric': {
      const parts = [];
      if (m.lower && m.upper && m.lower.value === m.upper.value) return `numeric = ${m.lower.value}`;
      if (m.lower) parts.push(`${m.lower.inclusive ? '>=' : '>'} ${m.lower.value}`);
      if (m.upper) parts.push(`${m.upper.inclusive ? '<=' : '<'} ${m.upper.value}`);
      return `numeric ${parts.join(' and ')}`;
    }
    case 'exists':
      return `exists: ${m.value}`;
    case 'anything-but':
      return `anything-but${m.form === 'values' ? '' : ` ${m.form}`} ${m.values.map(describeValue).join(', ')}`;
    case 'prefix-ignore-case':
      return `prefix (ignoring case) ${describeValue(m.value)}`;
    case 'suffix-ignore-case':
      return `suffix (ignoring case) ${describeValue(m.value)}`;
    default:
      return `${m.kind} ${describeValue(m.value)}`;
  }
}

function isDynamoNumber(c: BranchCondition, source: RecordSource): boolean {
  return (source === 'dynamodb' || c.atoms[0] === 'dynamodb') && c.atoms[c.atoms.length - 1] === 'N';
}

/** The first matcher the value nearly satisfies, as advice; undefined when nothing is close. */
export function nearMiss(c: BranchCondition, value: Leaf, source: RecordSource): string | undefined {
  const name = `\`${c.name}\``;
  const shown = describeValue(value);
  for (const m of c.source.matchers) {
    switch (m.kind) {
      case 'exact':
        if (typeof value === 'symbol' && typeof m.value === 'number') {
          return `${name} is ${shown}; the engine matches such a number only by its text, which is not ${m.numberText ?? String(m.value)}.`;
        }
        if (typeof m.value === 'string' && typeof value === 'string' && m.value.toLowerCase() === value.toLowerCase()) {
          return `${name} is ${shown}, which differs from ${describeValue(m.value)} only in case; values match exactly — use {"equals-ignore-case": ${describeValue(m.value)}}.`;
        }
        if (typeof m.value === 'number' && typeof value === 'string' && value.trim() !== '' && Number(value) === m.value) {
          return isDynamoNumber(c, source)
            ? `${name} is the string ${shown}: DynamoDB sends numbers (N) as strings, so write ["${value}"], not [${m.value}].`
            : `${name} is the string ${shown} but the pattern has the number ${m.value}; strings never equal numbers — write ["${value}"].`;
        }
        if (typeof m.value === 'string' && typeof value === 'number' && Number(m.value) === value) {
          return `${name} is the number ${shown} but the pattern has the string ${describeValue(m.value)}; strings never equal numbers — write [${value}].`;
        }
        if (typeof m.value === 'boolean' && typeof value === 'string' && value === String(m.value)) {
          return `${name} is the string ${shown} but the pattern has the boolean ${m.value} — write [${shown}].`;
        }
        break;
      case 'numeric':
        if (typeof value === 'symbol') {
          return `${name} is ${shown}; the engine compares only numbers that a double holds exactly, so \`numeric\` never matches it.`;
        }
        if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) {
          return isDynamoNumber(c, source)
            ? `\`numeric\` never matches DynamoDB N values: they are strings (${shown}). Compare them as strings (exact values, prefix, anything-but) or filter on a number such as dynamodb.ApproximateCreationDateTime.`
            : `${name} is the string ${shown}; \`numeric\` only matches JSON numbers.`;
        }
        break;
      case 'prefix':
      case 'suffix':
        if (typeof value === 'string') {
          const lower = value.toLowerCase();
          const want = m.value.toLowerCase();
          if (m.kind === 'prefix' ? lower.startsWith(want) : lower.endsWith(want)) {
            return `${name} is ${shown}, which ${m.kind === 'prefix' ? 'starts' : 'ends'} with ${describeValue(m.value)} only if case is ignored — use {"${m.kind}": {"equals-ignore-case": ${describeValue(m.value)}}}.`;
          }
        }
        break;
      case 'anything-but':
        return `${name} is ${shown}, which the pattern excludes (${describeMatcher(m)}).`;
      default:
        break;
    }
  }
  return undefined;
}
