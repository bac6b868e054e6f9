// The number verbs of Terraform's `format`: %b %d %o %x %X for integers, as Go's big.Int writes them, and
// %e %E %f %g %G as Go's big.Float writes them (rounding as `decimalDigits` explains).

import { numberText } from './convert';
import { decimalOf, roundDecimal, type Decimal } from './decimalDigits';

export interface NumberVerb {
  readonly verb: string;
  readonly flags: string;
  readonly width?: number;
  readonly precision?: number;
}

/** The formatted number; 'not an integer' when an integer verb gets a fraction. */
export function formatNumber(n: number, spec: NumberVerb): string | 'not an integer' {
  return 'bdoxX'.includes(spec.verb) ? formatInteger(n, spec) : formatFloat(n, spec);
}

function formatInteger(n: number, { verb, flags, width, precision }: NumberVerb): string | 'not an integer' {
  if (!Number.isInteger(n)) return 'not an integer';
  const negative = n < 0;
  const sign = negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const prefix = flags.includes('#') ? ({ b: '0b', o: '0', x: '0x', X: '0X' } as Record<string, string>)[verb] ?? '' : '';
  const abs = BigInt(numberText(Math.abs(n)));
  let digits = abs.toString(({ b: 2, d: 10, o: 8, x: 16, X: 16 } as Record<string, number>)[verb]);
  if (verb === 'X') digits = digits.toUpperCase();
  let zeros = 0;
  if (precision !== undefined) {
    if (digits.length < precision) zeros = precision - digits.length;
    else if (digits === '0' && precision === 0) return '';
  }
  const length = sign.length + prefix.length + zeros + digits.length;
  let left = 0;
  let right = 0;
  if (width !== undefined && length < width) {
    if (flags.includes('-')) right = width - length;
    else if (flags.includes('0') && precision === undefined) zeros = width - length;
    else left = width - length;
  }
  return ' '.repeat(left) + sign + prefix + '0'.repeat(zeros) + digits + ' '.repeat(right);
}

function formatFloat(n: number, { verb, flags, width, precision }: NumberVerb): string {
  const d = decimalOf(n);
  const upper = verb === 'E' || verb === 'G';
  let body: string;
  if (verb === 'f') body = fixed(roundDecimal(d, d.exp + (precision ?? 6)), precision ?? 6);
  else if (verb === 'e' || verb === 'E') body = scientific(roundDecimal(d, 1 + (precision ?? 6)), precision ?? 6, upper);
  else body = general(d, precision, upper);
  const sign = d.negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const padding = width !== undefined && width > sign.length + body.length ? width - sign.length - body.length : 0;
  if (flags.includes('-')) return sign + body + ' '.repeat(padding);
  if (flags.includes('0')) return sign + '0'.repeat(padding) + body;
  return ' '.repeat(padding) + sign + body;
}

/** Go's %f body: the digits around the point, `precision` of them after it. */
function fixed(d: Decimal, precision: number): string {
  const digitAt = (i: number): string => (i >= 0 && i < d.digits.length ? d.digits[i]! : '0');
  let whole = '';
  if (d.exp > 0) for (let i = 0; i < d.exp; i++) whole += digitAt(i);
  else whole = '0';
  if (precision <= 0) return whole;
  let fraction = '';
  for (let i = 0; i < precision; i++) fraction += digitAt(d.exp + i);
  return `${whole}.${fraction}`;
}

/** Go's %e body: one digit, `precision` after the point, and an exponent of at least two digits. */
function scientific(d: Decimal, precision: number, upper: boolean): string {
  const first = d.digits === '' ? '0' : d.digits[0]!;
  let out = first;
  if (precision > 0) out += '.' + d.digits.slice(1, 1 + precision).padEnd(precision, '0');
  const exp = d.digits === '' ? 0 : d.exp - 1;
  const expText = String(Math.abs(exp)).padStart(2, '0');
  return `${out}${upper ? 'E' : 'e'}${exp < 0 ? '-' : '+'}${expText}`;
}

/** Go's %g body: %e for large and small exponents, %f otherwise, without trailing zeros. */
function general(d: Decimal, precision: number | undefined, upper: boolean): string {
  const shortest = precision === undefined;
  let prec = precision ?? d.digits.length;
  if (!shortest) {
    if (prec === 0) prec = 1;
    d = roundDecimal(d, prec);
  }
  if (d.digits === '') return '0';
  let eprec = prec;
  if (eprec > d.digits.length && d.digits.length >= d.exp) eprec = d.digits.length;
  if (shortest) eprec = 6;
  const exp = d.exp - 1;
  if (exp < -4 || exp >= eprec) {
    if (prec > d.digits.length) prec = d.digits.length;
    return scientific(d, prec - 1, upper);
  }
  if (prec > d.exp) prec = d.digits.length;
  return fixed(d, Math.max(prec - d.exp, 0));
}
