// How a message names a reference: its Terraform address (`aws_sqs_queue.orders.url`), or in a CDKTF
// stack the expression as written (`ordersQueue.url`), since the construct's address is not in the code.

import type { ReferenceValue } from '../model/value';
import type { RuleContext } from './rule';

export function referenceText(context: Pick<RuleContext, 'mapping' | 'text'>, value: ReferenceValue): string {
  if (context.mapping.language !== 'ts') return value.path.join('.');
  return context.text.slice(value.range.start, value.range.end).replace(/\s+/g, ' ');
}
