// `event_source_arn` that is not an ARN at all: a malformed literal, or a reference to an attribute that
// holds something else (a queue URL, a table ARN instead of its stream ARN, a broker ID).

import { replaceFix } from '../fixes/edits';
import type { Rule } from './rule';

export const eventSourceArnInvalid: Rule = {
  id: 'event-source-arn-invalid',
  category: 'source',
  defaultSeverity: 'error',
  description: 'event_source_arn is not the ARN of an event source.',
  check({ mapping, source, report }) {
    const attr = mapping.body.attributes.get('event_source_arn');
    const problem = source.problem;
    if (!attr || !problem) return;
    if (problem.kind === 'malformed') {
      report({
        range: attr.value.range,
        message: `\`event_source_arn\` is not an ARN (\`arn:<partition>:<service>:<region>:<account>:<resource>\`); AWS rejects it at apply.`,
      });
    } else if (problem.kind === 'not-an-arn') {
      const { target, holds, useAttribute } = problem;
      // The fix rewrites the reference in place, so it is offered only when the reference is written here.
      const path = attr.value.kind === 'reference' ? attr.value.path : undefined;
      const expression = path ? path.join('.') : `${target.data ? 'data.' : ''}${target.resourceType}.<name>.${target.attribute ?? ''}`;
      const replacement = path ? [...path.slice(0, target.data ? 3 : 2), useAttribute].join('.') : undefined;
      report({
        range: attr.value.range,
        message: `\`${expression}\` is ${holds}${holds.includes('ARN') ? '' : ', not an ARN'}; AWS rejects it at apply. Use \`.${useAttribute}\`.`,
        ...(replacement ? { fixes: [replaceFix(`Use \`${replacement}\``, attr.value.range, replacement)] } : {}),
      });
    }
  },
};
