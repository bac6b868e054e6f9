// On SQS, `scaling_config` (on-demand maximum concurrency) and `provisioned_poller_config` are
// mutually exclusive ways to control scaling.

import { blocksOf, firstBlock } from '../model/mapping';
import { fixesOf, removeFix } from '../fixes/edits';
import { SQS_KINDS } from '../sources/sourceKind';
import { arg, msg } from './message';
import { everyIn, type Rule } from './rule';

export const sqsScalingVsProvisioned: Rule = {
  id: 'sqs-scaling-vs-provisioned',
  category: 'sqs',
  defaultSeverity: 'error',
  description: 'scaling_config together with provisioned_poller_config on SQS.',
  check(context) {
    const { mapping, source, report } = context;
    const scaling = firstBlock(mapping.body, 'scaling_config');
    if (!scaling || scaling.dynamic || blocksOf(mapping.body, 'provisioned_poller_config').length === 0 || !everyIn(source, SQS_KINDS)) return;
    report({
      range: scaling.typeRange,
      message: msg`On SQS, ${arg('scaling_config')} and ${arg('provisioned_poller_config')} are mutually exclusive; AWS rejects both at once. Keep one: provisioned mode sets the poller range, ${arg('scaling_config')} caps concurrency on demand.`,
      ...fixesOf(removeFix(context, scaling, false)),
    });
  },
};
