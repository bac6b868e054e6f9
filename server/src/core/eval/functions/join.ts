// join(separator, list, ...): the strings of every list, in order, with separator between them. A null
// element fails; an empty list gives "".

import { settle } from '../../model/value';
import { stringArg } from '../convertArg';
import { failureIn } from '../failureIn';
import { stringValue } from '../stringValue';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';

/** Bounds the result, which Terraform would build at any size. */
const MAX_LENGTH = 1_000_000;

export const join: TfFunction = (args, call) => {
  if (args.length < 2) return failedResult(call, 'join takes a separator and at least one list');
  const failure = failureIn(args);
  if (failure !== undefined) return failedResult(call, failure);
  let unknown = false;
  const separator = stringArg(args[0]!);
  if ('error' in separator) return failedResult(call, separator.error);
  if ('unknown' in separator) unknown = true;
  const parts: string[] = [];
  let length = 0;
  for (const arg of args.slice(1)) {
    const list = settle(arg);
    if (list.kind === 'unknown' || list.kind === 'reference') {
      unknown = true;
      continue;
    }
    if (list.kind === 'null') return failedResult(call, 'argument must not be null');
    if (list.kind !== 'list') return failedResult(call, 'list of string required');
    for (const item of list.items) {
      const text = stringArg(item);
      if ('error' in text) return failedResult(call, text.error === 'argument must not be null' ? 'element must not be null' : text.error);
      if ('unknown' in text) {
        unknown = true;
        continue;
      }
      length += text.value.length;
      if (length > MAX_LENGTH) return unknownResult(call);
      parts.push(text.value);
    }
  }
  if (unknown || !('value' in separator)) return unknownResult(call);
  if (parts.length > 0 && (parts.length - 1) * separator.value.length > MAX_LENGTH) return unknownResult(call);
  return stringValue(parts.join(separator.value), call.range);
};
