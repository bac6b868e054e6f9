// Glob matching for `lambdaEsm.sampleFiles`, with picomatch, under two bounds of ours. picomatch compiles
// a glob to a regular expression that backtracks: each `*` in a name multiplies the work by the name's
// length (`*a*a*a*a*a*a*a*a*a*a*a*b` takes minutes on a 40-character name), so a glob with more than
// MAX_GLOB_WILDCARDS runs of `*` is refused, which keeps the worst case to milliseconds per file. And
// picomatch reads a brace range like `{1..10}` as the character class `[1-10]`; ranges are given to it as
// alternatives instead, as bash expands them, at most MAX_RANGE_VALUES of them.

import picomatch from 'picomatch';

/** Runs of `*` (`**` counts once) a glob may have: three keep the worst case near 2 ms for a 255-character name. */
export const MAX_GLOB_WILDCARDS = 3;
/** Values one `{a..b}` range may stand for. */
export const MAX_RANGE_VALUES = 100;

export type GlobMatcher = (relative: string) => boolean;

/**
 * A matcher of `/`-separated relative paths for one glob: `*` is any run of characters but `/`, `?` one
 * such character, `**` as a whole segment any number of folders, `{a,b}` and `{1..3}` alternatives, and
 * names starting with a dot are matched like the others. Undefined, with the reason told to `problem`,
 * for a glob over the bounds above or one picomatch cannot read.
 */
export function globMatcher(glob: string, problem?: (message: string) => void): GlobMatcher | undefined {
  const wildcards = glob.match(/\*+/g)?.length ?? 0;
  if (wildcards > MAX_GLOB_WILDCARDS) {
    problem?.(`The glob ${JSON.stringify(glob)} has ${wildcards} wildcards (*); at most ${MAX_GLOB_WILDCARDS} are allowed, because each one multiplies the time to match a file name. It is ignored.`);
    return undefined;
  }
  try {
    // Extended globs (`+(a|aa)`) are off: nested repetitions backtrack exponentially.
    return picomatch(glob, { dot: true, noextglob: true, windows: false, expandRange });
  } catch (error) {
    problem?.(`The glob ${JSON.stringify(glob)} is ignored: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** A brace range (`{1..3}`, `{01..10}`, `{1..9..2}`, `{a..e}`) as a regular expression of alternatives. */
function expandRange(...args: unknown[]): string {
  const [from, to, step] = args.filter((a): a is string => typeof a === 'string');
  const values = rangeValues(from ?? '', to ?? '', step === undefined ? 1 : Math.abs(Number(step)) || 1);
  if (values.length > MAX_RANGE_VALUES) throw new Error(`the range {${from}..${to}} stands for more than ${MAX_RANGE_VALUES} values`);
  return `(?:${values.map((v) => v.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})`;
}

/** The values of a range, stopping one past MAX_RANGE_VALUES. */
function rangeValues(from: string, to: string, step: number): string[] {
  const values: string[] = [];
  const numeric = /^-?\d+$/.test(from) && /^-?\d+$/.test(to);
  // Not a range bash expands (`{a..bc}`): the text itself.
  if (!numeric && (from.length !== 1 || to.length !== 1)) return [`{${from}..${to}}`];
  const [a, b] = numeric ? [Number(from), Number(to)] : [from.charCodeAt(0), to.charCodeAt(0)];
  // Zero-padded as bash pads: to the wider bound's width when either starts with a zero.
  const width = /^-?0\d/.test(from) || /^-?0\d/.test(to) ? Math.max(from.length, to.length) : 0;
  const text = (n: number): string => (numeric ? (n < 0 ? '-' : '') + String(Math.abs(n)).padStart(width - (n < 0 ? 1 : 0), '0') : String.fromCharCode(n));
  for (let n = a; (a <= b ? n <= b : n >= b) && values.length <= MAX_RANGE_VALUES; n += a <= b ? step : -step) values.push(text(n));
  return values;
}
