// What a claim's figure should be, and whether the text agrees: the arithmetic shared by the rules (check), fill
// (placeholders) and the draft. A figure is compared the §7 way: exact when equal as shown, 尾差 when the interval
// of the shown figure meets the interval the shown inputs allow, error otherwise.
import { Amount, formatFigure, showAmount } from "../amount";
import { Decimal, ZERO, halfUnit, roundTo, maxDecimal, minDecimal } from "../decimal";
import { memoOn } from "../memo";
import { Agreement, Interval, checkDerived, divideIntervals } from "../rounding";
import { AmountClaim, ChangeClaim, CompareClaim, CountClaim, Direction, FlatClaim, NoneClaim, RatioClaim } from "./claims";
import { Quantity, Valuation, valueOf } from "./sources";

/** The outcome of comparing a figure of the text with what its sources say. */
interface Verdict {
  agreement: Agreement;
  /** As the text would show it ("74.00%", "1672.09"). */
  expected: string;
  actual: string;
  /** The arithmetic: "1672.09 ÷ 2259.73 = 74.00%". */
  detail: string;
  related: string[];
  /** Why no figure could be right ("增加额大于本年数"), when that is the error. */
  impossible?: string;
}

/** Why a claim could not be checked: a source is missing, invalid or a placeholder, or a rate has a zero base. */
type Unchecked = { unchecked: "missing" | "invalid" | "placeholder" | "zero-base"; related?: string[] };

export type Outcome = Verdict | Unchecked;

export function isVerdict(outcome: Outcome): outcome is Verdict {
  return "agreement" in outcome;
}

function sheetOf(claim: { paragraph: { cell: { sheet: string } } }): string {
  return claim.paragraph.cell.sheet;
}

function unchecked(valuation: Exclude<Valuation, { ok: true }>): Unchecked {
  return { unchecked: valuation.why };
}

/** A percentage as the text shows it, from a ratio: "74.00%". */
function showPercent(ratio: Decimal, decimals = 4): string {
  return formatFigure(roundTo(ratio, decimals), decimals, true);
}

// ---- amounts -------------------------------------------------------------------------------------------

export function amountValue(claim: AmountClaim): Valuation {
  return valueOf(claim.source, sheetOf(claim));
}

const AMOUNT_OUTCOME = Symbol("amount outcome");

/** The outcome of an amount claim; worked out once per claim (narrative/amount and the account both ask). */
export function checkAmount(claim: AmountClaim): Outcome {
  return memoOn(claim, AMOUNT_OUTCOME, computeCheckAmount);
}

function computeCheckAmount(claim: AmountClaim): Outcome {
  const shown = claim.figure.amount;
  if (!shown) return { unchecked: "placeholder" };
  const valuation = amountValue(claim);
  if (!valuation.ok) return unchecked(valuation);
  const q = valuation.quantity;
  let agreement = checkDerived(shown, q.point, q.interval).agreement;
  // A ceiling (外事接待 within 公务接待费) only fails when the text says more.
  if (claim.atMost && shown.value.lte(q.point)) agreement = "exact";
  // Most amounts agree: the figures are put into words only when read.
  return {
    agreement,
    get expected() {
      return formatFigure(q.point, shown.decimals);
    },
    get actual() {
      return showAmount(shown);
    },
    get detail() {
      return `${claim.source.label} = ${q.terms}`;
    },
    related: q.related,
  };
}

// ---- ratios ----------------------------------------------------------------------------------------------

interface RatioValue {
  point: Decimal;
  range: Interval;
  numerator: Quantity;
  denominator: Quantity;
}

const RATIO = Symbol("ratio value");

/** The ratio a claim's sources give; worked out once per claim (the ratio and zero-base rules both ask). */
export function ratioValue(claim: RatioClaim): RatioValue | Unchecked {
  return memoOn(claim, RATIO, computeRatio);
}

function computeRatio(claim: RatioClaim): RatioValue | Unchecked {
  const from = sheetOf(claim);
  const numerator = valueOf(claim.numerator, from);
  if (!numerator.ok) return unchecked(numerator);
  const denominator = valueOf(claim.denominator, from);
  if (!denominator.ok) return unchecked(denominator);
  const related = [...numerator.quantity.related, ...denominator.quantity.related];
  if (denominator.quantity.point.isZero()) return { unchecked: "zero-base", related };
  const point = numerator.quantity.point.div(denominator.quantity.point);
  const range = divideIntervals(numerator.quantity.interval, denominator.quantity.interval) ?? { lo: point, hi: point };
  return { point, range, numerator: numerator.quantity, denominator: denominator.quantity };
}

const RATIO_OUTCOME = Symbol("ratio outcome");

/** The outcome of a ratio claim; worked out once per claim (the share and budget-rate rules and the account ask). */
export function checkRatioClaim(claim: RatioClaim): Outcome {
  return memoOn(claim, RATIO_OUTCOME, computeCheckRatioClaim);
}

function computeCheckRatioClaim(claim: RatioClaim): Outcome {
  const value = ratioValue(claim);
  if ("unchecked" in value) return value;
  const shown = claim.figure.amount;
  if (!shown) return { unchecked: "placeholder" };
  const result = checkDerived(shown, value.point, value.range);
  // Most ratios agree: as for amounts, the figures are put into words only when read.
  return {
    agreement: result.agreement,
    get expected() {
      return showPercent(value.point, shown.decimals);
    },
    get actual() {
      return showAmount(shown);
    },
    get detail() {
      return `${value.numerator.terms} ÷ ${value.denominator.terms} = ${showPercent(value.point, Math.max(shown.decimals, 4))}`;
    },
    related: [...value.numerator.related, ...value.denominator.related],
  };
}

// ---- changes on last year ----------------------------------------------------------------------------------

function halfOf(amount: Amount): Decimal {
  return amount.value.isZero() ? ZERO : halfUnit(amount.decimals);
}

/**
 * The rate a sentence's own figures give: prior = current ∓ D, rate = D ÷ prior. Its interval is exact: the rate
 * grows with D and falls with the current figure, so the corners are D_lo/(C_hi ∓ D_lo) and D_hi/(C_lo ∓ D_hi).
 */
export function rateFromSentence(current: Quantity, change: Amount, direction: Direction): { point: Decimal; range: Interval; prior: Decimal } | "zero-base" {
  const d = change.value;
  const prior = direction === "down" ? current.point.plus(d) : current.point.minus(d);
  if (prior.lte(0)) return "zero-base";
  const dLo = d.minus(halfOf(change));
  const dHi = d.plus(halfOf(change));
  const priorAt = (c: Decimal, dd: Decimal) => (direction === "down" ? c.plus(dd) : c.minus(dd));
  const point = d.div(prior);
  const low = priorAt(current.interval.hi, dLo);
  const high = priorAt(current.interval.lo, dHi);
  const range = low.gt(0) && high.gt(0) ? { lo: dLo.div(low), hi: dHi.div(high) } : { lo: point, hi: point };
  return { point, range, prior };
}

const CHANGE_RATE_OUTCOME = Symbol("change rate outcome");

/**
 * Checks the rate of a change from the sentence alone (current and D). Worked out once per claim: change-rate,
 * zero-base and the narrative account all ask, and each asking cost three long divisions.
 */
export function checkChangeRate(claim: ChangeClaim): Outcome {
  return memoOn(claim, CHANGE_RATE_OUTCOME, computeCheckChangeRate);
}

function computeCheckChangeRate(claim: ChangeClaim): Outcome {
  const from = sheetOf(claim);
  if (!claim.rate) return { unchecked: "missing" };
  const current = valueOf(claim.current, from);
  if (!current.ok) return unchecked(current);
  const shown = claim.rate.figure.amount;
  const amount = claim.amount;
  let point: Decimal;
  let range: Interval;
  // The arithmetic in words, put together only when a finding reads it (most rates agree).
  let detail: () => string;
  if (amount) {
    if (!amount.figure.amount) return { unchecked: "placeholder" };
    const direction = amount.direction;
    // "增加 D 万元" with D beyond the current figure leaves last year below zero: the sentence cannot be right.
    const change = amount.figure.amount;
    if (direction === "up" && current.quantity.interval.hi.minus(change.value.minus(halfOf(change))).lt(0)) {
      const d = showAmount(change);
      return {
        agreement: "error",
        expected: `≤ ${formatFigure(current.quantity.point, current.quantity.decimals)} 万元`,
        actual: `${d} 万元`,
        detail: `上年数 = ${current.quantity.terms} − ${d} < 0`,
        related: current.quantity.related,
        impossible: `增加额 ${d} 万元大于本年数 ${formatFigure(current.quantity.point, current.quantity.decimals)} 万元，上年数将为负`,
      };
    }
    const result = rateFromSentence(current.quantity, amount.figure.amount, direction);
    if (result === "zero-base") return { unchecked: "zero-base", related: current.quantity.related };
    ({ point, range } = result);
    const ratio = point;
    detail = () => {
      const d = showAmount(change);
      const priorShown = formatFigure(result.prior, Math.max(current.quantity.decimals, change.decimals));
      return `上年数 = ${current.quantity.terms} ${direction === "down" ? "+" : "−"} ${d} = ${priorShown}；${d} ÷ ${priorShown} = ${showPercent(ratio)}`;
    };
  } else {
    // No amount in the sentence: the rate needs last year's figure from 参考数据.
    const prior = valueOf(claim.prior, from);
    if (!prior.ok) return unchecked(prior);
    if (prior.quantity.point.isZero()) return { unchecked: "zero-base", related: prior.quantity.related };
    point = current.quantity.point.minus(prior.quantity.point).abs().div(prior.quantity.point);
    const spread = divideIntervals(
      { lo: current.quantity.interval.lo.minus(prior.quantity.interval.hi), hi: current.quantity.interval.hi.minus(prior.quantity.interval.lo) },
      prior.quantity.interval
    );
    range = spread ? { lo: minDecimal(spread.lo.abs(), spread.hi.abs()), hi: maxDecimal(spread.lo.abs(), spread.hi.abs()) } : { lo: point, hi: point };
    const ratio = point;
    detail = () => `(${current.quantity.terms} − ${prior.quantity.terms}) ÷ ${prior.quantity.terms} = ${showPercent(ratio)}`;
  }
  if (!shown) return { unchecked: "placeholder" };
  const result = checkDerived(shown, point, range);
  const ratio = point;
  return {
    agreement: result.agreement,
    get expected() {
      return showPercent(ratio, shown.decimals);
    },
    get actual() {
      return showAmount(shown);
    },
    get detail() {
      return detail();
    },
    related: current.quantity.related,
  };
}

const CHANGE_AMOUNT_OUTCOME = Symbol("change amount outcome");

/** Checks the amount of a change against 参考数据's 上年决算数: D = |current − prior|; once per claim (change-rate and the account ask). */
export function checkChangeAmount(claim: ChangeClaim): Outcome {
  return memoOn(claim, CHANGE_AMOUNT_OUTCOME, computeCheckChangeAmount);
}

function computeCheckChangeAmount(claim: ChangeClaim): Outcome {
  const from = sheetOf(claim);
  if (!claim.amount) return { unchecked: "missing" };
  const current = valueOf(claim.current, from);
  if (!current.ok) return unchecked(current);
  const prior = valueOf(claim.prior, from);
  if (!prior.ok) return unchecked(prior);
  const shown = claim.amount.figure.amount;
  if (!shown) return { unchecked: "placeholder" };
  const difference = current.quantity.point.minus(prior.quantity.point);
  const lo = current.quantity.interval.lo.minus(prior.quantity.interval.hi);
  const hi = current.quantity.interval.hi.minus(prior.quantity.interval.lo);
  const range = lo.gte(0) ? { lo, hi } : hi.lte(0) ? { lo: hi.abs(), hi: lo.abs() } : { lo: ZERO, hi: maxDecimal(lo.abs(), hi.abs()) };
  const result = checkDerived(shown, difference.abs(), range);
  return {
    agreement: result.agreement,
    expected: formatFigure(difference.abs(), shown.decimals),
    actual: showAmount(shown),
    detail: `${current.quantity.terms} − ${prior.quantity.terms}（上年决算数） = ${formatFigure(difference, shown.decimals)}`,
    related: [...current.quantity.related, ...prior.quantity.related],
  };
}

/** The direction 参考数据 says the item moved: current − prior, as shown. */
export function referenceDirection(claim: ChangeClaim | FlatClaim): { direction: Direction; difference: Decimal; decimals: number; related: string[] } | Unchecked {
  const from = sheetOf(claim);
  const current = valueOf(claim.current, from);
  if (!current.ok) return unchecked(current);
  const prior = valueOf(claim.prior, from);
  if (!prior.ok) return unchecked(prior);
  const decimals = Math.max(current.quantity.decimals, prior.quantity.decimals);
  const difference = roundTo(current.quantity.point.minus(prior.quantity.point), decimals);
  const direction: Direction = difference.isZero() ? "flat" : difference.gt(0) ? "up" : "down";
  return { direction, difference, decimals, related: [...current.quantity.related, ...prior.quantity.related] };
}

// ---- comparisons, counts, nothing ------------------------------------------------------------------------------

function compareDirection(claim: CompareClaim): { direction: Direction; actual: Quantity; budget: Quantity } | Unchecked {
  const from = sheetOf(claim);
  const actual = valueOf(claim.actual, from);
  if (!actual.ok) return unchecked(actual);
  const budget = valueOf(claim.budget, from);
  if (!budget.ok) return unchecked(budget);
  const decimals = Math.max(actual.quantity.decimals, budget.quantity.decimals);
  const difference = roundTo(actual.quantity.point.minus(budget.quantity.point), decimals);
  const direction: Direction = difference.isZero() ? "flat" : difference.gt(0) ? "up" : "down";
  return { direction, actual: actual.quantity, budget: budget.quantity };
}

/**
 * Whether a comparison word stands: it agrees with the figures (持平 and 等于 alike), or with one of the other
 * budgets the paragraph states that "预算数" may mean. Unchecked when a figure is missing.
 */
export function comparisonStands(claim: CompareClaim): { stands: boolean; direction: Direction; actual: Quantity; budget: Quantity } | Unchecked {
  const result = compareDirection(claim);
  if ("unchecked" in result) return result;
  const fits = (direction: Direction) => direction === claim.direction || (direction === "flat" && claim.word === "等于");
  if (fits(result.direction)) return { stands: true, ...result };
  for (const budget of claim.alternatives ?? []) {
    const other = compareDirection({ ...claim, budget, alternatives: undefined });
    if (!("unchecked" in other) && fits(other.direction)) return { stands: true, ...result };
  }
  return { stands: false, ...result };
}

export function countAmount(claim: CountClaim): Quantity | Unchecked {
  const amount = valueOf(claim.amount, sheetOf(claim));
  return amount.ok ? amount.quantity : unchecked(amount);
}

export function noneValue(claim: NoneClaim): Quantity | Unchecked {
  const value = valueOf(claim.source, sheetOf(claim));
  return value.ok ? value.quantity : unchecked(value);
}
