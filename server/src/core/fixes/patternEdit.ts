// Writes an edited filter pattern back into the file in the form it had (the playground's "Apply to
// source"): `jsonencode({...})` stays an HCL object, a JSON string stays a string with its escapes, a
// heredoc a heredoc, `JSON.stringify({...})` a TypeScript object literal. The result is text edits that
// replace exactly the pattern's value, or the reason it cannot be written there (it comes from a
// variable, a local, a `const`, a `dynamic` block, a function, an interpolation) with the pattern written
// in the file's language, for the user to copy instead.
//
// Numbers: the new pattern is a `JsonNode` as `parseJson` reads the playground's text, so each number
// carries the text it was typed as (`raw`). A number whose value at its place is unchanged keeps the text
// it has in the file (`1.0` stays `1.0`, however the playground shows it); any other is written as typed.

import { descriptorOf, type LanguageDescriptor } from '../language/languageDescriptor';
import type { FileModel } from '../model/fileModel';
import { MAPPING_TYPE, firstBlock, type Block } from '../model/mapping';
import type { TextEdit } from '../model/problem';
import { shiftRange } from '../model/sourceRange';
import type { TextSource } from '../model/textSource';
import type { Value } from '../model/value';
import type { JsonNode } from '../patterns/jsonNode';
import { layoutOf } from './layout';
import { objectPatternEdit } from './patternObjectEdit';
import { languageSyntax, shortText, type PatternSite } from './patternSite';
import { stringPatternEdit } from './patternStringEdit';
import { writePattern } from './patternWriter';

export interface PatternEditRequest {
  readonly model: FileModel;
  readonly text: TextSource;
  /** The mapping: the index of its block among the file's top-level blocks. */
  readonly mapping: number;
  /** Which `filter` of its `filter_criteria` (0-based). */
  readonly filter: number;
  /** The new pattern, as `parseJson` reads it (numbers with the text they were typed as). */
  readonly pattern: JsonNode;
}

export type PatternEdit =
  | { readonly kind: 'edits'; readonly edits: readonly TextEdit[] }
  /** `copyText` is the pattern as the file's language writes it (`jsonencode({...})`), for the clipboard. */
  | { readonly kind: 'refused'; readonly reason: string; readonly copyText: string };

/** The edits that write `request.pattern` over the filter's pattern, in file offsets. Never throws. */
export function patternEdit(request: PatternEditRequest): PatternEdit {
  const descriptor = descriptorOf(request.model.language);
  const refuse = (reason: string): PatternEdit => ({ kind: 'refused', reason, copyText: copyText(request.pattern, descriptor) });
  if (request.pattern.type !== 'object' || request.pattern.incomplete) return refuse('The new pattern is not a complete JSON object.');
  const block = request.model.blocks[request.mapping];
  const offset = request.model.offsets[request.mapping];
  if (!block || offset === undefined || block.keyword !== 'resource' || block.labels[0] !== MAPPING_TYPE) return refuse('The file no longer has this event source mapping.');
  if (block.syntaxError) return refuse('The mapping has a syntax error; the pattern is written back once it parses.');
  const filter = filterAt(block.body, request.filter);
  if (typeof filter === 'string') return refuse(filter.replace(/\{(\w+)\}/g, (_m, name: string) => descriptor.name(name)));
  const attribute = filter.attributes.get('pattern');
  if (!attribute) return refuse(`The filter has no \`${descriptor.name('pattern')}\` to replace.`);
  // In a stack, an argument from a spread or a `const` has its use as both ranges.
  if (attribute.nameRange.start === attribute.range.start && attribute.nameRange.end === attribute.range.end) {
    return refuse('The filter comes from a spread or a constant declared elsewhere; change the pattern there.');
  }
  const end = offset + block.body.range.end;
  const site: PatternSite = { mapping: { language: request.model.language }, text: request.text.slice(offset, end), layout: layoutOf(request.text, offset, end), descriptor };
  const edit = editOf(attribute.value, site, request.pattern);
  if (typeof edit === 'string') return refuse(edit);
  return { kind: 'edits', edits: [{ range: shiftRange(edit.range, offset), newText: edit.newText }] };
}

/** The filter, or why it cannot be found statically (`{name}` is spelled by the language). */
function filterAt(body: Block, index: number): Block | string {
  const criteria = firstBlock(body, 'filter_criteria');
  const filters = criteria ? criteria.blocks.filter((b) => b.type === 'filter') : [];
  if (criteria?.dynamic || filters.some((f) => f.dynamic)) return 'The filters come from a `dynamic` block: the pattern is not written in this file as a value.';
  return filters[index] ?? `The mapping has no filter ${index + 1} in its \`{filter_criteria}\`.`;
}

function editOf(value: Value, site: PatternSite, pattern: JsonNode): TextEdit | string {
  switch (value.kind) {
    case 'string':
      return stringPatternEdit(value, site, pattern);
    case 'jsonencode':
      return objectPatternEdit(value, site, pattern);
    case 'reference':
      // A stack's template literal whose substitutions are known is read as a reference to its own text.
      if (value.path.length === 1 && value.path[0]!.startsWith('`')) return 'The pattern is a template literal with substitutions (`${…}`); writing it again would lose them.';
      return `The pattern comes from \`${value.path.join('.')}\`, which is set elsewhere; change it there.`;
    case 'unknown':
      return unknownReason(value.text, value.tooDeep);
    default:
      return 'The pattern is not a string.';
  }
}

/** Why an expression the front end could not read has no place to write the pattern into. */
function unknownReason(text: string, tooDeep: true | undefined): string {
  if (tooDeep) return 'The pattern is nested deeper than the extension reads.';
  if (/^\s*(<<|["'`])/.test(text) && /[$%]\{/.test(text)) return 'The pattern is a template with interpolations (`${…}`): its text is only known when Terraform runs.';
  const call = /^\s*([A-Za-z_$][\w$.:]*)\s*\(/.exec(text);
  if (call) return `The pattern is the result of \`${call[1]}(…)\`, a function other than jsonencode; its text is only known when it runs.`;
  return `The pattern is an expression (\`${shortText(text)}\`) whose value is not written in this file.`;
}

/** The pattern on one line, as the language writes a pattern of its own: `jsonencode({ … })`. */
function copyText(pattern: JsonNode, descriptor: LanguageDescriptor): string {
  // Object literals are spaced inside their braces as the formatters write them; JSON text (a `.tf.json`
  // string) as `jsonencode` writes it.
  const layout = { multiline: false, lineEnding: '\n', base: '', unit: '  ', braceSpace: descriptor.key('k') === 'k', commaSpace: true };
  return descriptor.jsonEncode(writePattern(pattern, languageSyntax(descriptor, '"', false), layout, () => undefined));
}
