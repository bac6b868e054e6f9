// A CDKTF stack keeps TypeScript's parse between edits (see extractCdktf.ts); the front end is loaded on
// first use, so a workspace without stacks never loads the TypeScript compiler.

import { cdktfFrontEnd } from '../../cdktfFrontEnd';
import type { CdktfParse } from '../../core/extract/cdktf/extractCdktf';
import type { FileParser, ParserInput } from './fileParser';

export function cdktfFileParser(input: ParserInput): FileParser {
  let parse: CdktfParse | undefined;
  return {
    edit: () => undefined,
    parse(edits) {
      const cdktf = cdktfFrontEnd();
      const text = input.content.toString();
      parse = parse ? cdktf.updateCdktf(parse, text, edits) : cdktf.parseCdktf(text, input.uri);
      return parse.replacedBlock !== undefined ? { model: parse.model, replacedBlock: parse.replacedBlock } : { model: parse.model };
    },
    dispose: () => undefined,
  };
}
