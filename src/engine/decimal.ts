// One configured Decimal for the whole engine: every amount and percentage goes through it.
// ROUND_HALF_UP is how the finance system rounds 元 to 万元 and ratios to shown percentages.
import DecimalBase from "decimal.js";

export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;
/** What a Decimal can be made from: a string, a number or another Decimal. */
export type DecimalInput = string | number | Decimal;

export const ZERO = new Decimal(0);

/** Rounds half up to `decimals` places (ROUND_HALF_UP, as the reports do). */
export function roundTo(value: Decimal, decimals: number): Decimal {
  // A value that has no more decimals is its own rounding (a Decimal never changes): no copy is made.
  if (Number.isInteger(decimals) && decimals >= 0 && value.decimalPlaces() <= decimals) return value;
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/**
 * The largest / smallest of some Decimals, as Decimal.max / Decimal.min choose it (NaN wins; of two equal zeros
 * max takes +0 and min −0), but the chosen value itself rather than a copy: interval checks compare many bounds.
 */
export function maxDecimal(first: Decimal, ...rest: Decimal[]): Decimal {
  let x = first;
  for (const y of rest) {
    if (y.isNaN()) return y;
    const k = x.cmp(y);
    if (k === -1 || (k === 0 && x.isNegative())) x = y;
  }
  return x;
}

export function minDecimal(first: Decimal, ...rest: Decimal[]): Decimal {
  let x = first;
  for (const y of rest) {
    if (y.isNaN()) return y;
    const k = x.cmp(y);
    if (k === 1 || (k === 0 && !x.isNegative())) x = y;
  }
  return x;
}

/** Half units by decimals, built once: every check asks for them, and a Decimal is immutable. */
const HALF_UNITS: Decimal[] = [];

/** Half a unit of the last shown decimal: the radius of a shown figure's rounding interval. */
export function halfUnit(decimals: number): Decimal {
  const known = HALF_UNITS[decimals];
  if (known) return known;
  const half = new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
  if (Number.isInteger(decimals) && decimals >= 0 && decimals <= 40) HALF_UNITS[decimals] = half;
  return half;
}
