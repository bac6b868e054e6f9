// Arguments and blocks that the mapping's source kind does not support, from the per-source matrix of
// the facts table. AWS answers "Unsupported '<parameter>' parameter for given event source mapping
// type." at apply; nothing checks it before.

import type { Applicability, BlockFact } from '../facts/factTypes';
import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { fixesOf, removeFix } from '../fixes/edits';
import type { Attribute, Block } from '../model/mapping';
import type { SourceInfo } from '../sources/detectSource';
import { describeKinds, type SourceKind } from '../sources/sourceKind';
import { arg, msg } from './message';
import type { Rule, RuleContext } from './rule';

export const argumentNotApplicable: Rule = {
  id: 'argument-not-applicable',
  category: 'source',
  defaultSeverity: 'error',
  description: 'An argument or block that the event source kind does not support.',
  check(context) {
    if (!context.source.kinds) return;
    visit(context, context.mapping.body, MAPPING_FACTS);
  },
};

function visit(context: RuleContext, block: Block, fact: BlockFact): void {
  for (const attr of block.attributes.values()) {
    const attrFact = fact.attributes[attr.name];
    if (attrFact) reportIfNotApplicable(context, attr, attrFact.sources);
  }
  for (const child of block.blocks) {
    const childFact = fact.blocks[child.type];
    if (!childFact) continue;
    // A block that does not apply is reported once; its contents are not looked at again.
    if (!reportIfNotApplicable(context, child, childFact.sources)) visit(context, child, childFact);
  }
}

function reportIfNotApplicable(context: RuleContext, item: Attribute | Block, sources: Partial<Record<SourceKind, Applicability>> | undefined): boolean {
  const verdict = applicability(context.source, sources);
  if (verdict === 'allowed') return false;
  const name = 'name' in item ? item.name : item.type;
  const kinds = describeKinds(context.source.kinds!);
  context.report({
    range: 'name' in item ? item.nameRange : item.typeRange,
    severity: verdict === 'unverified' ? 'warning' : undefined,
    message: verdict === 'forbidden'
      ? msg`${arg(name)} is not supported for ${kinds}; AWS rejects it at apply ("Unsupported parameter for given event source mapping type"). Remove it.`
      : msg`${arg(name)} is documented for other sources than ${kinds}; AWS may reject or ignore it (not verified). Remove it unless you know it is accepted.`,
    ...fixesOf(removeFix(context, item)),
    unnecessary: true,
  });
  return true;
}

/** `forbidden` when every possible kind forbids it; `unverified` when every kind forbids or doubts it. */
export function applicability(source: SourceInfo, sources: Partial<Record<SourceKind, Applicability>> | undefined): Applicability {
  if (!sources || !source.kinds || source.kinds.length === 0) return 'allowed';
  // A loop, not a list of verdicts: this runs for every argument of every mapping.
  let forbidden = true;
  for (const kind of source.kinds) {
    const verdict = sources[kind] ?? 'allowed';
    if (verdict === 'allowed') return 'allowed';
    if (verdict !== 'forbidden') forbidden = false;
  }
  return forbidden ? 'forbidden' : 'unverified';
}
