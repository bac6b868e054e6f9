// Terraform's conversion of a string to a number, which `tonumber`, `min`, `format("%d")` and the rest
// apply to string arguments. Terraform parses the decimal text exactly (Go's big.Float, base 10): an
// optional sign, digits with an optional point, and an optional decimal (`e`) or binary (`p`) exponent.
// No spaces, no underscores, no hex, no infinities.

// Each part of the pattern can match in one way only, so a long non-number fails in linear time.
const NUMBER = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:([eEpP])([+-]?\d+))?$/;

/**
 * The number the text stands for; `null` when Terraform would reject it, undefined when it is a number
 * too large or too small for a double to hold (Terraform keeps it exactly, so nothing can be said).
 */
export function numberFromText(text: string): number | null | undefined {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const [, sign, mantissa, marker, exponent] = m;
  let n: number;
  if (marker === 'p' || marker === 'P') {
    n = Number(mantissa) * 2 ** Number(exponent);
  } else {
    n = Number(`${mantissa}e${exponent ?? '0'}`);
  }
  if (!Number.isFinite(n)) return undefined;
  // A non-zero mantissa that comes out as zero lost everything to underflow.
  if (n === 0 && /[1-9]/.test(mantissa!)) return undefined;
  return sign === '-' ? -n : n;
}
