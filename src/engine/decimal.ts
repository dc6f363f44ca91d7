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
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** Half a unit of the last shown decimal: the radius of a shown figure's rounding interval. */
export function halfUnit(decimals: number): Decimal {
  return new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
}
