// What each derived figure of a performance sheet is — the shown one, or the value fill will write when it is
// blank — so that a check built on a blank derived cell uses what the cell will hold, and fill needs one click.
import { Amount, amountOf } from "../../amount";
import { Decimal, roundTo, sameDecimal } from "../../decimal";
import { memoOn } from "../../memo";
import { PerfFundRow, PerfIndicator, PerfProjectSheet, PerfSheet, PerfTask, PerfUnitSheet } from "../../perf/types";
import { checkDerived, Interval } from "../../rounding";
import { Settings } from "../../rule";
import { FigureCell, amountIn } from "../../tables";
import { isInvalid } from "../support";
import { asCompletion, asRatio, deriveCompletion, Derivation, deriveProduct, deriveRatio, ONE, pointInterval } from "./derive";
import { completionShape, filledAmount, FillShape, percentShape, ScorePart, scoreSum } from "./report";
import { showNumber } from "./support";
import { taskSums } from "./task-sums";

/** Totals and the 预算执行率得分 are written with at most two decimals, as the sheets show them (94.14, 9.28). */
export const TOTAL_SHAPE: FillShape = { decimals: 2, percent: false, natural: true };

/** A score is written as exact as it is (0.496), up to four decimals. */
export const SCORE_SHAPE: FillShape = { decimals: 4, percent: false, natural: true };

/** A figure as the next checks use it: the shown one, or the value fill will write when it is blank. */
interface Effective {
  /** null: blank and not fillable (counts 0); undefined: unknown (an invalid figure, a missing column). */
  value: Amount | null | undefined;
  derivation?: Derivation;
  /** The shown figure agrees with its derivation (exactly or in rounding). */
  consistent: boolean;
  /** The shown figure differs from the exact value it stands for (a rounded score). */
  rounded: boolean;
}

const UNKNOWN: Effective = { value: undefined, consistent: false, rounded: false };

function effectiveOf(
  cell: FigureCell | undefined,
  read: (amount: Amount) => Amount,
  derivation: Derivation | undefined,
  shape: FillShape
): Effective {
  if (!cell || isInvalid(cell)) return UNKNOWN;
  const shown = amountIn(cell);
  if (shown) {
    const value = read(shown);
    const consistent = derivation ? checkDerived(value, derivation.point, derivation.range).agreement !== "error" : true;
    // Rounded: agrees with its derivation only through rounding (9.28 for 9.281), not a wrong figure.
    const rounded = derivation ? consistent && !sameDecimal(value.value, derivation.point) : false;
    return { value, derivation, consistent, rounded };
  }
  if (!derivation) return { value: null, consistent: true, rounded: false };
  return { value: filledAmount(cell, derivation.point, shape), derivation, consistent: true, rounded: false };
}

/**
 * What the rules of a run work out per indicator, kept per recognised sheet: the score rules, the 小计 and the
 * totals all need every indicator's 完成程度 and score, and the 完成程度 column's shape is the whole column's.
 */
interface SheetMemo {
  completionShape?: FillShape;
  completions: Map<PerfIndicator, Effective & { shape: FillShape }>;
  scoreDerivations: Map<PerfIndicator, Derivation | undefined>;
}

const MEMO = Symbol("perf values");

function memoOf(sheet: PerfSheet): SheetMemo {
  return memoOn(sheet, MEMO, newSheetMemo);
}

// Named, not an arrow in memoOf: each call would otherwise make a new closure.
function newSheetMemo(): SheetMemo {
  return { completions: new Map(), scoreDerivations: new Map() };
}

/** The 完成程度 as the shown figure (a ratio), or as fill will write it. */
export function completionOf(indicator: PerfIndicator, sheet: PerfSheet): Effective & { shape: FillShape } {
  const memo = memoOf(sheet);
  let completion = memo.completions.get(indicator);
  if (!completion) {
    const shape = (memo.completionShape ??= completionShape(sheet.indicators.map((i) => i.completion)));
    completion =
      sheet.completionDerived && !indicator.completion
        ? { ...impliedCompletion(indicator), shape }
        : { ...effectiveOf(indicator.completion, asCompletion, deriveCompletion(indicator), shape), shape };
    memo.completions.set(indicator, completion);
  }
  return completion;
}

/**
 * The 完成程度 of a form without that column (the national forms): worked out from 年度指标值 and 实际完成值 and
 * taken to two decimals, as the provincial column shows it (5 ÷ 15.88 → 0.31) — the score is 分值 × 0.31, and
 * 分值 × the unrounded ratio is a 尾差 of it.
 */
function impliedCompletion(indicator: PerfIndicator): Effective {
  const derivation = deriveCompletion(indicator);
  if (!derivation) return UNKNOWN;
  return { value: amountOf(roundTo(derivation.point, 2), 2), derivation, consistent: true, rounded: false };
}

/** The 完成程度 a score was computed from, for its message: "5 ÷ 15.88 ≈ 0.31，反向指标". */
export function impliedCompletionWords(indicator: PerfIndicator, sheet: PerfSheet): string | undefined {
  if (!sheet.completionDerived || indicator.completion) return undefined;
  const completion = completionOf(indicator, sheet);
  if (!completion.value || !completion.derivation) return undefined;
  const shown = showNumber(completion.value.value);
  const { formula, why } = completion.derivation;
  const arithmetic = formula ? `${formula} ${sameDecimal(completion.derivation.point, completion.value.value) ? "=" : "≈"} ${shown}` : shown;
  return `完成程度 ${arithmetic}${why ? `，${why}` : ""}`;
}

/**
 * What a score's factor may have been: the shown 完成程度 or 执行率, or — when that agrees with its derivation —
 * the unrounded value it was rounded from (1.6 × 0.3149 = 0.504 is a 尾差 of 1.6 × 0.31 = 0.496).
 */
function factorRange(factor: Effective): Interval | undefined {
  return factor.consistent && factor.derivation ? pointInterval(factor.derivation.point) : undefined;
}

/** 得分 = 分值 × 完成程度 for an indicator. */
export function indicatorScoreDerivation(indicator: PerfIndicator, sheet: PerfSheet): Derivation | undefined {
  const memo = memoOf(sheet);
  if (memo.scoreDerivations.has(indicator)) return memo.scoreDerivations.get(indicator);
  const derivation = deriveIndicatorScore(indicator, sheet);
  memo.scoreDerivations.set(indicator, derivation);
  return derivation;
}

function deriveIndicatorScore(indicator: PerfIndicator, sheet: PerfSheet): Derivation | undefined {
  if (!indicator.points || isInvalid(indicator.points)) return undefined;
  const completion = completionOf(indicator, sheet);
  // A blank 完成程度 that cannot be derived (a qualitative indicator) leaves nothing to score from.
  if (!completion.value) return undefined;
  return deriveProduct(amountIn(indicator.points), completion.value, factorRange(completion), ONE);
}

function indicatorScoreOf(indicator: PerfIndicator, sheet: PerfSheet): Effective {
  return effectiveOf(indicator.score, (a) => a, indicatorScoreDerivation(indicator, sheet), SCORE_SHAPE);
}

/** The 年度主要任务 合计 row's 预算数 and 执行数 (万元) are written with two decimals. */
export const MONEY_SHAPE: FillShape = { decimals: 2, percent: false };

/**
 * The 合计 row's 执行率 = its 执行数 ÷ its 预算数; a blank 执行数 or 预算数 is the tasks' sum fill writes there, so a
 * check offers the rate fill will write, as it offers a 合计 over blank 款 on the 公开 tables.
 */
export function taskTotalRateDerivation(sheet: PerfUnitSheet): Derivation | undefined {
  const total = sheet.taskTotal;
  if (!total || isInvalid(total.spent) || isInvalid(total.issued)) return undefined;
  const sums = taskSums(sheet);
  const asShown = (cell: FigureCell | undefined, sum: Decimal | undefined) =>
    amountIn(cell) ?? (cell && sum ? filledAmount(cell, sum, MONEY_SHAPE) : null);
  return deriveRatio(asShown(total.spent, sums?.spent.value), asShown(total.issued, sums?.issued.value));
}

/** The shape of a 项目执行率 fill on a 整体 sheet: like the column, whole percent when the setting says so. */
export function taskRateShape(sheet: PerfUnitSheet, settings: Settings): FillShape {
  const shape = percentShape(sheet.tasks.map((t) => t.rate), 4);
  return settings.wholePercentExecutionRate ? { ...shape, roundDecimals: 2 } : shape;
}

const RATE = Symbol("rate derivation");

export function taskRateDerivation(task: PerfTask): Derivation | undefined {
  // The rate, its score and the sheet's total all start from it: divided once per task.
  return memoOn(task, RATE, () => (isInvalid(task.issued) || isInvalid(task.spent) ? undefined : deriveRatio(amountIn(task.spent), amountIn(task.issued))));
}

function taskRateOf(task: PerfTask, sheet: PerfUnitSheet, settings: Settings): Effective {
  return effectiveOf(task.rate, asRatio, taskRateDerivation(task), taskRateShape(sheet, settings));
}

/** A task's 得分 = 分值 × 项目执行率 (as shown; at most 100%). */
export function taskScoreDerivation(task: PerfTask, sheet: PerfUnitSheet, settings: Settings): Derivation | undefined {
  if (!task.points || isInvalid(task.points)) return undefined;
  const rate = taskRateOf(task, sheet, settings);
  if (rate.value === undefined) return undefined;
  return deriveProduct(amountIn(task.points), rate.value, factorRange(rate), ONE);
}

function taskScoreOf(task: PerfTask, sheet: PerfUnitSheet, settings: Settings): Effective {
  return effectiveOf(task.score, (a) => a, taskScoreDerivation(task, sheet, settings), SCORE_SHAPE);
}

export function projectRateDerivation(sheet: PerfProjectSheet): Derivation | undefined {
  return memoOn(sheet, RATE, () => (isInvalid(sheet.budget) || isInvalid(sheet.spent) ? undefined : deriveRatio(amountIn(sheet.spent), amountIn(sheet.budget))));
}

export function projectRateShape(sheet: PerfProjectSheet): FillShape {
  return percentShape([sheet.rate], 4);
}

function projectRateOf(sheet: PerfProjectSheet): Effective {
  return effectiveOf(sheet.rate, asRatio, projectRateDerivation(sheet), projectRateShape(sheet));
}

/** The points 预算执行率 is worth: the 资金 block's 分值 where the sheet shows one (national form), else the setting. */
function ratePointsOf(sheet: PerfProjectSheet, settings: Settings): Amount {
  const shown = amountIn(sheet.ratePoints);
  return shown ?? amountOf(settings.executionRatePoints, 0);
}

/** 预算执行率得分 = points × 执行率, at most the points (10 or 20, by the province's rules). */
export function rateScoreDerivation(sheet: PerfProjectSheet, settings: Settings): Derivation | undefined {
  const rate = projectRateOf(sheet);
  if (rate.value === undefined || isInvalid(sheet.ratePoints)) return undefined;
  const points = ratePointsOf(sheet, settings);
  return deriveProduct(points, rate.value, factorRange(rate), ONE);
}

function rateScoreOf(sheet: PerfProjectSheet, settings: Settings): Effective {
  return effectiveOf(sheet.rateScore, (a) => a, rateScoreDerivation(sheet, settings), TOTAL_SHAPE);
}

/** The indicator scores of a sheet as parts of a total. */
export function indicatorScoreParts(sheet: PerfSheet): ScorePart[] {
  return sheet.indicators.map((indicator) => {
    const score = indicatorScoreOf(indicator, sheet);
    return { cell: indicator.score, value: score.value, rounded: score.rounded };
  });
}

export function taskScoreParts(sheet: PerfUnitSheet, settings: Settings): ScorePart[] {
  return sheet.tasks.map((task) => {
    const score = taskScoreOf(task, sheet, settings);
    return { cell: task.score, value: score.value, rounded: score.rounded };
  });
}

/** 指标自评得分小计 as shown, or the sum of the scores fill will write. */
function subtotalOf(sheet: PerfProjectSheet): Effective {
  const cell = sheet.subtotal;
  if (!cell || isInvalid(cell)) return UNKNOWN;
  const sum = scoreSum(indicatorScoreParts(sheet));
  const shown = amountIn(cell);
  if (shown) {
    const rounded = sum !== undefined && !shown.value.eq(sum) && roundTo(sum, shown.decimals).eq(shown.value);
    return { value: shown, consistent: true, rounded };
  }
  if (sum === undefined) return UNKNOWN;
  return { value: filledAmount(cell, sum, TOTAL_SHAPE), consistent: true, rounded: false };
}

const FUND_RATE = Symbol("fund rate derivation");

/** A 资金 row's 执行率 = 全年执行数 ÷ 全年预算数 (÷ 年初预算数 when the form has only that). */
export function fundRateDerivation(fund: PerfFundRow): Derivation | undefined {
  return memoOn(fund, FUND_RATE, () => {
    const budget = fund.budget ?? fund.yearStart;
    return isInvalid(fund.spent) || isInvalid(budget) ? undefined : deriveRatio(amountIn(fund.spent), amountIn(budget));
  });
}

function fundRateOf(fund: PerfFundRow): Effective {
  return effectiveOf(fund.rate, asRatio, fundRateDerivation(fund), percentShape([fund.rate], 4));
}

/** A 整体 sheet's 资金 得分 = 分值 × 执行率 (at most the 分值), where its row shows a 分值. */
export function fundScoreDerivation(fund: PerfFundRow): Derivation | undefined {
  if (!fund.points || isInvalid(fund.points)) return undefined;
  const rate = fundRateOf(fund);
  if (rate.value === undefined) return undefined;
  return deriveProduct(amountIn(fund.points), rate.value, factorRange(rate), ONE);
}

/** The 资金 block's 得分 on a 整体 sheet (national form), where it shows one: part of the 总分. */
function fundScoreParts(sheet: PerfUnitSheet): ScorePart[] {
  return (sheet.funds ?? [])
    .filter((fund) => fund.total && fund.score)
    .map((fund) => {
      const score = effectiveOf(fund.score, (a) => a, fundScoreDerivation(fund), TOTAL_SHAPE);
      return { cell: fund.score, value: score.value, rounded: score.rounded };
    });
}

/**
 * The parts of a project sheet's 绩效自评总得分: 小计 + 预算执行率得分 − 减分项; on the national form, which has no 小计,
 * its 总分 is built on the indicators' scores themselves (− 减分项 where it has one).
 */
export function projectTotalParts(sheet: PerfProjectSheet, settings: Settings): { parts: ScorePart[]; national: boolean } {
  const rateScore = rateScoreOf(sheet, settings);
  const rateScorePart = { cell: sheet.rateScore, value: rateScore.value, rounded: rateScore.rounded };
  const deduction = { cell: sheet.deduction, value: isInvalid(sheet.deduction) ? undefined : amountIn(sheet.deduction), sign: -1 as const };
  const national = !sheet.subtotal && (sheet.funds !== undefined || sheet.totalPoints !== undefined);
  if (national) return { parts: [...indicatorScoreParts(sheet), rateScorePart, ...(sheet.deduction ? [deduction] : [])], national };
  const subtotal = subtotalOf(sheet);
  return { parts: [{ cell: sheet.subtotal, value: subtotal.value, rounded: subtotal.rounded }, rateScorePart, deduction], national };
}

/** The parts of a 整体 sheet's 总评价得分 (总分): the 资金 block's 得分, the tasks' and the indicators' scores. */
export function unitTotalParts(sheet: PerfUnitSheet, settings: Settings): ScorePart[] {
  return [...fundScoreParts(sheet), ...taskScoreParts(sheet, settings), ...indicatorScoreParts(sheet)];
}

/**
 * A blank 总得分 / 总评价得分 holding what fill writes there (reportScoreSum's fill: the exact sum of its parts, with
 * at most two decimals), for the narrative sentences that restate it; undefined when fill leaves the cell as it is.
 */
export function totalAsFilled(sheet: PerfSheet, settings: Settings): FigureCell | undefined {
  const cell = sheet.total;
  if (!cell || cell.state !== "blank") return undefined;
  const parts = sheet.kind === "perf-project" ? projectTotalParts(sheet, settings).parts : unitTotalParts(sheet, settings);
  if (parts.some((part) => isInvalid(part.cell)) || parts.every((part) => !part.value)) return undefined;
  const sum = scoreSum(parts);
  return sum === undefined ? undefined : { ...cell, state: "amount", amount: filledAmount(cell, sum, TOTAL_SHAPE) };
}
