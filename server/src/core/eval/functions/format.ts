// format(spec, values...): printf-style formatting with Terraform's verbs: %% %v %#v %t %s %q, the
// integer verbs %b %d %o %x %X and the float verbs %e %E %f %g %G, with flags (space + - 0 #), width,
// precision and explicit argument indexes (%[2]s). A value not wholly known makes the result unknown,
// and so does a bare `null` (Terraform's result then depends on the type the null has, which is not
// known here). An unsupported verb, a missing argument or an unused one fails, as in Terraform.

import { isKnown, settle, type Value } from '../../model/value';
import { boolArg, numberArg, stringArg } from '../convertArg';
import { failureIn } from '../failureIn';
import { formatNumber } from '../formatNumber';
import { graphemes } from '../graphemes';
import { jsonQuote, jsonText } from '../jsonText';
import { numberText } from '../convert';
import { stringValue } from '../stringValue';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';

/** Bounds widths, precisions and the result, which Terraform would build at any size. */
const MAX_WIDTH = 10_000;
const MAX_LENGTH = 1_000_000;

interface Spec {
  readonly raw: string;
  readonly flags: string;
  readonly width?: number;
  readonly precision?: number;
  readonly verb: string;
}

/** Why a verb cannot be written: Terraform fails, or nothing is known here. */
type Problem = { readonly error: string } | { readonly unknown: true };

export const format: TfFunction = (args, call) => {
  if (args.length === 0) return failedResult(call, 'format takes a format string');
  const failure = failureIn(args);
  if (failure !== undefined) return failedResult(call, failure);
  const spec = stringArg(args[0]!);
  if ('error' in spec) return failedResult(call, spec.error);
  const values = args.slice(1);
  if ('unknown' in spec || !values.every(isKnown) || values.some((v) => settle(v).kind === 'null')) return unknownResult(call);
  const text = spec.value;
  const verbAt = /%([ #+\-0]*)(?:\[(\d+)\])?(\d*)(?:\.(\d*))?(.?)/y;
  let out = '';
  let next = 0;
  let highest = 0;
  for (let i = 0; i < text.length; ) {
    const percent = text.indexOf('%', i);
    if (percent < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, percent);
    if (text[percent + 1] === '%') {
      out += '%';
      i = percent + 2;
      continue;
    }
    verbAt.lastIndex = percent;
    const m = verbAt.exec(text)!;
    i = percent + m[0].length;
    const [, flags, index, width, precision, verb] = m as unknown as [string, string, string | undefined, string, string | undefined, string];
    if (!/^[a-zA-Z]$/.test(verb)) return failedResult(call, `invalid format verb ${JSON.stringify(m[0])}`);
    if (index !== undefined) next = Number(index) - 1;
    if (next < 0) return failedResult(call, `argument index 0 in ${JSON.stringify(m[0])}: indexes start at 1`);
    if (next >= values.length) return failedResult(call, `not enough arguments for ${JSON.stringify(m[0])}`);
    if (width.length > 5 || (precision?.length ?? 0) > 5) return unknownResult(call);
    const s: Spec = { raw: m[0], flags, verb, width: width === '' ? undefined : Number(width), precision: precision === undefined ? undefined : Number(precision || '0') };
    if ((s.width ?? 0) > MAX_WIDTH || (s.precision ?? 0) > MAX_WIDTH) return unknownResult(call);
    const written = formatVerb(s, values[next]!);
    if (typeof written !== 'string') return 'error' in written ? failedResult(call, written.error) : unknownResult(call);
    out += written;
    if (out.length > MAX_LENGTH) return unknownResult(call);
    next++;
    highest = Math.max(highest, next);
  }
  if (highest < values.length) return failedResult(call, `too many arguments; only ${highest} used by the format string`);
  return stringValue(out, call.range);
};

function formatVerb(s: Spec, value: Value): string | Problem {
  switch (s.verb) {
    case 'v':
      return asIs(s, value);
    case 't': {
      const b = boolArg(value);
      return 'value' in b ? String(b.value) : b;
    }
    case 's':
    case 'q':
      return asString(s, value);
    case 'b':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'e':
    case 'E':
    case 'f':
    case 'g':
    case 'G': {
      const n = numberArg(value);
      if (!('value' in n)) return n;
      const text = formatNumber(n.value, s);
      return text === 'not an integer' ? { error: `unsupported value for ${JSON.stringify(s.raw)}: an integer is required` } : text;
    }
    default:
      return { error: `unsupported format verb ${JSON.stringify(s.verb)} in ${JSON.stringify(s.raw)}` };
  }
}

/** %v: strings as they are, numbers as %g writes them, everything else (and everything with #) as JSON. */
function asIs(s: Spec, value: Value): string | Problem {
  const v = settle(value);
  if (!s.flags.includes('#')) {
    if (v.kind === 'string') return pad(s, v.value);
    if (v.kind === 'jsonencode') {
      const text = jsonText(v.inner);
      return text === undefined ? { unknown: true } : pad(s, text);
    }
    if (v.kind === 'number') return pad(s, shortestNumber(v.value));
  }
  const json = jsonText(v);
  return json === undefined ? { unknown: true } : pad(s, json);
}

/** Go's big.Float %g with the shortest digits: 1e+06 for a million, 100000 for a hundred thousand. */
function shortestNumber(n: number): string {
  const text = formatNumber(n, { verb: 'g', flags: '' });
  return text === 'not an integer' ? numberText(n) : text;
}

function asString(s: Spec, value: Value): string | Problem {
  const c = stringArg(value);
  if (!('value' in c)) return c;
  let text = c.value;
  if (s.precision !== undefined && s.precision > 0) {
    const clusters = graphemes(text);
    if (!clusters) return { unknown: true };
    text = clusters.slice(0, s.precision).join('');
  }
  return pad(s, s.verb === 'q' ? jsonQuote(text) : text);
}

/** Terraform's own padding for %v, %s and %q: to `width` grapheme clusters, with "0" under the 0 flag. */
function pad(s: Spec, text: string): string | Problem {
  if (s.width === undefined) return text;
  const clusters = graphemes(text);
  if (!clusters) return { unknown: true };
  if (clusters.length >= s.width) return text;
  const padding = (s.flags.includes('0') ? '0' : ' ').repeat(s.width - clusters.length);
  return s.flags.includes('-') ? text + padding : padding + text;
}
