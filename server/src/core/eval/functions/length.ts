// length(value): elements of a list, set, map or object, or characters (grapheme clusters, as Terraform
// counts them: "👾" and "é" are one each) of a string. A known list of unknown elements has a known
// length; a set does not, as its unknown elements might turn out equal.

import { isKnown, settle } from '../../model/value';
import { arityFailure, pendingArgument } from '../pendingArgument';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';
import { plainJson } from '../valueJson';

export const length: TfFunction = (args, call) => {
  if (args.length !== 1) return arityFailure(call, '1 argument', args.length);
  const pending = pendingArgument(args, call);
  if (pending) return pending;
  const v = settle(args[0]!);
  let count: number;
  switch (v.kind) {
    case 'list':
      if (v.set && !v.items.every(isKnown)) return unknownResult(call);
      count = v.items.length;
      break;
    case 'object':
      count = v.entries.length;
      break;
    case 'string':
      count = graphemes(v.value);
      break;
    case 'jsonencode': {
      const json = plainJson(v.inner);
      if (json === undefined) return unknownResult(call);
      count = graphemes(JSON.stringify(json));
      break;
    }
    default:
      return failedResult(call, 'the argument must be a string, a collection or a structure');
  }
  return { kind: 'number', value: count, range: call.range };
};

function graphemes(text: string): number {
  let n = 0;
  for (const _ of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) n++;
  return n;
}
