// Numbers as decimal digits, rounded as Terraform's format verbs (%f, %e, %g) round them. Terraform holds
// a number written as "2.675" as the nearest 512-bit binary fraction, and Go rounds the exact value of
// that: a digit string that ends in an exact "5" at the cut rounds up or down by which side of the
// decimal the binary value fell, and to even only when the decimal is exact in binary. The decimal a
// double stands for is the shortest one that reads back as it (what the configuration wrote).

/** value = 0.digits × 10^exp; no leading or trailing zeros in digits; zero has digits "". */
export interface Decimal {
  readonly negative: boolean;
  readonly digits: string;
  readonly exp: number;
}

export function decimalOf(n: number): Decimal {
  const negative = n < 0 || Object.is(n, -0);
  if (n === 0) return { negative, digits: '', exp: 0 };
  const [mantissa, exponent] = Math.abs(n).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '').replace(/0+$/, '');
  return { negative, digits, exp: Number(exponent) + 1 };
}

/** The decimal rounded to its first `keep` digits (Go's decimal.round); unchanged when keep is out of range. */
export function roundDecimal(d: Decimal, keep: number): Decimal {
  if (keep < 0 || keep >= d.digits.length) return d;
  if (roundsUp(d, keep)) {
    let i = keep;
    while (i > 0 && d.digits[i - 1] === '9') i--;
    if (i === 0) return { ...d, digits: '1', exp: d.exp + 1 };
    return { ...d, digits: d.digits.slice(0, i - 1) + String(Number(d.digits[i - 1]) + 1) };
  }
  const digits = d.digits.slice(0, keep).replace(/0+$/, '');
  return { ...d, digits, exp: digits === '' ? 0 : d.exp };
}

function roundsUp(d: Decimal, keep: number): boolean {
  const next = d.digits[keep]!;
  if (next !== '5' || keep + 1 !== d.digits.length) return next >= '5';
  const side = binarySide(d);
  if (side !== 0) return side > 0;
  return keep > 0 && Number(d.digits[keep - 1]) % 2 === 1;
}

/** Whether the 512-bit binary value nearest the decimal is above (1), below (-1) or equal to (0) it. */
function binarySide(d: Decimal): number {
  const shift = d.exp - d.digits.length;
  let num = BigInt(d.digits);
  let den = 1n;
  if (shift >= 0) num *= 10n ** BigInt(shift);
  else den = 10n ** BigInt(-shift);
  let k = 512 - (num.toString(2).length - den.toString(2).length);
  for (let attempt = 0; attempt < 4; attempt++) {
    const scaledNum = k >= 0 ? num << BigInt(k) : num;
    const scaledDen = k >= 0 ? den : den << BigInt(-k);
    const q = scaledNum / scaledDen;
    const bits = q.toString(2).length;
    if (bits > 512) k--;
    else if (bits < 512) k++;
    else {
      const r = scaledNum - q * scaledDen;
      if (r === 0n) return 0;
      const twice = 2n * r;
      const up = twice > scaledDen || (twice === scaledDen && q % 2n === 1n);
      return up ? 1 : -1;
    }
  }
  return 0;
}
