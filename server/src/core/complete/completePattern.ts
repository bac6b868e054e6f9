// Inside a filter pattern: keys from the source's record shape and the samples, operators as snippets,
// and the values the samples hold at the key path, written in the pattern's own syntax.

import type { PatternTarget } from '../language/cursorContext';
import { OPERATOR_DOCS } from '../patterns/operatorDocs';
import type { SampleRecord } from '../patterns/samples/sampleRecords';
import type { CompletionItem } from '../service/serviceTypes';
import { patternKeys } from './patternKeys';
import { operatorItems } from './patternOperators';
import { PATTERN_WRITERS } from './patternSyntax';
import { patternValues } from './patternValues';
import { recordViews } from './recordViews';
import type { Kinds } from './sourceFacts';

/** Operators that go in an operator object; `$or` is a key of the pattern's objects instead. */
const OBJECT_OPERATORS = OPERATOR_DOCS.filter((o) => o.takes !== 'object').map((o) => o.name);

export function completePattern(target: PatternTarget, kinds: Kinds, userSamples: readonly SampleRecord[]): CompletionItem[] {
  const writer = PATTERN_WRITERS[target.syntax];
  const views = recordViews(kinds, userSamples);
  switch (target.role) {
    case 'key':
      return [...patternKeys(target, kinds, views, writer), ...operatorItems(target, writer, ['$or'], 'key')];
    case 'operator':
      return operatorItems(target, writer, OBJECT_OPERATORS, 'operator');
    case 'value':
      return patternValues(target, views, writer);
  }
}
