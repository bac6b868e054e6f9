// The detected source kind of a mapping in words, for the Outline and the hover on its header.

import type { SourceInfo } from '../sources/detectSource';
import { describeKinds } from '../sources/sourceKind';

export function describeSource(source: SourceInfo): { readonly label: string } {
  if (!source.kinds || source.kinds.length === 0) return { label: 'source unknown' };
  return { label: describeKinds(source.kinds) };
}
