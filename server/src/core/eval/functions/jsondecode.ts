// jsondecode(str): the value the JSON text str stands for; text that is not JSON fails.

import { stringArgs } from '../stringArgs';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';
import { valueFromJsonText } from '../valueFromJsonText';

export const jsondecode: TfFunction = (args, call) => {
  const texts = stringArgs(args, 1, call);
  if (!Array.isArray(texts)) return texts;
  const value = valueFromJsonText(texts[0]!, call.range);
  if (value === null) return failedResult(call, 'the text is not valid JSON');
  return value ?? unknownResult(call);
};
