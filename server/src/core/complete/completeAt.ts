// Completion from the facts table, for the target a front end found at the cursor: argument and block
// names, values, references to the module's resources, and filter-pattern keys, operators and values.
// Everything is written through the file's language descriptor, so nothing here knows the syntax.

import type { MappingAnalysis } from '../analyze';
import type { CursorContext, ValueTarget } from '../language/cursorContext';
import type { LanguageDescriptor } from '../language/languageDescriptor';
import type { ServiceDocument } from '../service/languageService';
import type { CompletionItem } from '../service/serviceTypes';
import type { SourceInfo } from '../sources/detectSource';
import { completeNames } from './completeNames';
import { completePattern } from './completePattern';
import { referenceSegments } from './completeReferences';
import { completeValues } from './completeValues';

export interface CompletionInput extends ServiceDocument {
  readonly context: CursorContext;
  /** The mapping the cursor is in, as the rules see it (source kind detected); undefined when it cannot be read. */
  readonly analysis: MappingAnalysis | undefined;
}

/** A mapping that cannot be read has an unknown source: everything is offered, nothing is hidden or marked. */
const UNKNOWN: SourceInfo = { kinds: undefined };

export function completeAt(input: CompletionInput): CompletionItem[] {
  const { context, frontEnd, module } = input;
  const source = input.analysis?.source ?? UNKNOWN;
  const d = quotingAsWritten(frontEnd.descriptor, input);
  const at = context.at;
  const items = ((): CompletionItem[] => {
    switch (at.kind) {
      case 'name':
        return completeNames(at, context.path, source, d);
      case 'value':
        return completeValues(at, context.path, source.kinds, module, d);
      case 'reference': {
        const references = referenceSegments(context.path, at.name, at.parts, module, d, at.range);
        if (at.parts.length > 0) return references;
        // A first word may as well start a literal (`enabled = t` → `true`).
        const literal: ValueTarget = { kind: 'value', name: at.name, prefix: at.prefix, range: at.range, quote: 'none', inList: false };
        return [...completeValues(literal, context.path, source.kinds, module, d, false), ...references];
      }
      case 'pattern':
        return completePattern(at, source.kinds, input.samples);
      case 'header':
        return [];
    }
  })();
  return items.sort((a, b) => compare(a.sortText ?? a.label, b.sortText ?? b.label));
}

/** String literals in the quotes the mapping already writes them in (a stack may use 'single' quotes). */
function quotingAsWritten(d: LanguageDescriptor, input: CompletionInput): LanguageDescriptor {
  const offset = input.model.offsets[input.context.blockIndex];
  if (!input.analysis || offset === undefined) return d;
  for (const attr of input.analysis.mapping.body.attributes.values()) {
    const value = attr.value;
    if (value.kind !== 'string' || value.form !== 'quoted') continue;
    const like = input.text.slice(offset + value.range.start, offset + value.range.start + 1);
    return { ...d, string: (text, other) => d.string(text, other ?? like) };
  }
  return d;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
