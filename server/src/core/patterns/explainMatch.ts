// Says why a record does not match a pattern: which field failed, what the record holds there, and the
// likely mistake (case differs, number against string, a payload that is not JSON, a missing or wrong
// `body`/`data`/`dynamodb` wrapper, a DynamoDB value without its type key, `numeric` on a DynamoDB N,
// `exists` on an object). Slower than matching; only called for records that do not match.

import type { SourceRange } from '../model/sourceRange';
import type { BranchCondition, CompiledPattern } from './compilePattern';
import { SOURCE_DECODING, isObject, type DecodedRecord } from './decodeRecord';
import { describeMatcher, describeValue, nearMiss } from './describeMismatch';
import { engineDifference } from './engineDifference';
import { collectCandidates } from './matchExact';
import { branchPayloadFormat, matchRecord } from './matchRecord';

export interface FieldFailure {
  /** The field's dotted path in the pattern. */
  readonly path: string;
  /** The same path as keys, for finding the field in the decoded record (a UI highlights it there). */
  readonly atoms: readonly string[];
  /** The pattern key that named it. */
  readonly keyRange: SourceRange;
  readonly message: string;
}

export interface Explanation {
  readonly matched: boolean;
  /** One sentence for people: why it does not match, or, for a match, a caveat worth knowing. */
  readonly reason?: string;
  /** The failures of the closest branch. */
  readonly failures: readonly FieldFailure[];
}

const WRAPPER: Record<string, string> = { sqs: 'body', kinesis: 'data', mq: 'data', kafka: 'value', dynamodb: 'dynamodb' };
const OTHER_WRAPPERS = ['body', 'data', 'value', 'dynamodb', 'kinesis'];
const DYNAMODB_PARTS = new Set(['NewImage', 'OldImage', 'Keys']);
const DYNAMODB_TYPES = new Set(['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS']);

export function explainMatch(pattern: CompiledPattern, decoded: DecodedRecord): Explanation {
  const explanation = explainOutcome(pattern, decoded);
  const difference = engineDifference(pattern.branches, decoded);
  if (!difference) return explanation;
  return { ...explanation, reason: explanation.reason ? `${explanation.reason} ${difference}` : difference };
}

function explainOutcome(pattern: CompiledPattern, decoded: DecodedRecord): Explanation {
  if (matchRecord(pattern, decoded)) {
    const ignored = ignoredPayload(pattern, decoded);
    return ignored ? { matched: true, reason: ignored, failures: [] } : { matched: true, failures: [] };
  }
  if (pattern.branches.length === 0) return { matched: false, reason: 'The record does not match (this pattern has too many $or combinations to explain).', failures: [] };
  let best: { failures: FieldFailure[]; note?: string } | undefined;
  for (const branch of pattern.branches) {
    const result = explainBranch(branch, decoded);
    if (!best || result.failures.length < best.failures.length) best = result;
  }
  const many = pattern.branches.length > 1 ? `None of the ${pattern.branches.length} $or branches matches; the closest fails because: ` : '';
  const first = best!.failures[0];
  const reason = best!.note ?? (first ? first.message : 'The fields match one by one, but not all within the same array element.');
  return { matched: false, reason: many + reason, failures: best!.failures };
}

/** For Amazon MQ and Kafka: the sentence saying that the pattern's payload part was left out. */
function ignoredPayload(pattern: CompiledPattern, decoded: DecodedRecord): string | undefined {
  const key = decoded.payloadKey;
  if (!key || decoded.payload === 'absent' || SOURCE_DECODING[decoded.source]?.onMismatch !== 'ignore') return undefined;
  for (const branch of pattern.branches) {
    const wants = branchPayloadFormat(branch, key);
    if (wants !== 'none' && wants !== decoded.payload) return payloadSentence(decoded, wants);
  }
  return undefined;
}

function explainBranch(branch: readonly BranchCondition[], decoded: DecodedRecord): { failures: FieldFailure[]; note?: string } {
  const spec = SOURCE_DECODING[decoded.source];
  const key = decoded.payloadKey;
  let conditions = branch;
  let note: string | undefined;
  let ignored: string | undefined;
  if (spec && key && decoded.payload !== 'absent') {
    const wants = branchPayloadFormat(branch, key);
    if (wants !== 'none' && wants !== decoded.payload) {
      const what = payloadSentence(decoded, wants);
      if (spec.onMismatch === 'drop') {
        const condition = branch.find((c) => c.atoms[0] === key)!;
        return { failures: [{ path: condition.name, atoms: condition.atoms, keyRange: condition.keyRange, message: what }], note: what };
      }
      // Amazon MQ and Kafka then filter on the other fields only: say so before what failed there.
      conditions = branch.filter((c) => c.atoms[0] !== key);
      ignored = what;
    }
  }
  const failures: FieldFailure[] = [];
  for (const c of conditions) {
    const message = conditionFailure(c, decoded);
    if (message) failures.push({ path: c.name, atoms: c.atoms, keyRange: c.keyRange, message });
  }
  if (ignored && failures[0]) note = `${ignored} ${failures[0].message}`;
  if (failures.length === 0) {
    const arrays = conditions.filter((c) => collectCandidates(decoded.view, c.atoms).some((f) => f.membership.length > 0)).map((c) => `\`${c.name}\``);
    note = `Each field matches on its own, but not all in the same array element (${arrays.join(', ')}): EventBridge, and so Lambda, requires fields inside an array of objects to match within one element.`;
  }
  return note ? { failures, note } : { failures };
}

function payloadSentence(decoded: DecodedRecord, wants: 'json' | 'text'): string {
  const spec = SOURCE_DECODING[decoded.source]!;
  const field = `${spec.label} \`${decoded.payloadKey}\``;
  const consequence =
    decoded.source === 'sqs'
      ? 'Lambda drops the message and deletes it from the queue.'
      : spec.onMismatch === 'drop'
        ? 'Lambda skips the record.'
        : 'Lambda then filters on the other fields only.';
  if (decoded.payload === 'binary') return `The ${field} is not base64-encoded UTF-8 text, so the pattern's \`${decoded.payloadKey}\` part cannot apply; ${consequence}`;
  if (decoded.payload === 'text' && wants === 'json') {
    return `The ${field} is not JSON (${describeValue(decoded.payloadText ?? '')}), so a pattern on fields inside it never matches; ${consequence}`;
  }
  return `The ${field} is JSON, so a plain-value pattern on \`${decoded.payloadKey}\` never matches it; ${consequence} Match fields inside it: {"${decoded.payloadKey}": {"field": [...]}}.`;
}

/** Why one condition fails on its own, or undefined when it holds. */
function conditionFailure(c: BranchCondition, decoded: DecodedRecord): string | undefined {
  const view = decoded.view;
  const fields = collectCandidates(view, c.atoms);
  const name = `\`${c.name}\``;
  if (fields.length > 0) {
    const passing = fields.filter((f) => c.list.test(f.value));
    if (passing.length > 0) return undefined;
    if (!c.list.positive) return `${name} is present (${describeValue(fields[0]!.value)}), but the pattern asks for it to be absent (\`exists: false\`).`;
    const values = fields.slice(0, 3).map((f) => f.value);
    for (const v of values) {
      const hint = nearMiss(c, v, decoded.source);
      if (hint) return hint;
    }
    const shown = values.map(describeValue).join(', ') + (fields.length > 3 ? ', …' : '');
    return `${name} is ${shown}, which matches none of: ${c.source.matchers.map(describeMatcher).join(', ')}.`;
  }
  if (c.list.absence) return undefined;
  return missingField(c, decoded) ?? `${name} is not in the record.`;
}

/** The likely mistake when a field is not found at all. */
function missingField(c: BranchCondition, decoded: DecodedRecord): string | undefined {
  const view = decoded.view;
  const top = c.atoms[0]!;
  const spec = SOURCE_DECODING[decoded.source];
  const wrapper = WRAPPER[decoded.source];
  const label = spec?.label ?? (decoded.source === 'dynamodb' ? 'DynamoDB' : undefined);
  if (wrapper && label && !(top in view)) {
    const payload = view[wrapper];
    if (top === 'kinesis' && decoded.source === 'kinesis') {
      return `Kinesis patterns address the record's \`kinesis\` fields at the top: write {"data": …} or {"partitionKey": […]}, not {"kinesis": {…}}.`;
    }
    if (isObject(payload) && top in payload) {
      return `\`${top}\` is inside \`${wrapper}\`: ${label} patterns must start with it, as in {"${wrapper}": {"${top}": …}}.`;
    }
    if (decoded.source === 'dynamodb' && DYNAMODB_PARTS.has(top)) {
      return `\`${top}\` is inside \`dynamodb\`: write {"dynamodb": {"${top}": …}}.`;
    }
    if (OTHER_WRAPPERS.includes(top) && top !== wrapper) {
      return `${label} records have no \`${top}\`: their ${decoded.source === 'dynamodb' ? 'stream record is' : 'payload is'} under \`${wrapper}\`.`;
    }
  }
  // Walk down as far as the record goes.
  let at: unknown = view;
  for (let i = 0; i < c.atoms.length; i++) {
    const atom = c.atoms[i]!;
    const here = c.atoms.slice(0, i).join('.');
    if (Array.isArray(at)) at = at.find(isObject);
    if (!isObject(at)) {
      return i === 0 ? undefined : `\`${here}\` is ${describeValue(at)}, a value, so it has no field \`${atom}\`.`;
    }
    if (!(atom in at)) {
      const keys = Object.keys(at);
      const sameButCase = keys.find((k) => k.toLowerCase() === atom.toLowerCase());
      const where = i === 0 ? 'The record' : `\`${here}\``;
      if (sameButCase) return `${where} has \`${sameButCase}\`, not \`${atom}\`: keys are case-sensitive.`;
      const shown = keys.slice(0, 6).map((k) => `\`${k}\``).join(', ') + (keys.length > 6 ? ', …' : '');
      return `${where} has no field \`${atom}\`${keys.length > 0 ? ` (it has ${shown})` : ''}.`;
    }
    at = at[atom];
  }
  // The path exists but holds no value: an object (or an array of objects, or an empty array).
  const last = c.atoms[c.atoms.length - 1]!;
  const typeKey = isObject(at) && c.atoms.some((a) => DYNAMODB_PARTS.has(a)) ? Object.keys(at).find((k) => DYNAMODB_TYPES.has(k)) : undefined;
  const container = typeKey === 'M' || typeKey === 'L';
  if (c.source.matchers.some((m) => m.kind === 'exists')) {
    const fix = typeKey && !container ? `: write {"${last}": {"${typeKey}": [{"exists": true}]}}` : '';
    return `\`${c.name}\` is ${Array.isArray(at) ? 'an array' : 'an object'}; \`exists\` only tests values (strings, numbers, booleans, null), so it never holds here${fix}.`;
  }
  if (typeKey) {
    return container
      ? `\`${c.name}\` is a DynamoDB ${typeKey === 'M' ? 'map' : 'list'} (${describeValue(at)}): match a value inside it, as in {"${last}": {"${typeKey}": {"field": {"S": [...]}}}}.`
      : `\`${c.name}\` is a DynamoDB attribute value, ${describeValue(at)}: match it under its type key, as in {"${last}": {"${typeKey}": [...]}}.`;
  }
  if (Array.isArray(at)) return `\`${c.name}\` is ${at.length === 0 ? 'an empty array, which holds no value' : 'an array of objects or arrays, not of values'}.`;
  return `\`${c.name}\` is an object, not a value: match the fields inside it.`;
}
