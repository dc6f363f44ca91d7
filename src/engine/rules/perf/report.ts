// How the performance rules report: a derived figure (执行率, 完成程度, 得分) in its class with its arithmetic, a
// score total against the exact sum of its scores, and a fill for a blank derived cell written like its column.
import { Amount, amountOf, formatFigure, formatShape, numberFormatFor, showAmount } from "../../amount";
import { Decimal, halfUnit, roundTo, ZERO } from "../../decimal";
import { checkDerived } from "../../rounding";
import { RuleContext } from "../../rule";
import { FigureCell, amountIn } from "../../tables";
import { isInvalid } from "../support";
import { Derivation } from "./derive";
import { PerfKind, relatedCells, showNumber } from "./support";

export interface FillShape {
  /** Decimals the value shows with (a ratio's: 98.29% → 4). */
  decimals: number;
  /** Decimals the value is rounded to, when fewer than it shows (whole percent shown as 98.00%). */
  roundDecimals?: number;
  percent: boolean;
  /** Drop trailing zeros: 1 not 1.00, 0.9 not 0.90 (completion and scores, as the sheets show them). */
  natural?: boolean;
  /** The number format of the column's other cells, when they have one. */
  numFmt?: string;
}

/** The shape of a percentage column from its other cells: "0.00%" unless they show another. */
export function percentShape(siblings: (FigureCell | undefined)[], decimals: number): FillShape {
  for (const cell of siblings) {
    const amount = amountIn(cell);
    if (!amount || !amount.percent) continue;
    const shape = formatShape(cell!.numFmt);
    return { decimals: amount.decimals, percent: true, numFmt: shape.percent ? cell!.numFmt : undefined };
  }
  return { decimals, percent: true };
}

/** The shape of the 完成程度 column: percentages if the others are ("100%"), else a number such as 0.31. */
export function completionShape(siblings: (FigureCell | undefined)[]): FillShape {
  const percent = siblings.some((cell) => amountIn(cell)?.percent);
  return percent ? percentShape(siblings, 2) : { decimals: 2, percent: false, natural: true };
}

interface PlannedFill {
  value: Decimal;
  decimals: number;
  percent: boolean;
  numFmt: string;
  shown: string;
}

/** What fill writes into a blank cell: in the cell's own number format when it has a fitting one, else the column's. */
function planFill(cell: FigureCell, computed: Decimal, shape: FillShape): PlannedFill {
  const own = formatShape(cell.numFmt);
  const ownFits = !own.general && own.percent === shape.percent;
  const display = ownFits ? (own.percent ? own.decimals + 2 : own.decimals) : shape.decimals;
  const value = roundTo(computed, Math.min(shape.roundDecimals ?? display, display));
  const decimals = shape.natural && !ownFits ? Math.min(value.decimalPlaces(), display) : display;
  const numFmt = ownFits ? cell.numFmt : shape.numFmt ?? numberFormatFor(decimals, shape.percent);
  return { value, decimals, percent: shape.percent, numFmt, shown: formatFigure(value, decimals, shape.percent) };
}

/** The amount a blank derived cell will show once filled. */
export function filledAmount(cell: FigureCell, computed: Decimal, shape: FillShape): Amount {
  const filled = planFill(cell, computed, shape);
  return amountOf(filled.value, filled.decimals, filled.percent);
}

/** A report's message: an id of the rule's meta.messages and the values of its placeholders. */
interface MessageOf {
  messageId: string;
  data: Record<string, string>;
}

interface FillSpec {
  table: PerfKind;
  target: FigureCell;
  related: string[];
  subject: string;
  /** How the value comes about, for the message: "1.6 × 0.31", or what a total equals ("各指标得分之和"). */
  how: string;
  /** The arithmetic in full (a total's terms), for the detail. */
  detail?: string;
  value: Decimal;
  shape: FillShape;
}

/**
 * The messages of a blank derived cell fill can fill (reportDerived with a fill shape, reportScoreSum): the value
 * and how it comes about; just the value when there is nothing to say how (a total of blank parts).
 */
export const FILL_MESSAGES = {
  fillable: "{{subject}}为空，可填充 {{value}}（{{how}}）",
  fillableValue: "{{subject}}为空，可填充 {{value}}",
};

/** A blank derived cell is not an error: one info finding with the value fill would write. */
function reportFill(context: RuleContext, spec: FillSpec): void {
  const { target } = spec;
  const filled = planFill(target, spec.value, spec.shape);
  const shown = filled.shown;
  const message: MessageOf = spec.how
    ? { messageId: "fillable", data: { subject: spec.subject, value: shown, how: spec.how } }
    : { messageId: "fillableValue", data: { subject: spec.subject, value: shown } };
  context.report({
    severity: "info",
    table: spec.table,
    sheet: target.sheet,
    cell: target.address,
    related: spec.related,
    expected: shown,
    actual: null,
    ...message,
    detail: spec.detail,
    fix: {
      kind: "number",
      sheet: target.sheet,
      cell: target.address,
      value: filled.value,
      numFmt: filled.numFmt,
      shown,
    },
  });
}

// ---- Reporting a derived figure ---------------------------------------------------------------------------

/**
 * The messages of reportDerived, for the meta.messages of every rule that checks a derived figure through it: a
 * 尾差 the rounding of the inputs explains, or one of a figure shown with fewer decimals; a wrong figure, with the
 * derivation's reason (反向指标) when it has one. A rule that offers fills adds FILL_MESSAGES.
 */
export const DERIVED_MESSAGES = {
  roundingInRange: "{{subject}}为 {{arithmetic}}，表中为 {{actual}}，在所用数字四舍五入的范围内（{{lo}}～{{hi}}），属四舍五入尾差（可不处理）",
  roundingCoarser: "{{subject}}为 {{arithmetic}}，表中为 {{actual}}，表中按更少的小数位取整后补零显示（{{computed}} → {{coarse}}），属四舍五入尾差（可不处理）",
  mismatch: "{{subject}}应为 {{arithmetic}}，实为 {{actual}}",
  mismatchWhy: "{{subject}}应为 {{arithmetic}}（{{why}}），实为 {{actual}}",
};

interface DerivedSpec {
  table: PerfKind;
  /** The shown figure checked. */
  target: FigureCell | undefined;
  /** The figure as compared, when the cell's amount needs reading (a rate as a ratio); default: the cell's. */
  shown?: Amount | null;
  /** The cells it was computed from (related; an invalid one stops the check). */
  inputs: (FigureCell | undefined)[];
  /** Names the figure: "项目“招商引资专项经费”：执行率". */
  subject: string;
  derivation: Derivation | undefined;
  /** A derived cell: when blank, offer to fill it with this shape. */
  fill?: FillShape;
  failSeverity?: "error" | "warning";
  /**
   * The rule's own message for a figure shown more coarsely than its decimals (98.00% for 98.29%), when it can say
   * why (a setting); undefined: roundingCoarser. The message gets roundingCoarser's data.
   */
  coarserMessageId?: (coarse: string) => string | undefined;
  /** Decimals at least to tell the computed value with (a 完成值 100 is compared with 87.84). */
  minExpectedDecimals?: number;
}

function coarseForm(shown: Amount, point: Decimal): string {
  const coarsest = shown.percent ? 2 : 0;
  for (let d = coarsest; d < shown.decimals; d++) {
    if (roundTo(point, d).eq(shown.value)) return formatFigure(shown.value, d, shown.percent);
  }
  return showAmount(shown);
}

/** Checks a shown figure against its derivation and reports it in its class; offers a fill when it is blank. */
export function reportDerived(context: RuleContext, spec: DerivedSpec): void {
  const { target, derivation } = spec;
  if (!target) return;
  if (spec.fill) context.derived?.(target);
  if (isInvalid(target) || spec.inputs.some(isInvalid) || !derivation) return;

  if (target.state === "blank") {
    if (!spec.fill) return;
    const related = relatedCells(target, spec.inputs);
    const shown = planFill(target, derivation.point, spec.fill).shown;
    // A value rounded more coarsely than it shows (whole percent) says so: 162.71 ÷ 165.54 = 98.29%，取整为 98.00%.
    const unrounded = planFill(target, derivation.point, { ...spec.fill, roundDecimals: undefined }).shown;
    const result = unrounded === shown ? shown : `${unrounded}，按整数百分比取整为 ${shown}`;
    reportFill(context, {
      table: spec.table,
      target,
      related,
      subject: spec.subject,
      how: derivation.formula ? `${derivation.formula} = ${result}` : derivation.why ?? "",
      detail: derivation.formula ? `${derivation.formula} = ${unrounded}` : undefined,
      value: derivation.point,
      shape: spec.fill,
    });
    return;
  }
  const shown = spec.shown ?? amountIn(target);
  if (!shown) return;
  const check = checkDerived(shown, derivation.point, derivation.range);
  if (check.agreement === "exact") return;
  const related = relatedCells(target, spec.inputs);

  // An exact score is told as it is (0.8, 12.5); a ratio as the sheet shows it (94.58%).
  const expectedDecimals = derivation.exact
    ? Math.min(derivation.point.decimalPlaces(), 4)
    : Math.max(shown.decimals, spec.minExpectedDecimals ?? 0);
  const expected = formatFigure(roundTo(derivation.point, expectedDecimals), expectedDecimals, shown.percent);
  const actual = showAmount(shown);
  const arithmetic = derivation.formula ? `${derivation.formula} = ${expected}` : expected;
  // The detail carries two more decimals than the figure shows, so the reader sees where the rounding went.
  const precise = derivation.exact
    ? showNumber(derivation.point)
    : formatFigure(roundTo(derivation.point, expectedDecimals + 2), expectedDecimals + 2, shown.percent);
  const detail = derivation.formula ? `${derivation.formula} = ${precise}` : derivation.why;
  const base = { table: spec.table, sheet: target.sheet, cell: target.address, related, expected, actual, detail };

  if (check.agreement === "rounding") {
    if (check.coarser) {
      const coarse = coarseForm(shown, derivation.point);
      context.report({
        ...base,
        severity: "rounding",
        messageId: spec.coarserMessageId?.(coarse) ?? "roundingCoarser",
        data: { subject: spec.subject, arithmetic, actual, computed: expected, coarse },
      });
    } else {
      const lo = formatFigure(derivation.range.lo, expectedDecimals, shown.percent);
      const hi = formatFigure(derivation.range.hi, expectedDecimals, shown.percent);
      context.report({ ...base, severity: "rounding", messageId: "roundingInRange", data: { subject: spec.subject, arithmetic, actual, lo, hi } });
    }
    return;
  }
  const why = derivation.why;
  const message: MessageOf = why
    ? { messageId: "mismatchWhy", data: { subject: spec.subject, arithmetic, why, actual } }
    : { messageId: "mismatch", data: { subject: spec.subject, arithmetic, actual } };
  context.report({ ...base, severity: spec.failSeverity ?? "error", ...message });
}

// ---- Reporting a score total ------------------------------------------------------------------------------

export interface ScorePart {
  cell: FigureCell | undefined;
  /** The score as the sheet has it, or will once filled; null: blank (0); undefined: not known (invalid). */
  value: Amount | null | undefined;
  sign?: 1 | -1;
  /** The shown score is itself a rounding (9.28 for 9.281): it adds its half-unit to the tolerance. */
  rounded?: boolean;
}

interface ScoreSumSpec {
  table: PerfKind;
  target: FigureCell | undefined;
  parts: ScorePart[];
  /** Names the total: "项目“X”：指标自评得分小计". */
  subject: string;
  /** What it should equal, for the message's “应等于…” and a fill's “（…）”: "各指标得分之和". */
  equals: string;
  /** Offer a fill when blank, with at most this many decimals (the sheets show totals with two). */
  fillDecimals?: number;
}

function terms(parts: ScorePart[]): string {
  const shown: string[] = [];
  for (const part of parts) {
    if (!part.value) continue;
    const text = showAmount(part.value);
    if (shown.length === 0) shown.push(part.sign === -1 ? `−${text}` : text);
    else shown.push(`${part.sign === -1 ? "−" : "+"} ${text}`);
  }
  return shown.length ? shown.join(" ") : "0";
}

/** The exact sum of the parts, or undefined when one of them is not known. */
export function scoreSum(parts: ScorePart[]): Decimal | undefined {
  let sum = ZERO;
  for (const part of parts) {
    if (part.value === undefined) return undefined;
    if (part.value) sum = part.sign === -1 ? sum.minus(part.value.value) : sum.plus(part.value.value);
  }
  return sum;
}

/**
 * The messages of reportScoreSum, for the meta.messages of the score-total rules: a fill, a 尾差 within the
 * rounding of rounded scores, a wrong total.
 */
export const SCORE_SUM_MESSAGES = {
  fillable: FILL_MESSAGES.fillable,
  sumRounding: "{{subject}}应等于{{equals}}：应为 {{expected}}，表中为 {{actual}}，相差 {{gap}}，在得分四舍五入的范围内，属四舍五入尾差（可不处理）",
  sumMismatch: "{{subject}}应等于{{equals}}：应为 {{expected}}，实为 {{actual}}，相差 {{gap}}",
};

/** Checks a score total against the exact sum of its parts and reports it in its class. */
export function reportScoreSum(context: RuleContext, spec: ScoreSumSpec): void {
  const { target, parts } = spec;
  if (!target) return;
  if (spec.fillDecimals !== undefined) context.derived?.(target);
  if (isInvalid(target) || parts.some((p) => isInvalid(p.cell))) return;
  const computed = scoreSum(parts);
  if (computed === undefined) return;
  // The wording is worked out only for a finding: most totals agree.
  const related = () => relatedCells(target, parts.map((p) => p.cell));
  const arithmetic = () => terms(parts);

  if (target.state === "blank") {
    if (spec.fillDecimals === undefined || parts.every((p) => !p.value)) return;
    reportFill(context, {
      table: spec.table,
      target,
      related: related(),
      subject: spec.subject,
      how: spec.equals,
      detail: `${arithmetic()} = ${showNumber(computed)}`,
      value: computed,
      shape: { decimals: spec.fillDecimals, percent: false, natural: true },
    });
    return;
  }
  const shown = amountIn(target);
  if (!shown) return;
  if (roundTo(computed, shown.decimals).eq(shown.value)) return;

  let tolerance = halfUnit(shown.decimals);
  // Typed scores are exact; only a score shown rounded (9.28 for 9.281) widens what rounding explains.
  for (const part of parts) {
    if (part.rounded && part.value && !part.value.value.isZero()) tolerance = tolerance.plus(halfUnit(part.value.decimals));
  }
  const gapValue = shown.value.minus(computed).abs();
  const decimals = Math.max(shown.decimals, Math.min(computed.decimalPlaces(), 4));
  const expected = formatFigure(roundTo(computed, decimals), decimals);
  const actual = showAmount(shown);
  const gap = showNumber(gapValue);
  const base = {
    table: spec.table,
    sheet: target.sheet,
    cell: target.address,
    related: related(),
    expected,
    actual,
    detail: `${arithmetic()} = ${showNumber(computed)}`,
  };
  const data = { subject: spec.subject, equals: spec.equals, expected, actual, gap };
  if (gapValue.lte(tolerance)) {
    context.report({ ...base, severity: "rounding", messageId: "sumRounding", data });
    return;
  }
  context.report({ ...base, severity: "error", messageId: "sumMismatch", data });
}

// ---- A derived figure that cannot be worked out ------------------------------------------------------------

/**
 * A shown figure whose derivation has no value (a 执行率 over a blank or zero 预算数): 信息 at the cell, saying why,
 * so that it is accounted for rather than passed over. A zero or a blank shown there needs no word. The message is
 * the rule's own ("{{subject}}无法核对：预算数为空或为 0…"): the reason is the rule's to give.
 */
export function reportUncomputable(context: RuleContext, spec: { table: PerfKind; target: FigureCell | undefined; inputs: (FigureCell | undefined)[]; subject: string; messageId: string }): void {
  const { target } = spec;
  const shown = amountIn(target);
  if (!target || !shown || shown.value.isZero() || spec.inputs.some(isInvalid)) return;
  context.report({
    severity: "info",
    table: spec.table,
    sheet: target.sheet,
    cell: target.address,
    related: relatedCells(target, spec.inputs),
    expected: null,
    actual: showAmount(shown),
    messageId: spec.messageId,
    data: { subject: spec.subject },
  });
}
