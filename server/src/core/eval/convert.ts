// Terraform's automatic conversions between primitive types, which functions and operators apply to
// their arguments: a number or a bool where a string is wanted, a numeric string where a number is, and
// "true"/"false" where a bool is. Each returns undefined when the value is not known or does not convert;
// the caller decides whether that is unknown or a failure (see `isUnknown`).

import { asBool, asNumber, settle, type Value } from '../model/value';

/** True when nothing can be said about the value itself (an unknown or an unresolved reference). */
export function isUnknown(value: Value): boolean {
  const v = settle(value);
  return v.kind === 'unknown' || v.kind === 'reference';
}

/** The failure an unknown stands for, when Terraform would fail on it. */
export function errorOf(value: Value): string | undefined {
  const v = settle(value);
  return v.kind === 'unknown' ? v.error : undefined;
}

/** A string, a number or a bool as Terraform writes it into a string; undefined for anything else. */
export function stringOf(value: Value): string | undefined {
  const v = settle(value);
  if (v.kind === 'string') return v.value;
  if (v.kind === 'number') return numberText(v.value);
  if (v.kind === 'bool') return String(v.value);
  return undefined;
}

export function numberOf(value: Value): number | undefined {
  return asNumber(value);
}

export function boolOf(value: Value): boolean | undefined {
  return asBool(value);
}

/**
 * A number as Terraform prints it: never in exponent notation (`1e21` is `1000000000000000000000`,
 * `1e-7` is `0.0000001`, `1.5e-20` is `0.000000000000000000015`), integers without a fraction, `-0` as `-0`.
 */
export function numberText(n: number): string {
  if (Object.is(n, -0)) return '-0';
  const plain = String(n);
  if (!/e/i.test(plain)) return plain;
  // The shortest digits that give the number back, placed around the decimal point by hand.
  const [mantissa = '', exponent = '0'] = n.toExponential().split('e');
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const point = 1 + Number(exponent);
  const text = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${text}` : text;
}
