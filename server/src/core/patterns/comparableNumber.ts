// Which JSON numbers the pattern engine can compare, by event-ruler's rule (ComparableNumber): the
// number's nearest double must be finite, and that double's shortest decimal must have the same value
// as the text written. `0.1` and `3.018e2` qualify; `9007199254740993`, `1.00000000000000001`, `5e-324`
// (the double prints as 4.9e-324) and `1e400` do not. A pattern bound that fails this is invalid
// ("Cannot compare number"); an exact value or an event number that fails it is compared as text only.

/** True when the engine can compare the number written as `raw` (JSON number syntax) by value. */
export function isComparable(raw: string): boolean {
  const value = Number(raw);
  if (!Number.isFinite(value)) return false;
  // Up to 15 significant digits always survive the trip through a double, so plain short numbers
  // (the usual case) need no decimal comparison.
  if (raw.length <= 15 && !/[eE]/.test(raw)) return true;
  return sameDecimal(raw, engineDecimal(value));
}

/**
 * The decimal Java's `Double.toString` gives (JDK 19 and later): the shortest that reads back as the
 * same double, but with at least two significant digits, the pair nearest the double's exact value.
 * That is why `5e-324` is not comparable: the double prints as 4.9E-324.
 */
export function engineDecimal(value: number): string {
  const shortest = String(value);
  // toPrecision rounds the exact binary value, as Java does when it pads to two digits.
  return significantDigits(shortest) < 2 ? value.toPrecision(2) : shortest;
}

function significantDigits(text: string): number {
  return text.split(/[eE]/)[0]!.replace(/[-.]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/** True when two decimal numerals (JSON or JavaScript number text) have the same value. */
function sameDecimal(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}

/** `sign digits e exponent` with no leading or trailing zeros in the digits: one spelling per value. */
function canonical(text: string): string {
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  let digits = whole + fraction;
  let exp = Number(exponent) - fraction.length;
  const lead = digits.search(/[1-9]/);
  if (lead < 0) return '0';
  digits = digits.slice(lead);
  const trimmed = digits.replace(/0+$/, '');
  exp += digits.length - trimmed.length;
  return `${sign}${trimmed}e${exp}`;
}
