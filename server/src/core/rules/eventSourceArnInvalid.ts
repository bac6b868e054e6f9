// `event_source_arn` that is not an ARN at all: a malformed literal, or a reference to an attribute that
// holds something else (a queue URL, a table ARN instead of its stream ARN, a broker ID).

import { fixesOf, referenceAttributeFix } from '../fixes/edits';
import { arg, code, dotted, msg } from './message';
import { referenceText } from './referenceText';
import type { Rule } from './rule';

export const eventSourceArnInvalid: Rule = {
  id: 'event-source-arn-invalid',
  category: 'source',
  defaultSeverity: 'error',
  description: 'event_source_arn is not the ARN of an event source.',
  check(context) {
    const { mapping, source, report } = context;
    const attr = mapping.body.attributes.get('event_source_arn');
    const problem = source.problem;
    if (!attr || !problem) return;
    if (problem.kind === 'malformed') {
      report({
        range: attr.value.range,
        message: msg`${arg('event_source_arn')} is not an ARN (${code('arn:<partition>:<service>:<region>:<account>:<resource>')}); AWS rejects it at apply.`,
      });
    } else if (problem.kind === 'not-an-arn') {
      const { target, holds, useAttribute } = problem;
      const expression = attr.value.kind === 'reference' ? referenceText(context, attr.value) : `${target.data ? 'data.' : ''}${target.resourceType}.<name>.${target.attribute ?? ''}`;
      // The fix rewrites the reference in place: only when it is written here (not through a variable).
      const fix = target.attribute && referenceAttributeFix(context, attr.value.range, target.attribute, useAttribute);
      report({
        range: attr.value.range,
        message: msg`${code(expression)} is ${holds}${holds.includes('ARN') ? '' : ', not an ARN'}; AWS rejects it at apply. Use ${dotted(useAttribute)}.`,
        ...fixesOf(fix || undefined),
      });
    }
  },
};
