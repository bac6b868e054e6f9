// trimprefix(str, prefix): str without prefix at its start, once.

import { stringArgs } from '../stringArgs';
import { stringValue } from '../stringValue';
import type { TfFunction } from '../tfFunction';

export const trimprefix: TfFunction = (args, call) => {
  const texts = stringArgs(args, 2, call);
  if (!Array.isArray(texts)) return texts;
  const [str, prefix] = texts as [string, string];
  return stringValue(str.startsWith(prefix) ? str.slice(prefix.length) : str, call.range);
};
