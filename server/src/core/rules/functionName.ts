// `function_name` must be a function name, a partial ARN or a full ARN of a function, version or alias.
// `invoke_arn` is the API Gateway invocation ARN, a common slip.

import { FUNCTION_NAME_LIMITS } from '../facts/eventSourceMappingFacts';
import { fixesOf, referenceAttributeFix } from '../fixes/edits';
import { asString } from '../model/value';
import { arg, code, dotted, msg } from './message';
import type { Rule } from './rule';

/** The API's `NamespacedFunctionName` shape: name, partial ARN or full ARN, with an optional qualifier. */
const FUNCTION_REF =
  /^(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso[a-z]?))?-[a-z]+-\d:\d{12}:|((eusc-)?[a-z]{2}((-gov)|(-iso[a-z]?))?-[a-z]+-\d:)?(\d{12}:)?)(function:)?([a-zA-Z0-9\-_.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9\-_]+))?$/;

export const functionName: Rule = {
  id: 'function-name',
  category: 'schema',
  defaultSeverity: 'error',
  description: 'function_name that is not a function name or ARN.',
  check(context) {
    const { mapping, report } = context;
    const attr = mapping.body.attributes.get('function_name');
    if (!attr) return;
    const value = attr.value;
    if (value.kind === 'reference' && value.path[0] === 'aws_lambda_function' && value.path[2] === 'invoke_arn') {
      report({
        range: value.range,
        message: msg`${arg('invoke_arn')} is the API Gateway invocation ARN, not the function ARN; AWS rejects it at apply. Use ${dotted('arn')} (or ${dotted('function_name')}).`,
        ...fixesOf(referenceAttributeFix(context, value.range, 'invoke_arn', 'arn')),
      });
      return;
    }
    const text = asString(value);
    if (text === undefined) return;
    const isArn = text.startsWith('arn:');
    const limit = isArn || text.includes(':') ? FUNCTION_NAME_LIMITS.arnMax : FUNCTION_NAME_LIMITS.bareMax;
    if (text.length === 0 || text.length > limit) {
      report({ range: value.range, message: msg`${arg('function_name')} must be 1–${limit} characters ${isArn ? 'as an ARN' : 'as a bare name'} (this is ${text.length}); AWS rejects it at apply.` });
    } else if (!FUNCTION_REF.test(text) || (!text.includes(':') && !/^[a-zA-Z0-9\-_]+$/.test(text))) {
      report({
        range: value.range,
        message: msg`${arg('function_name')} must be a function name (letters, digits, ${code('-')}, ${code('_')}), a partial ARN, or a function, version or alias ARN (${code('arn:aws:lambda:<region>:<account>:function:<name>[:<alias>]')}); AWS rejects this at apply.`,
      });
    }
  },
};
