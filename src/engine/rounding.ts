// The three classes of a check (domain.md §7): a shown figure with d decimals stands for the interval
// [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]; a blank is exactly 0. Exact when equal as shown, 尾差 (rounding) when the
// intervals meet, error when they do not. This mirrors XBRL Calculations 1.1.
import { Amount } from "./amount";
import { Decimal, ZERO, compareDecimals, halfUnit, roundTo, maxDecimal, minDecimal, sameDecimal } from "./decimal";

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

/** a / b; null when b's interval contains 0 (the ratio is unbounded). */
export function divideIntervals(a: Interval, b: Interval): Interval | null {
  // Compared with ZERO, not 0: a number argument is parsed into a new Decimal on every comparison.
  if (compareDecimals(b.lo, ZERO) <= 0 && compareDecimals(b.hi, ZERO) >= 0) return null;
  if (compareDecimals(b.lo, ZERO) > 0 && compareDecimals(b.hi, ZERO) > 0) return divideByPositive(a, b);
  const q1 = a.lo.div(b.lo);
  const q2 = a.lo.div(b.hi);
  const q3 = a.hi.div(b.lo);
  const q4 = a.hi.div(b.hi);
  return { lo: minDecimal(q1, q2, q3, q4), hi: maxDecimal(q1, q2, q3, q4) };
}

/**
 * a / b for a b above 0: the corners are known without trying all four (a long division is the dearest step of
 * a check). x / y grows with x; it falls with y when x ≥ 0 and grows with y when x < 0. Division rounds
 * monotonically, so these are the same values the four quotients' min and max would give.
 */
function divideByPositive(a: Interval, b: Interval): Interval {
  const yLo = minDecimal(b.lo, b.hi);
  const yHi = maxDecimal(b.lo, b.hi);
  const xLo = minDecimal(a.lo, a.hi);
  const xHi = maxDecimal(a.lo, a.hi);
  return {
    lo: compareDecimals(xLo, ZERO) >= 0 ? xLo.div(yHi) : xLo.div(yLo),
    hi: compareDecimals(xHi, ZERO) >= 0 ? xHi.div(yLo) : xHi.div(yHi),
  };
}

function intervalsMeet(a: Interval, b: Interval): boolean {
  return compareDecimals(a.lo, b.hi) <= 0 && compareDecimals(b.lo, a.hi) <= 0;
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

interface SignedPart {
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

/** The larger of a radius and an optional wider one, without copying either (Decimal.max makes a new Decimal). */
function larger(radius: Decimal, wider: Decimal | undefined): Decimal {
  return wider && compareDecimals(wider, radius) > 0 ? wider : radius;
}

/**
 * The exact case of a sum check: Σ parts, rounded to the total's decimals (the parts' when the total is blank),
 * is the total as shown (a blank total shows 0).
 */
export function sumShowsAs(total: Amount | null, computed: Decimal, partDecimals: number): boolean {
  const decimals = total ? total.decimals : partDecimals;
  return sameDecimal(roundTo(computed, decimals), total ? total.value : ZERO);
}

/**
 * Compares a shown total with the sum of its shown parts. `totalHalfWidth` widens the total's own radius when it
 * is itself exactly the sum of other shown figures (see SignedPart.halfWidth).
 */
export function checkSum(total: Amount | null, parts: SignedPart[], totalHalfWidth?: Decimal): SumCheck {
  let computed = ZERO;
  let partDecimals = 0;
  // An index, not for…of: until V8 optimises it, each for…of step makes an iterator result, and every identity
  // of every check comes through here.
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part.amount) continue;
    computed = part.sign === -1 ? computed.minus(part.amount.value) : computed.plus(part.amount.value);
    partDecimals = Math.max(partDecimals, part.amount.decimals);
  }
  const decimals = total ? total.decimals : partDecimals;
  if (sumShowsAs(total, computed, partDecimals)) return new ExactSum(computed, decimals, total, parts, totalHalfWidth);
  const shownTotal = total ? total.value : ZERO;
  const gap = shownTotal.minus(computed).abs();
  const tolerance = toleranceOf(total, parts, totalHalfWidth);
  return { agreement: compareDecimals(gap, tolerance) <= 0 ? "rounding" : "error", computed, decimals, gap, tolerance };
}

/** A sum that holds exactly, as most do: its gap and tolerance are worked out only if someone asks for them. */
class ExactSum implements SumCheck {
  readonly agreement: Agreement = "exact";

  constructor(
    readonly computed: Decimal,
    readonly decimals: number,
    private readonly total: Amount | null,
    private readonly parts: SignedPart[],
    private readonly totalHalfWidth: Decimal | undefined
  ) {}

  get gap(): Decimal {
    return (this.total ? this.total.value : ZERO).minus(this.computed).abs();
  }

  get tolerance(): Decimal {
    return toleranceOf(this.total, this.parts, this.totalHalfWidth);
  }
}

/** The largest gap rounding explains: the radius of the total and of each part (each at least half its last digit). */
function toleranceOf(total: Amount | null, parts: SignedPart[], totalHalfWidth?: Decimal): Decimal {
  let tolerance = larger(halfWidthOf(total), totalHalfWidth);
  for (const part of parts) {
    if (part.amount) tolerance = tolerance.plus(larger(halfWidthOf(part.amount), part.halfWidth));
  }
  return tolerance;
}

interface DerivedCheck {
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
  if (sameDecimal(expected, shown.value)) return { agreement: "exact", expected, coarser: false };
  // A percentage may be shown rounded to whole percent and padded with zeros (98.00% for 98.29%); no coarser.
  const coarsest = shown.percent ? 2 : shown.decimals;
  for (let d = shown.decimals - 1; d >= coarsest; d--) {
    if (sameDecimal(roundTo(shown.value, d), shown.value) && sameDecimal(roundTo(point, d), shown.value)) {
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
