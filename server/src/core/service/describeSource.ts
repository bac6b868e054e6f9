// The detected source kind of a mapping in words, for the Outline and the hover on its header, and why
// it is that kind (or why it is not known) when the mapping's arguments are given.

import { unknownReason } from '../hover/unknownReason';
import type { LanguageDescriptor } from '../language/languageDescriptor';
import { firstBlock, type Block } from '../model/mapping';
import type { SourceRange } from '../model/sourceRange';
import type { ModuleIndex } from '../module/moduleIndex';
import { targetOf, type ReferenceTarget } from '../module/resolveReferences';
import type { Value } from '../model/value';
import type { SourceInfo } from '../sources/detectSource';
import { describeKinds } from '../sources/sourceKind';

export interface SourceContext {
  /** The mapping's body with references resolved (the analysis's). */
  readonly body: Block;
  readonly module: ModuleIndex;
  readonly descriptor: LanguageDescriptor;
  /** The text of a range of the mapping's block: values are quoted as the file writes them. */
  readonly written: (range: SourceRange) => string;
}

export function describeSource(source: SourceInfo, context?: SourceContext): { readonly label: string; readonly why?: string } {
  const label = !source.kinds || source.kinds.length === 0 ? 'source unknown' : describeKinds(source.kinds);
  const why = context && whyOf(source, context);
  return why ? { label, why } : { label };
}

function whyOf(source: SourceInfo, context: SourceContext): string | undefined {
  const { body, module, descriptor, written } = context;
  const name = (canonical: string) => `\`${descriptor.name(canonical)}\``;
  const arn = body.attributes.get('event_source_arn');
  const arnIs = arn && `${name('event_source_arn')} is \`${written(arn.value.range)}\``;
  const reason = source.reason;
  if (reason && source.kinds) {
    switch (reason.kind) {
      case 'arn':
        return `from the ARN: ${arnIs}.`;
      case 'self-managed':
        return `the mapping has ${name('self_managed_event_source')}.`;
      case 'resource': {
        const address = addressOf(arn!.value, module);
        const via = !address || written(arn!.value.range) === address ? '' : ` (\`${address}\`)`;
        const which = source.kinds.length > 1 ? '; the exact kind is not known statically' : '';
        return `from the type of the resource it refers to: ${arnIs}${via}${which}.`;
      }
      case 'argument': {
        const value = typeof reason.value === 'boolean' ? (reason.value ? descriptor.trueText : descriptor.falseText) : descriptor.string(reason.value);
        return `\`${resourceOf(source.target!)}\` has \`${descriptor.argument(reason.name, value)}\`.`;
      }
      case 'managed-queue':
        return `\`${resourceOf(source.target!)}\` sets neither ${name('fifo_queue')} nor a name, so it is a standard queue.`;
    }
  }
  const problem = source.problem;
  if (problem?.kind === 'malformed') return `${arnIs}, which is not a well-formed ARN.`;
  if (problem?.kind === 'unsupported') return `${arnIs}: ${problem.reason}.`;
  if (problem?.kind === 'table-arn') return `${arnIs}, a DynamoDB table ARN; a mapping reads the table's stream ARN.`;
  if (problem?.kind === 'not-an-arn') return `${arnIs}, which holds ${problem.holds}, not an ARN (use \`${descriptor.attribute(problem.useAttribute)}\`).`;
  if (!arn) return firstBlock(body, 'self_managed_event_source') ? undefined : `the mapping sets neither ${name('event_source_arn')} nor ${name('self_managed_event_source')}.`;
  if (source.target) return `${arnIs}, an attribute of \`${resourceOf(source.target)}\` that is not known to hold an event source ARN.`;
  const unknown = unknownReason(arn.value, module);
  return unknown ? `${arnIs}, which ${unknown}.` : undefined;
}

/** The address of the resource attribute a value refers to, through variables and locals. */
function addressOf(value: Value, module: ModuleIndex): string | undefined {
  let current: Value | undefined = value;
  for (let depth = 0; (current?.kind === 'reference' || current?.kind === 'unknown') && depth < 16; depth++) {
    if (current.kind === 'reference' && targetOf(current, module)) return current.path.join('.');
    current = current.resolved;
  }
  return undefined;
}

/** The referenced resource's address, or its type when the module does not declare it. */
function resourceOf(target: ReferenceTarget): string {
  const label = target.block?.labels[1];
  return `${target.data ? 'data.' : ''}${target.resourceType}${label === undefined ? '' : `.${label}`}`;
}
