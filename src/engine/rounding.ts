// The three classes of a check (domain.md §7): a shown figure with d decimals stands for the interval
// [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]; a blank is exactly 0. Exact when equal as shown, 尾差 (rounding) when the
// intervals meet, error when they do not. This mirrors XBRL Calculations 1.1.
import { Amount } from "./amount";
import { Decimal, ZERO, halfUnit, roundTo } from "./decimal";

export type Agreement = "exact" | "rounding" | "error";

export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

/** The interval a shown figure stands for; a blank (null) and a shown zero stand for exactly 0. */
export function intervalOf(amount: Amount | null): Interval {
  if (!amount || amount.value.isZero()) return { lo: ZERO, hi: ZERO };
  const half = halfUnit(amount.decimals);
  return { lo: amount.value.minus(half), hi: amount.value.plus(half) };
}

export function addIntervals(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
}

export function subtractIntervals(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

export function multiplyIntervals(a: Interval, b: Interval): Interval {
  const products = [a.lo.times(b.lo), a.lo.times(b.hi), a.hi.times(b.lo), a.hi.times(b.hi)];
  return { lo: Decimal.min(...products), hi: Decimal.max(...products) };
}

/** a / b; null when b's interval contains 0 (the ratio is unbounded). */
export function divideIntervals(a: Interval, b: Interval): Interval | null {
  if (b.lo.lte(0) && b.hi.gte(0)) return null;
  const quotients = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
  return { lo: Decimal.min(...quotients), hi: Decimal.max(...quotients) };
}

export function intervalsMeet(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

export interface SumCheck {
  agreement: Agreement;
  /** Σ of the shown parts (with their signs), exact. */
  computed: Decimal;
  /** The decimals to show `computed` with: those of the total, or of the parts when the total is blank. */
  decimals: number;
  /** |total − computed|. */
  gap: Decimal;
  /** The largest gap rounding explains: ½·10⁻ᵈ for the total and for each non-zero part. */
  tolerance: Decimal;
}

export interface SignedPart {
  amount: Amount | null;
  sign?: 1 | -1;
  /**
   * How far the part's true value may lie from its shown value, when that is more than half its last digit: a
   * total that is exactly the sum of its own shown parts (typed so, or filled) carries their rounding with it.
   */
  halfWidth?: Decimal;
}

/** Half the last shown digit of a figure: its rounding radius (0 for a blank or a zero). */
export function halfWidthOf(amount: Amount | null): Decimal {
  return amount && !amount.value.isZero() ? halfUnit(amount.decimals) : ZERO;
}

/**
 * Compares a shown total with the sum of its shown parts. `totalHalfWidth` widens the total's own radius when it
 * is itself exactly the sum of other shown figures (see SignedPart.halfWidth).
 */
export function checkSum(total: Amount | null, parts: SignedPart[], totalHalfWidth?: Decimal): SumCheck {
  let computed = ZERO;
  let tolerance = Decimal.max(halfWidthOf(total), totalHalfWidth ?? ZERO);
  let partDecimals = 0;
  for (const part of parts) {
    if (!part.amount) continue;
    computed = part.sign === -1 ? computed.minus(part.amount.value) : computed.plus(part.amount.value);
    partDecimals = Math.max(partDecimals, part.amount.decimals);
    tolerance = tolerance.plus(Decimal.max(halfWidthOf(part.amount), part.halfWidth ?? ZERO));
  }
  const decimals = total ? total.decimals : partDecimals;
  const shownTotal = total ? total.value : ZERO;
  const gap = shownTotal.minus(computed).abs();
  let agreement: Agreement;
  if (roundTo(computed, decimals).eq(shownTotal)) agreement = "exact";
  else if (gap.lte(tolerance)) agreement = "rounding";
  else agreement = "error";
  return { agreement, computed, decimals, gap, tolerance };
}

export interface DerivedCheck {
  agreement: Agreement;
  /** The computed value rounded as the shown figure is shown. */
  expected: Decimal;
  /** True when the shown figure is the computed one rounded more coarsely (98.00% for 98.29%). */
  coarser: boolean;
}

/**
 * Compares a shown figure with a value computed from other shown figures: `point` is the value computed from
 * the shown inputs, `range` the interval the inputs' rounding allows.
 */
export function checkDerived(shown: Amount, point: Decimal, range: Interval): DerivedCheck {
  const expected = roundTo(point, shown.decimals);
  if (expected.eq(shown.value)) return { agreement: "exact", expected, coarser: false };
  // A percentage may be shown rounded to whole percent and padded with zeros (98.00% for 98.29%); no coarser.
  const coarsest = shown.percent ? 2 : shown.decimals;
  for (let d = shown.decimals - 1; d >= coarsest; d--) {
    if (roundTo(shown.value, d).eq(shown.value) && roundTo(point, d).eq(shown.value)) {
      return { agreement: "rounding", expected, coarser: true };
    }
  }
  const shownInterval = {
    lo: shown.value.minus(halfUnit(shown.decimals)),
    hi: shown.value.plus(halfUnit(shown.decimals)),
  };
  return { agreement: intervalsMeet(shownInterval, range) ? "rounding" : "error", expected, coarser: false };
}

/** Checks a shown ratio (a percentage) against numerator ÷ denominator of shown figures. */
export function checkRatio(shown: Amount, numerator: Amount | null, denominator: Amount | null): DerivedCheck | null {
  if (!denominator || denominator.value.isZero()) return null;
  const point = (numerator ? numerator.value : ZERO).div(denominator.value);
  const range = divideIntervals(intervalOf(numerator), intervalOf(denominator));
  if (!range) return null;
  return checkDerived(shown, point, range);
}
