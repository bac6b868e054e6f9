// trimsuffix(str, suffix): str without suffix at its end, once.

import { stringArgs } from '../stringArgs';
import { stringValue } from '../stringValue';
import type { TfFunction } from '../tfFunction';

export const trimsuffix: TfFunction = (args, call) => {
  const texts = stringArgs(args, 2, call);
  if (!Array.isArray(texts)) return texts;
  const [str, suffix] = texts as [string, string];
  return stringValue(suffix !== '' && str.endsWith(suffix) ? str.slice(0, str.length - suffix.length) : str, call.range);
};
