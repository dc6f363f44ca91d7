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
 * a.cmp(b) (−1, 0, 1; NaN when either is NaN), without the copy of `b` that decimal.js makes on every comparison
 * (cmp, eq, lt, lte, gt, gte all clone their argument): a check compares a few thousand figures and bounds, and
 * those copies were a good share of its garbage. Two finite Decimals are compared as decimal.js's comparedTo
 * does, on the same fields (sign s, exponent e, base-1e7 digits d); anything else is left to cmp itself.
 * Read the result as decimal.js does: eq is `=== 0`, lt `< 0`, lte `<= 0`, gt `> 0`, gte `>= 0`.
 */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const ad = a.d;
  const bd = b.d;
  if (!ad || !bd) return a.cmp(b);
  const as = a.s;
  // A zero on either side: the sign of the other decides.
  if (!ad[0] || !bd[0]) return ad[0] ? as : bd[0] ? -b.s : 0;
  if (as !== b.s) return as;
  const positive = as > 0;
  if (a.e !== b.e) return a.e > b.e === positive ? 1 : -1;
  const shorter = Math.min(ad.length, bd.length);
  for (let i = 0; i < shorter; i++) {
    if (ad[i] !== bd[i]) return ad[i] > bd[i] === positive ? 1 : -1;
  }
  return ad.length === bd.length ? 0 : ad.length > bd.length === positive ? 1 : -1;
}

/** a.eq(b) without copying b (see compareDecimals). */
export function sameDecimal(a: Decimal, b: Decimal): boolean {
  return compareDecimals(a, b) === 0;
}

/**
 * The largest / smallest of some Decimals, as Decimal.max / Decimal.min choose it (NaN wins; of two equal zeros
 * max takes +0 and min −0), but the chosen value itself rather than a copy: interval checks compare many bounds.
 */
export function maxDecimal(first: Decimal, ...rest: Decimal[]): Decimal {
  let x = first;
  for (const y of rest) {
    if (y.isNaN()) return y;
    const k = compareDecimals(x, y);
    if (k === -1 || (k === 0 && x.isNegative())) x = y;
  }
  return x;
}

export function minDecimal(first: Decimal, ...rest: Decimal[]): Decimal {
  let x = first;
  for (const y of rest) {
    if (y.isNaN()) return y;
    const k = compareDecimals(x, y);
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
