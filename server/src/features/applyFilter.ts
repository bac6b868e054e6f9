// The playground's "Apply to source": the edits that write a filter's new pattern over the one in the
// file, in the form it has there (the core's patternEdit), in LSP positions. The client applies them as
// one undoable workspace edit. When the file's pattern is no longer the one the playground started from,
// the answer is `stale`, so a change made in the editor meanwhile is never written over.

import type { ApplyFilterParams, ApplyFilterResult } from '../../../protocol/playground';
import { patternEdit } from '../core/fixes/patternEdit';
import { positionAt } from '../lineStarts';
import { parseJson } from '../core/patterns/parseJson';
import { mappingNamed, playgroundFilters } from './playgroundMapping';
import { serviceDocumentOf } from './serviceDocumentOf';
import type { ServerState } from './serverState';

export function applyFilter(state: ServerState, params: ApplyFilterParams): ApplyFilterResult {
  const served = typeof params?.uri === 'string' ? serviceDocumentOf(state, params.uri) : undefined;
  if (!served) return { kind: 'stale', reason: 'The file is not open in the language server any more.' };
  const { service, document } = served;
  const found = typeof params.mapping === 'string' ? mappingNamed(service, params.mapping) : undefined;
  if (!found) return { kind: 'stale', reason: `The file no longer has the mapping \`${params.mapping}\`.` };
  const filters = playgroundFilters(found.analysis.mapping);
  const index = Number.isInteger(params.filter) ? params.filter : -1;
  const current = filters[index];
  if (!current) return { kind: 'stale', reason: `The mapping no longer has a filter ${index + 1}.` };
  if (params.base !== undefined && current.text !== params.base) return { kind: 'stale', reason: `Filter ${index + 1} was changed in the file since the playground read it.` };
  const parsed = parseJson(typeof params.text === 'string' ? params.text : '');
  if (!parsed.value || parsed.error || parsed.trailing) {
    return { kind: 'refused', reason: `The pattern is not valid JSON${parsed.error ? `: ${parsed.error.message}` : ''}; fix it before applying.` };
  }
  const block = service.model.offsets.indexOf(found.offset);
  const edit = patternEdit({ model: service.model, text: service.text, mapping: block, filter: index, pattern: parsed.value });
  if (edit.kind === 'refused') return { kind: 'refused', reason: edit.reason, copyText: edit.copyText };
  return {
    kind: 'edits',
    edits: edit.edits.map((e) => {
      const starts = document.getLineStarts();
      return { range: { start: positionAt(starts, e.range.start), end: positionAt(starts, e.range.end) }, newText: e.newText };
    }),
  };
}
