// upper(str): str with every letter in upper case, character by character as Terraform maps them.

import { caseMapped } from '../caseMapped';
import { stringArgs } from '../stringArgs';
import { stringValue } from '../stringValue';
import { unknownResult, type TfFunction } from '../tfFunction';

export const upper: TfFunction = (args, call) => {
  const texts = stringArgs(args, 1, call);
  if (!Array.isArray(texts)) return texts;
  const mapped = caseMapped(texts[0]!, 'upper');
  return mapped === undefined ? unknownResult(call) : stringValue(mapped, call.range);
};
