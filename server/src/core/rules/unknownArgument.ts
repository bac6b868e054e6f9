// Arguments and blocks the resource does not have: usually a typo, a camelCase name from the CDK or
// CloudFormation, or an argument written as a block (or the reverse).

import { API_ONLY_BLOCKS, MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { factLists } from '../facts/factLists';
import { fixesOf, renameFix } from '../fixes/edits';
import { closest } from '../text/closest';
import { blockVisits, META_ARGUMENTS } from './blockVisits';
import { arg, assign, blockOpen, code, type Message, msg } from './message';
import type { Rule } from './rule';

export const unknownArgument: Rule = {
  id: 'unknown-argument',
  category: 'schema',
  defaultSeverity: 'error',
  description: 'An argument or block that aws_lambda_event_source_mapping does not have.',
  check(context) {
    const { mapping, report } = context;
    for (const { block, fact, path } of blockVisits(mapping.body, MAPPING_FACTS)) {
      for (const attr of block.attributes.values()) {
        if (fact.attributes[attr.name]) continue;
        if (!path && META_ARGUMENTS.has(attr.name)) continue;
        if (fact.blocks[attr.name]) {
          report({ range: attr.nameRange, message: msg`${arg(attr.name)} is a block, not an argument: write ${code(blockOpen(attr.name), ' … }')} without ${code('=')}.` });
          continue;
        }
        const suggestion = closest(attr.name, factLists(fact).settable);
        report({
          range: attr.nameRange,
          // A name the facts do not know is shown as the user wrote it (camelCase in a stack).
          message: msg`${arg(attr.name)} is not an argument of ${whereOf(path)}.${suggestion ? msg` Did you mean ${arg(suggestion)}?` : ''}`,
          // Renaming to an argument the block already sets would set it twice, which Terraform rejects.
          ...(suggestion && !block.attributes.has(suggestion) ? fixesOf(renameFix(context, attr.nameRange, attr.name, suggestion, 'argument')) : {}),
        });
      }
      for (const child of block.blocks) {
        if (fact.blocks[child.type]) continue;
        if (!path && (META_ARGUMENTS.has(child.type) || API_ONLY_BLOCKS[child.type])) continue;
        if (fact.attributes[child.type]) {
          report({ range: child.typeRange, message: msg`${arg(child.type)} is an argument, not a block: write ${assign(child.type, '…')}.` });
          continue;
        }
        const suggestion = closest(child.type, factLists(fact).blockNames);
        report({
          range: child.typeRange,
          message: msg`${arg(child.type)} is not a block of ${whereOf(path)}.${suggestion ? msg` Did you mean ${arg(suggestion)}?` : ''}`,
          ...(suggestion && !child.dynamic ? fixesOf(renameFix(context, child.typeRange, child.type, suggestion, 'argument')) : {}),
        });
      }
    }
  },
};

/** Names the block a finding is in; built only for a finding, not for every block of every mapping. */
function whereOf(path: string): Message {
  return path ? msg`the ${arg(path.split('.').pop()!)} block` : msg`${code('aws_lambda_event_source_mapping')}`;
}
