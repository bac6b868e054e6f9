// Terraform's regular expressions are Go's (RE2 syntax); this turns the part of that syntax a
// configuration uses into an equivalent JavaScript RegExp, and declines anything whose meaning differs
// or is not sure (inline flags after the start, octal escapes, script negations…): the caller then
// says nothing. Differences handled: `.` and `\s` are narrower in Go, `(?m)` lines end only at "\n",
// `(?P<name>…)` is Go's name syntax, and `{`, `}`, `]` stand for themselves where Go reads no syntax.
// JavaScript backtracks where Go does not, so a pattern that could take exponential time (a repeated
// group that repeats or branches inside) is declined, and `cost` lets the caller bound the rest.

/** A translated pattern: the RegExp (global, unicode) and how costly backtracking can get. */
export interface TranslatedRegExp {
  readonly regexp: RegExp;
  /** Quantified atoms: matching a text of n characters can take about n ** (quantifiers + 1) steps. */
  readonly quantifiers: number;
  /** The number of ways the pattern's alternations can combine, which multiplies that. */
  readonly branches: number;
  /** Set with `(?i)`: JavaScript's case-insensitive \w and \b then also take U+017F and U+212A. */
  readonly ignoreCase: boolean;
}

/** Go rejects the pattern: Terraform fails. */
export const INVALID = 'invalid';

const MAX_PATTERN = 1000;
const MAX_GROUP_DEPTH = 50;
const MAX_BRANCHES = 1_000_000;
const CATEGORIES = new Set(['C', 'Cc', 'Cf', 'Co', 'Cs', 'L', 'Ll', 'Lm', 'Lo', 'Lt', 'Lu', 'M', 'Mc', 'Me', 'Mn', 'N', 'Nd', 'Nl', 'No', 'P', 'Pc', 'Pd', 'Pe', 'Pf', 'Pi', 'Po', 'Ps', 'S', 'Sc', 'Sk', 'Sm', 'So', 'Z', 'Zl', 'Zp', 'Zs']);
const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\u{0}-\\u{7f}',
  blank: '\\t ',
  cntrl: '\\u{0}-\\u{1f}\\u{7f}',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};
const SIMPLE_ESCAPES: Record<string, string> = { a: '\\u{7}', f: '\\f', t: '\\t', n: '\\n', r: '\\r', v: '\\v' };

class Decline extends Error {
  constructor(readonly invalid: boolean) {
    super(invalid ? 'invalid' : 'untranslatable');
  }
}

/** The JavaScript form of a Go pattern; INVALID when Go rejects it, undefined when it is not translated. */
export function re2RegExp(pattern: string): TranslatedRegExp | typeof INVALID | undefined {
  if (pattern.length > MAX_PATTERN) return undefined;
  try {
    return new Translator(pattern).translate();
  } catch (e) {
    if (e instanceof Decline) return e.invalid ? INVALID : undefined;
    // The RegExp constructor refused what was produced: say nothing rather than guess.
    return undefined;
  }
}

interface Piece {
  readonly source: string;
  /** Whether a quantifier may follow (not after an anchor or another quantifier). */
  readonly repeatable: boolean;
  /** Quantifiers or alternations inside (for groups). */
  readonly quantifiers: number;
  readonly branches: number;
  /** The piece is a quantifier (what follows it cannot be another). */
  readonly repetition?: true;
}

class Translator {
  private pos = 0;
  private dotAll = false;
  private multiLine = false;
  private ignoreCase = false;
  private quantifiers = 0;

  constructor(private readonly pattern: string) {}

  translate(): TranslatedRegExp {
    this.leadingFlags();
    const body = this.alternation(0);
    if (this.pos < this.pattern.length) throw new Decline(true); // an unmatched ")"
    const regexp = new RegExp(body.source, this.ignoreCase ? 'giu' : 'gu');
    return { regexp, quantifiers: this.quantifiers, branches: body.branches, ignoreCase: this.ignoreCase };
  }

  private leadingFlags(): void {
    for (;;) {
      const m = /^\(\?([ims]+)\)/.exec(this.pattern.slice(this.pos));
      if (!m) return;
      for (const flag of m[1]!) {
        if (flag === 'i') this.ignoreCase = true;
        if (flag === 'm') this.multiLine = true;
        if (flag === 's') this.dotAll = true;
      }
      this.pos += m[0].length;
    }
  }

  private alternation(depth: number): Piece {
    if (depth > MAX_GROUP_DEPTH) throw new Decline(false);
    const branches: Piece[] = [this.sequence(depth)];
    while (this.pattern[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence(depth));
    }
    let combinations = 0;
    for (const b of branches) combinations += b.branches;
    if (combinations > MAX_BRANCHES) throw new Decline(false);
    return {
      source: branches.map((b) => b.source).join('|'),
      repeatable: true,
      quantifiers: branches.reduce((n, b) => n + b.quantifiers, 0) + (branches.length > 1 ? 1 : 0),
      branches: combinations,
    };
  }

  private sequence(depth: number): Piece {
    let source = '';
    let quantifiers = 0;
    let branches = 1;
    let last: Piece | undefined;
    for (;;) {
      const ch = this.pattern[this.pos];
      if (ch === undefined || ch === '|' || ch === ')') break;
      const quantifier = this.quantifier();
      if (quantifier !== undefined) {
        if (!last) throw new Decline(true); // nothing to repeat
        // Go rejects a repetition of a repetition (`a**`, `a{2}*`), a lazy mark aside.
        if (last.repetition) throw new Decline(true);
        if (!last.repeatable) throw new Decline(false);
        // A repeated part that itself repeats or branches can backtrack exponentially.
        if (last.quantifiers > 0) throw new Decline(false);
        this.quantifiers++;
        quantifiers++;
        source += quantifier;
        last = { source: '', repeatable: false, quantifiers: 1, branches: 1, repetition: true };
        continue;
      }
      if (this.pattern.startsWith('\\Q', this.pos)) {
        // Go reads \Q…\E as its characters one by one: a quantifier after it repeats the last one.
        const end = this.pattern.indexOf('\\E', this.pos + 2);
        const quoted = this.pattern.slice(this.pos + 2, end < 0 ? this.pattern.length : end);
        this.pos = end < 0 ? this.pattern.length : end + 2;
        for (const ch of quoted) {
          last = this.plain(literal(ch));
          source += last.source;
        }
        continue;
      }
      last = this.atom(depth);
      source += last.source;
      quantifiers += last.quantifiers;
      branches *= last.branches;
      if (branches > MAX_BRANCHES) throw new Decline(false);
    }
    return { source, repeatable: true, quantifiers, branches };
  }

  /** A quantifier at the current position, in JavaScript syntax, or undefined. */
  private quantifier(): string | undefined {
    const at = /(?:[*+?]|\{(\d+)(,(\d*))?\})(\?)?/y;
    at.lastIndex = this.pos;
    const m = at.exec(this.pattern);
    if (!m) return undefined;
    // Go reads a count with a leading zero as no count at all (the "{" is then a literal): not translated.
    if (/^0\d/.test(m[1] ?? '') || /^0\d/.test(m[3] ?? '')) throw new Decline(false);
    const min = m[1] === undefined ? undefined : Number(m[1]);
    const max = m[3] === undefined || m[3] === '' ? undefined : Number(m[3]);
    if ((min !== undefined && min > 1000) || (max !== undefined && max > 1000)) throw new Decline(true);
    if (min !== undefined && max !== undefined && max < min) throw new Decline(true);
    this.pos += m[0].length;
    return m[0];
  }

  private atom(depth: number): Piece {
    const ch = this.pattern[this.pos]!;
    this.pos++;
    switch (ch) {
      case '(':
        return this.group(depth);
      case '[':
        return this.plain(this.charClass());
      case '.':
        return this.plain(this.dotAll ? '[\\s\\S]' : '[^\\n]');
      case '^':
        return this.anchor(this.multiLine ? '(?<![^\\n])' : '(?<![\\s\\S])');
      case '$':
        return this.anchor(this.multiLine ? '(?![^\\n])' : '(?![\\s\\S])');
      case '\\':
        return this.escape();
      default:
        return this.plain(literal(this.fullChar(ch)));
    }
  }

  /** The whole character starting with `ch` (a surrogate pair is one character). */
  private fullChar(ch: string): string {
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && this.pos < this.pattern.length) {
      const next = this.pattern[this.pos]!;
      this.pos++;
      return ch + next;
    }
    return ch;
  }

  private plain(source: string): Piece {
    return { source, repeatable: true, quantifiers: 0, branches: 1 };
  }

  private anchor(source: string): Piece {
    return { source, repeatable: false, quantifiers: 0, branches: 1 };
  }

  private group(depth: number): Piece {
    let open = '(';
    if (this.pattern[this.pos] === '?') {
      const rest = this.pattern.slice(this.pos);
      const named = /^\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
      if (rest.startsWith('?:')) {
        open = '(?:';
        this.pos += 2;
      } else if (named) {
        open = `(?<${named[1]}>`;
        this.pos += named[0].length;
      } else if (/^\?<?[=!]/.test(rest)) {
        throw new Decline(true); // Go has no lookaround
      } else {
        throw new Decline(false);
      }
    }
    const inner = this.alternation(depth + 1);
    if (this.pattern[this.pos] !== ')') throw new Decline(true); // missing ")"
    this.pos++;
    return { source: `${open}${inner.source})`, repeatable: true, quantifiers: inner.quantifiers, branches: inner.branches };
  }

  private escape(): Piece {
    const ch = this.pattern[this.pos];
    if (ch === undefined) throw new Decline(true); // a trailing backslash
    this.pos++;
    switch (ch) {
      case 'A':
        return this.anchor('(?<![\\s\\S])');
      case 'z':
        return this.anchor('(?![\\s\\S])');
      case 'b':
      case 'B':
        return this.anchor(`\\${ch}`);
      case 'd':
      case 'D':
      case 'w':
      case 'W':
        return this.plain(`\\${ch}`);
      case 's':
        return this.plain('[\\t\\n\\f\\r ]');
      case 'S':
        return this.plain('[^\\t\\n\\f\\r ]');
      case 'p':
      case 'P':
        return this.plain(this.unicodeClass(ch, false));
      case 'x':
        return this.plain(this.hexEscape());
      default:
        return this.plain(this.simpleEscape(ch));
    }
  }

  /** `\a`, `\n`… or an escaped punctuation character, as a JavaScript escape valid in and out of classes. */
  private simpleEscape(ch: string): string {
    const simple = SIMPLE_ESCAPES[ch];
    if (simple) return simple;
    if (/^[!-\/:-@\[-`{-~]$/.test(ch)) return literal(ch);
    if (/^[1-9]$/.test(ch)) throw new Decline(true); // Go has no backreferences
    throw new Decline(false);
  }

  private hexEscape(): string {
    const rest = this.pattern.slice(this.pos, this.pos + 12);
    const m = /^(?:\{([0-9A-Fa-f]{1,6})\}|([0-9A-Fa-f]{2}))/.exec(rest);
    if (!m) throw new Decline(true);
    const code = parseInt(m[1] ?? m[2]!, 16);
    if (code > 0x10ffff) throw new Decline(true);
    this.pos += m[0].length;
    return `\\u{${code.toString(16)}}`;
  }

  private unicodeClass(p: string, inClass: boolean): string {
    const rest = this.pattern.slice(this.pos, this.pos + 40);
    const m = /^(?:([A-Za-z])|\{([A-Za-z_]+)\})/.exec(rest);
    if (!m) throw new Decline(false);
    this.pos += m[0].length;
    const name = m[1] ?? m[2]!;
    if (CATEGORIES.has(name)) return `\\${p}{${name}}`;
    if (name === 'Any' && !inClass) return p === 'p' ? '[\\s\\S]' : '[^\\s\\S]';
    if (name === 'Any') throw new Decline(false);
    // Go's other names are scripts; JavaScript knows them by the same names (or rejects the RegExp).
    if (/^[A-Z][A-Za-z_]+$/.test(name)) return `\\${p}{Script=${name}}`;
    throw new Decline(false);
  }

  /** A bracketed class, after the "[": its JavaScript form. */
  private charClass(): string {
    let out = '[';
    if (this.pattern[this.pos] === '^') {
      out += '^';
      this.pos++;
    }
    let first = true;
    for (;;) {
      const ch = this.pattern[this.pos];
      if (ch === undefined) throw new Decline(true); // missing "]"
      if (ch === ']' && !first) {
        this.pos++;
        return `${out}]`;
      }
      first = false;
      if (ch === '[' && this.pattern[this.pos + 1] === ':') {
        const m = /^\[:([a-z]+):\]/.exec(this.pattern.slice(this.pos, this.pos + 12));
        const posix = m ? POSIX[m[1]!] : undefined;
        if (!m || posix === undefined) throw new Decline(false);
        out += posix;
        this.pos += m[0].length;
        continue;
      }
      const low = this.classChar();
      if (low.single && this.pattern[this.pos] === '-' && this.pattern[this.pos + 1] !== ']' && this.pattern[this.pos + 1] !== undefined) {
        this.pos++;
        const high = this.classChar();
        if (!high.single) throw new Decline(false);
        if (high.code! < low.code!) throw new Decline(true);
        out += `${low.source}-${high.source}`;
        continue;
      }
      out += low.source;
    }
  }

  /** One member of a class: a character (with its code, for ranges) or a class escape. */
  private classChar(): { source: string; single: boolean; code?: number } {
    const ch = this.pattern[this.pos]!;
    this.pos++;
    if (ch !== '\\') {
      const full = this.fullChar(ch);
      return { source: literal(full), single: true, code: full.codePointAt(0)! };
    }
    const e = this.pattern[this.pos];
    if (e === undefined) throw new Decline(true);
    this.pos++;
    switch (e) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
        return { source: `\\${e}`, single: false };
      case 's':
        return { source: '\\t\\n\\f\\r ', single: false };
      case 'p':
      case 'P':
        return { source: this.unicodeClass(e, true), single: false };
      case 'x': {
        const source = this.hexEscape();
        return { source, single: true, code: parseInt(source.slice(3, -1), 16) };
      }
      default: {
        const source = this.simpleEscape(e);
        const code = source.startsWith('\\u{') ? parseInt(source.slice(3, -1), 16) : { '\\f': 12, '\\t': 9, '\\n': 10, '\\r': 13, '\\v': 11 }[source];
        if (code === undefined) throw new Decline(false);
        return { source, single: true, code };
      }
    }
  }
}

/** A character as a JavaScript escape that means itself anywhere in a unicode pattern. */
function literal(ch: string): string {
  if (/^[0-9A-Za-z_ ]$/.test(ch)) return ch;
  return `\\u{${ch.codePointAt(0)!.toString(16)}}`;
}
