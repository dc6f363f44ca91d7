// The arithmetic of the performance sheets (domain.md §5): 完成程度 from 运算符号, 指标值 and 完成值; ratios of
// 万元 amounts; a score as 分值 × factor. Each derivation carries the value computed from the shown figures, the
// range their rounding allows, and the arithmetic in the words findings use.
import { Amount, amountOf, showAmount } from "../../amount";
import { Decimal, ZERO, compareDecimals, maxDecimal, minDecimal, sameDecimal } from "../../decimal";
import { memoOn } from "../../memo";
import { PerfIndicator } from "../../perf/types";
import { divideIntervals, Interval, intervalOf } from "../../rounding";
import { isInvalid } from "../support";
import { showNumber } from "./support";
import { amountIn } from "../../tables";

export const ONE = new Decimal(1);
const TWO = new Decimal(2);
const HUNDRED = new Decimal(100);
/** × 0.01 is ÷ 100 exactly (both correctly rounded), and far cheaper than a long division. */
const HUNDREDTH = new Decimal("0.01");

/** A rate or a 完成程度 as a ratio: 92.81% and 0.9281 as they are; a plain 92.81 typed for a rate is percent points. */
export function asRatio(amount: Amount): Amount {
  // Decimals compared through compareDecimals (here and below): decimal.js copies, or parses, the other side.
  if (amount.percent || compareDecimals(amount.value.abs(), TWO) <= 0) return amount;
  return amountOf(amount.value.times(HUNDREDTH), amount.decimals + 2, true);
}

/** A 完成程度 as a ratio; a plain 1 or 0 is the state "met" / "not met", as exact as 100.00%. */
export function asCompletion(amount: Amount): Amount {
  const ratio = asRatio(amount);
  if (!ratio.percent && ratio.decimals < 2 && (sameDecimal(ratio.value, ONE) || ratio.value.isZero())) return amountOf(ratio.value, 2);
  return ratio;
}

/** An indicator value in the units it is typed in: "15.88%" → 15.88, like a 15.88 under 度量单位 %. */
function inTypedUnits(amount: Amount): Amount {
  if (!amount.percent) return amount;
  return amountOf(amount.value.times(HUNDRED), Math.max(amount.decimals - 2, 0));
}

/** An indicator's 完成值 as a percentage: 89.81 (度量单位 %), "89.81%" and 0.8981 all → 89.81%. */
export function indicatorPercent(amount: Amount, unit: string): Amount {
  if (amount.percent) return amount;
  if (unit.includes("%") || unit.includes("％") || amount.value.abs().gt(ONE)) {
    return amountOf(amount.value.times(HUNDREDTH), amount.decimals + 2, true);
  }
  return amountOf(amount.value, amount.decimals, true);
}

function clamp(value: Decimal, lo: Decimal, hi: Decimal): Decimal {
  return minDecimal(maxDecimal(value, lo), hi);
}

function hull(a: Interval, b: Interval): Interval {
  return { lo: minDecimal(a.lo, b.lo), hi: maxDecimal(a.hi, b.hi) };
}

export function pointInterval(value: Decimal): Interval {
  return { lo: value, hi: value };
}

function scale(interval: Interval, factor: Decimal): Interval {
  const a = interval.lo.times(factor);
  const b = interval.hi.times(factor);
  return { lo: minDecimal(a, b), hi: maxDecimal(a, b) };
}

// ---- Derivations: a value computed from shown figures, with the arithmetic that explains it ---------------

export interface Derivation {
  /** The value computed from the shown inputs, exact. */
  point: Decimal;
  /** The values the inputs' rounding allows (just `point` when the inputs are exact). */
  range: Interval;
  /** The arithmetic as people write it ("5 ÷ 15.88", "1.6 × 0.31"); empty when a rule gives the value. */
  formula: string;
  /** Why, in a few words: "反向指标", "完成值 100 ≥ 指标值 99，正向指标最高为 1". */
  why?: string;
  /** An exact score: a wrong figure is told with the score's own decimals, not rounded to the shown one's. */
  exact?: boolean;
}

const COMPLETION = Symbol("completion derivation");

/** 完成程度 from 运算符号, 指标值 and 完成值 (domain.md §5); undefined for a qualitative indicator. */
export function deriveCompletion(indicator: PerfIndicator): Derivation | undefined {
  // The 完成程度 rule and every score built on it ask: worked out once per indicator.
  return memoOn(indicator, COMPLETION, completionOf);
}

function completionOf(indicator: PerfIndicator): Derivation | undefined {
  const operator = indicator.operator;
  if (!operator || isInvalid(indicator.target) || isInvalid(indicator.actual)) return undefined;
  const targetAmount = amountIn(indicator.target);
  const actualAmount = amountIn(indicator.actual);
  const target = targetAmount ? inTypedUnits(targetAmount) : null;
  const actual = actualAmount ? inTypedUnits(actualAmount) : null;
  const t = target ? target.value : ZERO;
  const a = actual ? actual.value : ZERO;
  const tShown = () => (target ? showAmount(target) : "0");
  const aShown = () => (actual ? showAmount(actual) : "0");
  // 指标值 is a target someone set (exactly 5%); 完成值 is measured or computed, so it may be rounded.
  const tRange = pointInterval(t);
  const aRange = intervalOf(actual);

  if (operator === "<=") {
    // Reverse: met when 完成值 ≤ 指标值, else 指标值 ÷ 完成值; nothing when the target is 0 and it is exceeded.
    const f = (tv: Decimal, av: Decimal) =>
      compareDecimals(av, tv) <= 0 ? ONE : compareDecimals(tv, ZERO) <= 0 ? ZERO : clamp(tv.div(av), ZERO, ONE);
    const range = { lo: f(tRange.lo, aRange.hi), hi: f(tRange.hi, aRange.lo) };
    if (compareDecimals(a, t) <= 0) return withWords({ point: ONE, range }, () => ({ formula: "", why: `完成值 ${aShown()} ≤ 指标值 ${tShown()}，反向指标已达成` }));
    if (compareDecimals(t, ZERO) <= 0) return withWords({ point: ZERO, range }, () => ({ formula: "", why: `反向指标的指标值为 0，完成值 ${aShown()} 已超出` }));
    return withWords({ point: f(t, a), range }, () => ({ formula: `${tShown()} ÷ ${aShown()}`, why: "反向指标" }));
  }

  if (t.isZero()) {
    // A zero target: ">= 0" is always met; "= 0" (违法违规次数 = 0) only by a zero.
    const met = operator === ">=" || a.isZero();
    return withWords({ point: met ? ONE : ZERO, range: pointInterval(met ? ONE : ZERO) }, () => ({
      formula: "",
      why: met ? `指标值为 0，完成值 ${aShown()}，已达成` : `指标值为 0，完成值 ${aShown()} 不为 0，未达成`,
    }));
  }
  const g = (tv: Decimal, av: Decimal) => (compareDecimals(tv, ZERO) <= 0 ? ONE : clamp(av.div(tv), ZERO, ONE));
  const range = { lo: g(tRange.hi, aRange.lo), hi: g(tRange.lo, aRange.hi) };
  if (compareDecimals(a, t) >= 0) return withWords({ point: ONE, range }, () => ({ formula: "", why: `完成值 ${aShown()} ≥ 指标值 ${tShown()}，正向指标最高为 1` }));
  return withWords({ point: g(t, a), range }, () => ({ formula: `${aShown()} ÷ ${tShown()}`, why: "正向指标" }));
}

/** numerator ÷ denominator of shown 万元 amounts; undefined when the denominator is blank or zero. */
export function deriveRatio(numerator: Amount | null, denominator: Amount | null): Derivation | undefined {
  if (!denominator || denominator.value.isZero()) return undefined;
  const range = divideIntervals(intervalOf(numerator), intervalOf(denominator));
  if (!range) return undefined;
  const value = (numerator ? numerator.value : ZERO).div(denominator.value);
  return withWords({ point: value, range }, () => ({ formula: `${numerator ? showAmount(numerator) : "0"} ÷ ${showAmount(denominator)}` }));
}

/**
 * points × factor for a score: `shownFactor` is the factor as the sheet shows it (the score is defined on it),
 * `trueFactor` what the factor stands for when the sheet shows it consistently (a score computed from the
 * unrounded 完成程度 or 执行率 is a 尾差, not an error). `cap` limits the factor (a rate above 100% scores 1).
 */
export function deriveProduct(points: Amount | null, shownFactor: Amount | null, trueFactor?: Interval, cap?: Decimal): Derivation {
  const p = points ? points.value : ZERO;
  const capped = (v: Decimal) => (cap ? minDecimal(v, cap) : v);
  const f = shownFactor ? capped(shownFactor.value) : ZERO;
  const factors = trueFactor ? hull(pointInterval(f), { lo: capped(trueFactor.lo), hi: capped(trueFactor.hi) }) : pointInterval(f);
  const over = cap && shownFactor && compareDecimals(shownFactor.value, cap) > 0;
  return withWords({ point: p.times(f), range: scale(factors, p), exact: true }, () => {
    const shownP = points ? showNumber(p) : "0";
    // A factor reads as the sheet shows it: 98.00%, 0.31, 1.
    const shownF = !shownFactor ? "0" : shownFactor.percent ? showAmount(shownFactor) : showNumber(shownFactor.value);
    return { formula: `${shownP} × ${over ? "100%" : shownF}`, why: over ? `${shownF} 超过 100%，按 100% 计` : undefined };
  });
}

interface Words {
  formula: string;
  why?: string;
}

/**
 * A derivation whose words (formula, why) are put together when first read: most derived figures agree with
 * their derivation, and only a finding quotes the arithmetic (each number shown is a Decimal formatted). A class
 * rather than an object literal with getters: such a literal makes its getters and their closures anew for every
 * derivation, and a check makes hundreds.
 */
class WordedDerivation implements Derivation {
  readonly point: Decimal;
  readonly range: Interval;
  // Declared, not defined: `exact` stays absent unless set, as the other derivations have it.
  declare exact?: boolean;
  private said: Words | undefined;

  constructor(
    values: { point: Decimal; range: Interval; exact?: boolean },
    private readonly words: () => Words
  ) {
    this.point = values.point;
    this.range = values.range;
    if (values.exact) this.exact = true;
  }

  get formula(): string {
    return (this.said ??= this.words()).formula;
  }

  get why(): string | undefined {
    return (this.said ??= this.words()).why;
  }
}

function withWords(values: { point: Decimal; range: Interval; exact?: boolean }, words: () => Words): Derivation {
  return new WordedDerivation(values, words);
}
