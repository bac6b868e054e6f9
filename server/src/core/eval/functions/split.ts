// split(separator, string): the pieces of string between occurrences of separator. An empty string gives
// [""] (one empty piece), except that an empty separator splits into characters and gives [] for "".

import { stringArgs } from '../stringArgs';
import { stringValue } from '../stringValue';
import { unknownResult, type TfFunction } from '../tfFunction';

/** Bounds the list, which Terraform would build at any size. */
const MAX_PIECES = 100_000;

export const split: TfFunction = (args, call) => {
  const texts = stringArgs(args, 2, call);
  if (!Array.isArray(texts)) return texts;
  const [separator, str] = texts as [string, string];
  const pieces = separator === '' ? [...str] : str.split(separator);
  if (pieces.length > MAX_PIECES) return unknownResult(call);
  return { kind: 'list', items: pieces.map((piece) => stringValue(piece, call.range)), range: call.range };
};
