// References to the module's resources that can fill an argument: whole traversals
// (`aws_dynamodb_table.orders.stream_arn`, `table.streamArn` in a stack), or, when part of one is typed,
// the next segment (the names of a type, the attributes of a resource with the right one first).

import type { LanguageDescriptor } from '../language/languageDescriptor';
import type { SourceRange } from '../model/sourceRange';
import type { ModuleIndex } from '../module/moduleIndex';
import type { CompletionItem } from '../service/serviceTypes';
import { REFERENCE_TARGETS } from './referenceTargets';

interface Candidate {
  readonly traversal: string;
  readonly what: string;
  readonly right: boolean;
}

/** `traversal` as this language writes it: an address in Terraform, a variable in a stack. */
function candidates(path: readonly string[], name: string, module: ModuleIndex, d: LanguageDescriptor): Candidate[] {
  const targets = REFERENCE_TARGETS[[...path, name].join('.')];
  if (!targets) return [];
  const out: Candidate[] = [];
  for (const [key, block] of module.resources) {
    const type = key.slice(0, key.lastIndexOf('.'));
    const target = targets.find((t) => t.type === type);
    if (!target) continue;
    const resource = { address: key, ...(block.binding !== undefined ? { binding: block.binding } : {}) };
    target.attributes.forEach((attribute, i) => {
      const traversal = d.traversal(resource, attribute);
      if (traversal !== undefined) out.push({ traversal, what: target.what, right: i === 0 });
    });
  }
  return out;
}

/** Whole references as values: `aws_sqs_queue.orders.arn`, or `"${…}"` in Terraform JSON. */
export function referenceValues(path: readonly string[], name: string, module: ModuleIndex, d: LanguageDescriptor, inString: boolean, range: SourceRange): CompletionItem[] {
  const items: CompletionItem[] = [];
  candidates(path, name, module, d).forEach((c, i) => {
    const text = d.reference(c.traversal, inString);
    if (text === undefined) return;
    items.push({ label: c.traversal, kind: 'reference', detail: c.what, insertText: text, snippet: false, range, filterText: text, sortText: `${c.right ? 0 : 1}_${String(i).padStart(4, '0')}` });
  });
  return items;
}

/** The segment after `parts` of the references that fit: a name, an attribute, or the whole traversal. */
export function referenceSegments(path: readonly string[], name: string, parts: readonly string[], module: ModuleIndex, d: LanguageDescriptor, range: SourceRange): CompletionItem[] {
  const typed = parts.length > 0 ? `${parts.join('.')}.` : '';
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const c of candidates(path, name, module, d)) {
    if (!c.traversal.startsWith(typed)) continue;
    const rest = c.traversal.slice(typed.length);
    // Data sources are `data.<type>.<name>`: with nothing typed, the whole traversal is offered.
    const segment = parts.length === 0 ? rest : rest.split('.')[0]!;
    if (seen.has(segment)) continue;
    seen.add(segment);
    const last = segment === rest;
    items.push({
      label: segment,
      kind: 'reference',
      ...(last ? { detail: c.what } : {}),
      insertText: segment,
      snippet: false,
      range,
      sortText: `${last && !c.right ? 1 : 0}_${String(items.length).padStart(4, '0')}`,
      ...(last && c.right && parts.length > 0 ? { preselect: true } : {}),
    });
  }
  return items;
}
