// SQS standard queues: a batch larger than 10 needs a batching window of at least one second. AWS
// rejects it otherwise: "Maximum batch window in seconds must be greater than 0 if maximum batch size
// is greater than 10".

import { RESOURCE_DEFAULTS } from '../facts/eventSourceMappingFacts';
import { fixesOf, insertArgumentFix, numberValueFix } from '../fixes/edits';
import { asNumber } from '../model/value';
import { arg, msg } from './message';
import { every, type Rule } from './rule';

export const sqsBatchWindow: Rule = {
  id: 'sqs-batch-window',
  category: 'sqs',
  defaultSeverity: 'error',
  description: 'SQS standard batch_size above 10 without a batching window.',
  readsAbsence: true,
  check(context) {
    const { mapping, source, report } = context;
    const batch = mapping.body.attributes.get('batch_size');
    const size = asNumber(batch?.value);
    const limit = RESOURCE_DEFAULTS.sqsBatchWithoutWindowMax;
    if (!batch || size === undefined || size <= limit || !every(source, (k) => k === 'sqs')) return;
    const window = mapping.body.attributes.get('maximum_batching_window_in_seconds');
    const seconds = window ? asNumber(window.value) : 0;
    if (seconds === undefined || seconds > 0) return;
    report({
      range: batch.value.range,
      message: msg`An SQS ${arg('batch_size')} above ${limit} needs ${arg('maximum_batching_window_in_seconds')} of at least 1; AWS rejects it at apply ("Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than ${limit}").`,
      ...fixesOf(
        window
          ? numberValueFix(context, window.value.range, 1, true, 'maximum_batching_window_in_seconds')
          : insertArgumentFix(context, mapping.body, 'maximum_batching_window_in_seconds', 1),
      ),
    });
  },
};
