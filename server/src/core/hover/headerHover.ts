// The hover on a mapping's header (its type or name label; in a stack the class name or construct id):
// the detected source kind and why, or why it is not known.

import type { MappingAnalysis } from '../analyze';
import type { LanguageDescriptor } from '../language/languageDescriptor';
import type { SourceRange } from '../model/sourceRange';
import type { ModuleIndex } from '../module/moduleIndex';
import { MAPPING_TYPE } from '../module/moduleIndex';
import { describeSource } from '../service/describeSource';
import { sourceDocLink } from './sourceDocLink';

export function headerHover(analysis: MappingAnalysis, module: ModuleIndex, descriptor: LanguageDescriptor, written: (range: SourceRange) => string): string {
  const { label, why } = describeSource(analysis.source, { body: analysis.mapping.body, module, descriptor, written });
  const kinds = analysis.source.kinds;
  const source = kinds && kinds.length > 0 ? `Source: **${label}**` : 'Source: **unknown**';
  return [`**\`${MAPPING_TYPE}.${analysis.mapping.name}\`**`, why ? `${source} — ${why}` : `${source}.`, sourceDocLink(kinds)].join('\n\n');
}
