// The content of each filter pattern, checked with the pattern engine: what AWS rejects (with
// EventBridge's own reason, and a note that Lambda answers "Invalid filter pattern definition."),
// operators Lambda does not accept, and limits. Problems point at the token inside the pattern, also
// through `jsonencode(...)`, heredocs and escaped strings.

import { readPatterns } from './patternsOfMapping';
import type { Rule } from './rule';

export const filterPattern: Rule = {
  id: 'filter-pattern',
  category: 'filter',
  defaultSeverity: 'error',
  description: 'A filter pattern that AWS rejects, or that uses what Lambda does not support.',
  check({ mapping, text, report }) {
    for (const { result } of readPatterns(mapping, text)) {
      if (!result) continue;
      for (const problem of result.problems) {
        // The length limit is the provider's validator, reported from the facts table by `value-format`.
        if (problem.code === 'pattern-too-long') continue;
        report({ range: problem.range, severity: problem.severity, message: problem.message });
      }
    }
  },
};
