// replace(string, substring, replacement): every occurrence of substring replaced. A substring wrapped
// in slashes is a regular expression (Go's RE2 syntax), whose replacement can name groups ($1, ${name});
// one this evaluator cannot run exactly as Go does is unknown.

import { INVALID, re2RegExp } from '../re2RegExp';
import { stringArgs } from '../stringArgs';
import { stringValue } from '../stringValue';
import { failedResult, unknownResult, type TfFunction } from '../tfFunction';

/** Bounds the result, which Terraform would build at any size. */
const MAX_LENGTH = 1_000_000;
/** Bounds backtracking, which Go's matcher does not do and JavaScript's does. */
const MAX_STEPS = 1e8;

export const replace: TfFunction = (args, call) => {
  const texts = stringArgs(args, 3, call);
  if (!Array.isArray(texts)) return texts;
  const [str, substring, replacement] = texts as [string, string, string];
  const out = substring.length > 1 && substring.startsWith('/') && substring.endsWith('/') ? replaceRegExp(str, substring.slice(1, -1), replacement) : replaceText(str, substring, replacement);
  if (out === INVALID) return failedResult(call, `invalid regular expression ${JSON.stringify(substring)}`);
  return out === undefined || out.length > MAX_LENGTH ? unknownResult(call) : stringValue(out, call.range);
};

function replaceText(str: string, substring: string, replacement: string): string | undefined {
  if (substring !== '') return str.split(substring).join(replacement);
  // Go inserts the replacement around every character (code point), not every UTF-16 unit.
  const chars = [...str];
  if ((chars.length + 1) * replacement.length > MAX_LENGTH) return undefined;
  return replacement + chars.map((c) => c + replacement).join('');
}

/** Go's ReplaceAllString: an empty match right after a match is not replaced. */
function replaceRegExp(str: string, pattern: string, template: string): string | typeof INVALID | undefined {
  const translated = re2RegExp(pattern);
  if (translated === INVALID || translated === undefined) return translated;
  const { regexp, quantifiers, branches, ignoreCase } = translated;
  if (ignoreCase && /[\u017f\u212a]/.test(str)) return undefined;
  if (Math.max(str.length, 1) ** (quantifiers + 1) * branches > MAX_STEPS) return undefined;
  let out = '';
  let lastEnd = 0;
  let searchAt = 0;
  while (searchAt <= str.length) {
    regexp.lastIndex = searchAt;
    const m = regexp.exec(str);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    out += str.slice(lastEnd, start);
    if (end > lastEnd || start === 0) out += expand(template, m);
    if (out.length > MAX_LENGTH) return undefined;
    lastEnd = end;
    const width = (str.codePointAt(searchAt) ?? 0) > 0xffff ? 2 : 1;
    searchAt = searchAt + width > end ? searchAt + width : end;
  }
  return out + str.slice(lastEnd);
}

/** Go's Regexp.Expand: $n and ${n} are groups by number, $name and ${name} by name, $$ is "$". */
function expand(template: string, m: RegExpExecArray): string {
  const reference = /\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+)/y;
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if (ch !== '$') {
      out += ch;
      continue;
    }
    if (template[i + 1] === '$') {
      out += '$';
      i++;
      continue;
    }
    reference.lastIndex = i + 1;
    const ref = reference.exec(template);
    if (!ref) {
      out += '$';
      continue;
    }
    const name = ref[1] ?? ref[2]!;
    i += ref[0].length;
    out += /^\d+$/.test(name) ? (m[Number(name)] ?? '') : (m.groups?.[name] ?? '');
  }
  return out;
}
