// The queue's visibility timeout must cover the function's timeout, or AWS refuses to create the
// mapping ("Queue visibility timeout: 30 seconds is less than Function timeout: 60 seconds"). AWS also
// recommends at least six times the function timeout plus the batching window, so messages that are
// retried by throttled invocations are not handed out twice.

import { RESOURCE_DEFAULTS } from '../facts/eventSourceMappingFacts';
import { referenceTarget, targetArgument, type ReferenceTarget } from '../module/resolveReferences';
import { asNumber } from '../model/value';
import { arg, code, msg } from './message';
import { everyIn, type Rule } from './rule';
import { SQS_KINDS } from '../sources/sourceKind';
import type { ModuleIndex } from '../module/moduleIndex';

export const sqsVisibilityTimeout: Rule = {
  id: 'sqs-visibility-timeout',
  category: 'sqs',
  defaultSeverity: 'error',
  description: 'The SQS visibility timeout is shorter than the function timeout.',
  check({ mapping, source, module, report }) {
    const arn = mapping.body.attributes.get('event_source_arn');
    const queue = source.target;
    if (!arn || !queue?.block || queue.data || queue.resourceType !== 'aws_sqs_queue' || !everyIn(source, SQS_KINDS)) return;
    const fn = mapping.body.attributes.get('function_name');
    const fnTarget = fn && referenceTarget(fn.value, module);
    if (!fnTarget?.block || fnTarget.data || fnTarget.resourceType !== 'aws_lambda_function') return;
    const visibility = secondsOf(queue, 'visibility_timeout_seconds', RESOURCE_DEFAULTS.sqsVisibilityTimeoutSeconds, module);
    const timeout = secondsOf(fnTarget, 'timeout', RESOURCE_DEFAULTS.lambdaTimeoutSeconds, module);
    const windowAttr = mapping.body.attributes.get('maximum_batching_window_in_seconds');
    const window = windowAttr ? asNumber(windowAttr.value) : 0;
    if (visibility === undefined || timeout === undefined) return;
    const queueName = queue.block.labels[1];
    const fnName = fnTarget.block.labels[1];
    if (visibility < timeout) {
      report({
        range: arn.value.range,
        message: msg`The visibility timeout of ${code(`aws_sqs_queue.${queueName}`)} (${visibility} s) is less than the timeout of ${code(`aws_lambda_function.${fnName}`)} (${timeout} s); AWS rejects the mapping at apply. Raise ${arg('visibility_timeout_seconds')} to at least ${RESOURCE_DEFAULTS.visibilityRecommendedFactor * timeout + (window ?? 0)}.`,
      });
      return;
    }
    const recommended = RESOURCE_DEFAULTS.visibilityRecommendedFactor * timeout + (window ?? 0);
    if (visibility < recommended) {
      report({
        range: arn.value.range,
        severity: 'hint',
        message: `AWS recommends a visibility timeout of at least ${RESOURCE_DEFAULTS.visibilityRecommendedFactor} × the function timeout + the batching window (${recommended} s); \`aws_sqs_queue.${queueName}\` has ${visibility} s, so retried messages may be processed twice.`,
      });
    }
  },
};

/** A number argument of a resource, its default when absent, or undefined when it cannot be known. */
function secondsOf(target: ReferenceTarget, name: string, fallback: number, module: ModuleIndex): number | undefined {
  if (!target.block?.body.attributes.has(name)) return fallback;
  return asNumber(targetArgument(target, name, module));
}
