// `kms_key_arn` must be a key ARN (the provider validates literals; a reference to `key_id` slips
// through to apply), and it only encrypts filter criteria, so without filters it does nothing.

import { own } from '../facts/own';
import { fixesOf, referenceAttributeFix } from '../fixes/edits';
import { firstBlock } from '../model/mapping';
import { asString } from '../model/value';
import { parseArn } from '../sources/parseArn';
import { arg, code, dotted, msg } from './message';
import { referenceText } from './referenceText';
import type { Rule } from './rule';

const NOT_AN_ARN: Record<string, string> = { key_id: 'the key ID', id: 'the key ID', name: 'the alias name', target_key_id: 'the key ID' };

export const kmsKeyArn: Rule = {
  id: 'kms-key-arn',
  category: 'filter',
  defaultSeverity: 'error',
  description: 'kms_key_arn that is not a key ARN, or set without filter criteria.',
  readsAbsence: true,
  check(context) {
    const { mapping, report } = context;
    const attr = mapping.body.attributes.get('kms_key_arn');
    if (!attr) return;
    const literal = asString(attr.value);
    const value = attr.value;
    if (literal !== undefined && literal !== '' && !parseArn(literal)) {
      report({ range: value.range, message: msg`${arg('kms_key_arn')} must be the ARN of a KMS key (${code('arn:aws:kms:<region>:<account>:key/<id>')}), not a key ID or alias; the provider rejects it at plan.` });
      return;
    }
    if (value.kind === 'reference' && (value.path[0] === 'aws_kms_key' || value.path[0] === 'aws_kms_alias')) {
      const holds = own(NOT_AN_ARN, value.path[2] ?? '');
      if (holds) {
        const arn = value.path[0] === 'aws_kms_alias' ? 'target_key_arn' : 'arn';
        report({
          range: value.range,
          message: msg`${code(referenceText(context, value))} is ${holds}, not an ARN; AWS rejects it at apply. Use ${dotted(arn)}.`,
          ...fixesOf(referenceAttributeFix(context, value.range, value.path[2]!, arn)),
        });
        return;
      }
    }
    if (!firstBlock(mapping.body, 'filter_criteria')) {
      report({
        range: attr.nameRange,
        severity: 'warning',
        message: msg`${arg('kms_key_arn')} only encrypts the filter criteria, and this mapping has none; it has no effect.`,
        unnecessary: true,
      });
    }
  },
};
