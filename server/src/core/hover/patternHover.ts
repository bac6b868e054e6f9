// The hover inside a filter pattern, on the validated pattern's positions (so it reads the same in a
// JSON string, a heredoc, `jsonencode` or a stack's object literal): an operator says what it matches
// in Lambda, a key what that record field is for this mapping's source.

import type { PatternAst, PatternObject } from '../patterns/patternAst';
import { operatorDoc } from '../patterns/operatorDocs';
import { SOURCE_DECODING } from '../patterns/decodeRecord';
import { shapesOf, type RecordShape } from '../patterns/recordFields';
import type { SourceRange } from '../model/sourceRange';
import type { SourceKind } from '../sources/sourceKind';
import { filteringDocLink } from './sourceDocLink';
import { inside } from './hoverTargetAt';
import { lambdaSupportOf } from '../patterns/validateMatcher';

export interface PatternHover {
  readonly contents: string;
  /** Block-relative, like the pattern's positions. */
  readonly range: SourceRange;
}

/** The hover at block-relative offset `at` of a validated pattern, if it is on an operator or a key. */
export function patternHover(ast: PatternAst, at: number, kinds: readonly SourceKind[] | undefined): PatternHover | undefined {
  return inObject(ast.root, [], at, kinds);
}

function inObject(object: PatternObject, keys: readonly string[], at: number, kinds: readonly SourceKind[] | undefined): PatternHover | undefined {
  for (const member of object.members) {
    if (member.kind === 'or') {
      if (inside(member.keyRange, at)) return operator('$or', member.keyRange);
      for (const branch of member.branches) if (inside(branch.range, at)) return inObject(branch, keys, at, kinds);
      continue;
    }
    const path = [...keys, member.key];
    if (inside(member.keyRange, at)) {
      const contents = keyHover(path, kinds);
      return contents ? { contents, range: member.keyRange } : undefined;
    }
    if (!inside(member.value.range, at)) continue;
    if (member.value.kind === 'object') return inObject(member.value, path, at, kinds);
    const matcher = member.value.matchers.find((m) => inside(m.opRange, at));
    // An exact value's "operator" is the literal itself; the ignore-case forms are written `prefix`/`suffix`.
    if (!matcher || matcher.kind === 'exact') return undefined;
    return operator(matcher.kind === 'prefix-ignore-case' ? 'prefix' : matcher.kind === 'suffix-ignore-case' ? 'suffix' : matcher.kind, matcher.opRange);
  }
  return undefined;
}

function operator(name: string, range: SourceRange): PatternHover | undefined {
  const doc = operatorDoc(name);
  if (!doc) return undefined;
  const lambda = lambdaSupportOf(doc.name) === 'documented' ? '' : "\n\nLambda's documentation does not list it (EventBridge has it): Lambda may reject the pattern.";
  return { contents: `**\`${doc.name}\`** · filter operator\n\n${doc.summary}\n\nExample: \`${doc.example}\`${lambda}\n\n${filteringDocLink()}`, range };
}

/** What the field at `path` of a record is, when the source is known and the record shapes say. */
function keyHover(path: readonly string[], kinds: readonly SourceKind[] | undefined): string | undefined {
  const shape = sameShape(kinds);
  if (!shape) return undefined;
  const dotted = path.join('.');
  const records = `${shape.label} records`;
  const lines: string[] = [];
  if (path.length === 1 && !shape.topKeys.includes(path[0]!)) {
    lines.push(`${records} have no top-level \`${path[0]}\`: this field never matches. The message is in \`${shape.payloadKey}\`, e.g. \`${shape.example}\`.`);
  } else if (path[0] === shape.payloadKey) {
    lines.push(path.length === 1 ? `The payload of ${records}. ${payloadDecoding(shape)}` : `A field of the payload (\`${shape.payloadKey}\`) of ${records}, when the payload is JSON.`);
  }
  const type = shape.typed[dotted];
  if (type) lines.push(typeof type === 'string' ? `Always a ${type}.` : `One of ${type.oneOf.map((v) => `\`${v}\``).join(', ')}.`);
  if (shape.always.includes(dotted)) lines.push(`Every ${shape.label} record has it.`);
  if (lines.length === 0 && path.length === 1) lines.push(`A top-level field of ${records}.`);
  if (lines.length === 0) return undefined;
  return [`**\`${dotted}\`** · record field`, lines.join(' ')].join('\n\n');
}

/** How the payload is matched, from the decoding table; DynamoDB records are matched as they are. */
function payloadDecoding(shape: RecordShape): string {
  const decoding = Object.values(SOURCE_DECODING).find((d) => d?.label === shape.label && d.payloadKey === shape.payloadKey);
  if (!decoding) return 'Lambda matches it as the record holds it.';
  const base64 = decoding.encoding === 'base64' ? 'decoded from base64, then ' : '';
  return `Lambda matches it ${base64}as JSON when it is JSON, otherwise as a plain string.`;
}

/** The one record shape of every possible kind, or undefined when they differ or are unknown. */
function sameShape(kinds: readonly SourceKind[] | undefined): RecordShape | undefined {
  const shapes = shapesOf(kinds);
  return shapes && shapes.every((s) => s === shapes[0]) ? shapes[0] : undefined;
}
