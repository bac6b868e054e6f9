// Hover from the model and the facts table, so it is the same for `.tf`, `.tf.json` and CDKTF stacks:
// the mouse's offset is found among the mapping's names and values (ranges relative to its block), and
// each kind of target has its own small writer. Bad input never throws: what cannot be read has no hover.

import type { MappingAnalysis } from '../analyze';
import { MAPPING_FACTS } from '../facts/eventSourceMappingFacts';
import { shiftRange, type SourceRange } from '../model/sourceRange';
import { readPatterns } from '../rules/patternsOfMapping';
import type { ServiceDocument } from '../service/languageService';
import type { HoverInfo } from '../service/serviceTypes';
import { argumentHover } from './argumentHover';
import { enumValueHover } from './enumValueHover';
import { headerHover } from './headerHover';
import { hoverTargetAt, type HoverTarget } from './hoverTargetAt';
import { patternHover } from './patternHover';
import { referenceHover } from './referenceHover';

export interface HoverInput extends ServiceDocument {
  /** File offset of the mouse. */
  readonly offset: number;
  /** The top-level block the offset is in. */
  readonly blockIndex: number;
  readonly analysis: MappingAnalysis | undefined;
}

export function hoverAt(input: HoverInput): HoverInfo | undefined {
  const { analysis, model, blockIndex } = input;
  const block = model.blocks[blockIndex];
  if (!analysis || !block) return undefined;
  const start = model.offsets[blockIndex]!;
  const at = input.offset - start;
  const target = hoverTargetAt(block, analysis.mapping.body, MAPPING_FACTS, at);
  // In a block with a syntax error only the text before the error is read well enough to describe.
  if (!target || (block.syntaxError && ('range' in target ? target.range : target.value.range).end > block.syntaxError.range.start)) return undefined;
  const found = hoverOf(input, analysis, target, start, at);
  return found && { contents: found.contents, range: shiftRange(found.range, start) };
}

function hoverOf(input: HoverInput, analysis: MappingAnalysis, target: HoverTarget, start: number, at: number): { contents: string; range: SourceRange } | undefined {
  const { descriptor } = input.frontEnd;
  const kinds = analysis.source.kinds;
  const written = (range: SourceRange): string => input.text.slice(start + range.start, start + range.end);
  switch (target.kind) {
    case 'header':
      return { contents: headerHover(analysis, input.module, descriptor, written), range: target.range };
    case 'name':
      return { contents: argumentHover(target.fact, target.path, kinds, descriptor), range: target.range };
    case 'value': {
      const { value, fact, path } = target;
      if (value.kind === 'reference' || value.kind === 'unknown') return { contents: referenceHover(value, written(value.range), input.module, descriptor, input.locate), range: value.range };
      if (fact?.name === 'pattern' && path[path.length - 1] === 'filter') {
        const text = input.text.slice(start, start + analysis.mapping.body.range.end);
        const filter = readPatterns(analysis.mapping, text).find((p) => p.filter.attributes.get('pattern') === target.attribute);
        return filter?.result?.pattern && patternHover(filter.result.pattern, at, kinds);
      }
      if (fact?.enum && value.kind === 'string' && fact.enum.includes(value.value)) {
        return { contents: enumValueHover(fact, value.value, path, kinds, descriptor), range: value.range };
      }
      return undefined;
    }
  }
}
