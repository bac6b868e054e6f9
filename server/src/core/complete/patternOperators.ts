// Filter-pattern operators as snippets: as keys of an operator object (`"prefix": "$1"`), as whole
// operator objects in a value array (`{"prefix": "$1"}`), and `$or` as a key. Operators Lambda's
// documentation does not list are marked.

import type { PatternTarget } from '../language/cursorContext';
import { OPERATOR_DOCS, operatorDoc, type OperatorDoc } from '../patterns/operatorDocs';
import type { CompletionItem } from '../service/serviceTypes';
import type { PatternWriter } from './patternSyntax';
import { escapeSnippet } from './snippets';
import { lambdaSupportOf } from '../patterns/validateMatcher';

const UNVERIFIED = "not in Lambda's filtering documentation (EventBridge has it)";

/** The snippet of an operator's value: `"$1"`, `[$1]`, a choice of booleans. */
function operatorValue(doc: OperatorDoc, writer: PatternWriter): string {
  switch (doc.takes) {
    case 'string':
      return escapeSnippet(writer.value('\uE000')).replace('\uE000', '$1');
    case 'strings':
    case 'numeric':
      return '[$1]';
    case 'object':
      return '[{$1}]';
    case 'bool':
      return `\${1|${writer.value(true)},${writer.value(false)}|}`;
  }
}

export function operatorItems(target: PatternTarget, writer: PatternWriter, names: readonly string[], role: 'key' | 'operator'): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const name of names) {
    const doc = operatorDoc(name);
    if (!doc || target.present.includes(name)) continue;
    const unverified = lambdaSupportOf(doc.name) !== 'documented';
    const insertText = target.quote === 'inside' ? escapeSnippet(writer.inside(name)) : `${escapeSnippet(writer.keyPrefix(name))}${operatorValue(doc, writer)}`;
    items.push({
      label: name,
      kind: 'operator',
      detail: unverified ? `operator · ${UNVERIFIED}` : 'operator',
      documentation: `${doc.summary}\n\n\`${doc.example}\``,
      insertText,
      snippet: true,
      range: target.range,
      filterText: name,
      sortText: `${role === 'key' ? 1 : 0}_${unverified ? 1 : 0}_${String(OPERATOR_DOCS.indexOf(doc)).padStart(2, '0')}`,
      ...(unverified ? { deprecated: true } : {}),
    });
  }
  return items;
}

/** Operator objects for a value array: `{"prefix": "$1"}`. */
export function operatorObjectItems(target: PatternTarget, writer: PatternWriter): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const doc of OPERATOR_DOCS) {
    if (doc.takes === 'object') continue;
    const unverified = lambdaSupportOf(doc.name) !== 'documented';
    items.push({
      label: `{${doc.name}}`,
      kind: 'operator',
      detail: unverified ? `operator object · ${UNVERIFIED}` : 'operator object',
      documentation: `${doc.summary}\n\n\`${doc.example}\``,
      insertText: `{${escapeSnippet(writer.keyPrefix(doc.name))}${operatorValue(doc, writer)}}`,
      snippet: true,
      range: target.range,
      filterText: doc.name,
      sortText: `1_${unverified ? 1 : 0}_${String(OPERATOR_DOCS.indexOf(doc)).padStart(2, '0')}`,
      ...(unverified ? { deprecated: true } : {}),
    });
  }
  return items;
}
