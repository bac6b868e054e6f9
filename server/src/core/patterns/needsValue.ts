// Whether a part of a pattern can only match when the record has a value there. A pattern part that
// is satisfied by absence (`exists: false`) matches records without the field, so a key that cannot be
// present is a mistake only when it needs a value.

import type { MatchList, PatternObject } from './patternAst';

export function needsValue(value: PatternObject | MatchList): boolean {
  if (value.kind === 'list') return !value.matchers.some((m) => m.kind === 'exists' && !m.value);
  // Fields are ANDed: one that needs a value is enough; a `$or` needs one when all its branches do.
  return value.members.some((m) => (m.kind === 'field' ? needsValue(m.value) : m.branches.every(needsValue)));
}
