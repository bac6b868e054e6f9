// The hover on an argument or block name: its documentation, type, bounds and default for this mapping's
// source, which sources accept it, what rejects a wrong value and when, ForceNew and `since`. Everything
// comes from the facts table; names are written the way the file writes them.

import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import type { Applicability, AttributeFact, BlockFact, Bounds, Fact } from '../facts/factTypes';
import type { LanguageDescriptor } from '../language/languageDescriptor';
import { describeBounds, sourceBoundsFor } from '../rules/bounds';
import { factDoc } from '../language/factDoc';
import { describeKinds, SOURCE_KINDS, type SourceKind } from '../sources/sourceKind';
import { describeApplicability } from './describeApplicability';
import { listKinds } from './listKinds';
import { sourceDocLink } from './sourceDocLink';

const AT_PLAN = 'the provider rejects others at `terraform plan`';
const AT_APPLY = 'AWS rejects others at apply';

/** Markdown for the name of `fact`, found inside the blocks `path` (canonical names). */
export function argumentHover(fact: Fact, path: readonly string[], kinds: readonly SourceKind[] | undefined, descriptor: LanguageDescriptor): string {
  const where = path.length > 0 ? ` in \`${path.map((p) => descriptor.name(p)).join('.')}\`` : '';
  const kind = fact.kind === 'block' ? 'block' : fact.readOnly ? `${fact.type}, read-only` : fact.type;
  const title = `**\`${descriptor.name(fact.name)}\`**${where} · ${kind}`;
  const facts = [
    ...(fact.kind === 'attribute' ? attributeLines(fact, kinds) : blockLines(fact)),
    describeApplicability(sourcesWithin(fact, path), kinds),
    // Most ForceNew docs say it already; the line is for those that do not.
    ...(fact.forceNew && !fact.doc.includes('replaces the mapping') ? ['Changing it replaces the mapping.'] : []),
    ...(fact.since ? [`Added in hashicorp/aws ${fact.since}.`] : []),
  ];
  return [title, factDoc(fact.doc, descriptor), facts.map((line) => `- ${factDoc(line, descriptor)}`).join('\n'), sourceDocLink(kinds)].join('\n\n');
}

/**
 * The fact's per-source matrix narrowed by the blocks around it: `maximum_concurrency` has none of its
 * own, but `scaling_config` is for SQS only. Per kind the strictest verdict wins.
 */
function sourcesWithin(fact: Fact, path: readonly string[]): Partial<Record<SourceKind, Applicability>> | undefined {
  const matrices: Partial<Record<SourceKind, Applicability>>[] = [];
  let block: BlockFact | undefined = MAPPING_FACTS;
  for (const name of path) {
    block = block?.blocks[name];
    if (block?.sources) matrices.push(block.sources);
  }
  if (fact.sources) matrices.push(fact.sources);
  if (matrices.length <= 1) return matrices[0];
  const strictness: Record<Applicability, number> = { allowed: 0, unverified: 1, forbidden: 2 };
  const out: Partial<Record<SourceKind, Applicability>> = {};
  for (const kind of SOURCE_KINDS) {
    for (const matrix of matrices) {
      const verdict = matrix[kind];
      if (verdict && strictness[verdict] > strictness[out[kind] ?? 'allowed']) out[kind] = verdict;
    }
  }
  return out;
}

function attributeLines(fact: AttributeFact, kinds: readonly SourceKind[] | undefined): string[] {
  const lines: string[] = [];
  if (fact.required) lines.push('Required.');
  else if (fact.requiredFor) lines.push(`Required for ${listKinds(fact.requiredFor)}.`);
  const range = rangeLine(fact.providerBounds, fact.apiBounds, fact.apiMaxIsQuota);
  if (range) lines.push(range);
  const own = sourceBoundsFor(fact, kinds);
  if (own && kinds) lines.push(`For ${describeKinds(kinds)} (this mapping's source): ${describeBounds(own)}; ${AT_APPLY}.`);
  if (fact.zeroIsUnset) lines.push('`0` counts as not set: the provider sends nothing and AWS applies its default.');
  if (fact.defaultText) lines.push(`Default: ${fact.defaultText}.`);
  if (fact.enum) lines.push(`Values: ${fact.enum.map((v) => `\`${v}\``).join(', ')}.`);
  if (fact.length) lines.push(`Length: ${count(fact.length)} characters; ${who(fact.length.by)}.`);
  if (fact.pattern) lines.push(`Characters: ${fact.pattern.description}; ${who(fact.pattern.by)}.`);
  if (fact.items) lines.push(`Items: ${count(fact.items)}; ${who(fact.items.by)}.`);
  return lines;
}

function blockLines(fact: BlockFact): string[] {
  if (fact.maxItems === undefined) return [];
  const api = fact.apiMaxItems !== undefined ? ` (AWS accepts ${fact.apiMaxItems})` : '';
  return [`At most ${fact.maxItems} block${fact.maxItems === 1 ? '' : 's'}${api}; the provider rejects more at \`terraform plan\`.`];
}

/** The provider's and the API's ranges, and who rejects a value outside each. */
function rangeLine(provider: Bounds | undefined, api: Bounds | undefined, quota: boolean | undefined): string | undefined {
  const quotaNote = quota && api?.max !== undefined ? ` (above ${api.max} with a service quota increase)` : '';
  if (provider && api && describeBounds(provider) === describeBounds(api)) return `Range: ${describeBounds(provider)}; ${AT_PLAN}.`;
  if (provider && api) return `Range: ${describeBounds(provider)} (${AT_PLAN}); AWS accepts ${describeBounds(api)}${quotaNote} and rejects others at apply.`;
  if (provider) return `Range: ${describeBounds(provider)}; ${AT_PLAN}.`;
  if (api) return `Range: ${describeBounds(api)}${quotaNote}; ${AT_APPLY}.`;
  return undefined;
}

/** A count's bounds: "exactly 1" rather than "1–1". */
function count(bounds: Bounds): string {
  return bounds.min !== undefined && bounds.min === bounds.max ? `exactly ${bounds.min}` : describeBounds(bounds);
}

function who(by: 'provider' | 'api'): string {
  return by === 'provider' ? AT_PLAN : AT_APPLY;
}
