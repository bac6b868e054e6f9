// SQS FIFO queues take at most 10 messages per batch and no batching window
// ("Batching window is not supported for FIFO queues").

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { fixesOf, numberValueFix, removeFix } from '../fixes/edits';
import { asNumber } from '../model/value';
import { every, type Rule } from './rule';

export const sqsFifoBatching: Rule = {
  id: 'sqs-fifo-batching',
  category: 'sqs',
  defaultSeverity: 'error',
  description: 'SQS FIFO with batch_size above 10 or a batching window.',
  check(context) {
    const { mapping, source, report } = context;
    if (!every(source, (k) => k === 'sqs-fifo')) return;
    const batch = mapping.body.attributes.get('batch_size');
    const size = asNumber(batch?.value);
    const max = MAPPING_FACTS.attributes['batch_size']!.sourceBounds?.['sqs-fifo']?.max;
    if (batch && size !== undefined && max !== undefined && size > max) {
      report({
        range: batch.value.range,
        message: `SQS FIFO queues take at most ${max} messages per batch; AWS rejects ${size} at apply.`,
        ...fixesOf(numberValueFix(context, batch.value.range, max, true, 'batch_size')),
      });
    }
    const window = mapping.body.attributes.get('maximum_batching_window_in_seconds');
    const seconds = asNumber(window?.value);
    if (window && seconds !== undefined && seconds > 0) {
      report({
        range: window.value.range,
        message: 'SQS FIFO queues do not support a batching window; AWS rejects it at apply ("Batching window is not supported for FIFO queues"). Remove it.',
        ...fixesOf(removeFix(context, window)),
      });
    }
  },
};
