// One condition of an AND-branch of a compiled pattern: a field path, its compiled match list, and the
// pattern text it came from (for explanations). Its own file so the walker and the compiler, which both
// use it, do not import each other.

import type { SourceRange } from '../model/sourceRange';
import type { Condition } from './matchExact';
import type { MatchList } from './patternAst';

export interface BranchCondition extends Condition {
  readonly source: MatchList;
  readonly keyRange: SourceRange;
}
