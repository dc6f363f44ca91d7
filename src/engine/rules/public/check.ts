// How the 公开 rules state an identity: "this figure = the sum of those". Classing, wording and fill offers are
// support.ts's (reportSum); this file adds what the tables know: which rule owns a derived cell, and the
// effective figures of blank derived cells (figures.ts). Also the one-sided check of plausibility rules.
import { Amount, formatFigure, showAmount } from "../../amount";
import { compareDecimals, Decimal, ZERO } from "../../decimal";
import { checkSum, sumShowsAs } from "../../rounding";
import { RuleContext } from "../../rule";
import { FigureCell, amountIn } from "../../tables";
import { isInvalid, relatedOf, reportSum } from "../support";
import { FigureRef, Figures } from "../../figures/figures";

interface IdentitySpec {
  target: FigureRef;
  parts: FigureRef[];
  /**
   * What the identity says, in Chinese: "合计应等于各类之和". A function when the wording takes work (a row's
   * label): most identities hold, and their wording is then never needed.
   */
  message: string | (() => string);
  failSeverity?: "error" | "warning";
  /** False for a second identity on a cell the rule fills by another formula (收入总计 = 支出总计). */
  fills?: boolean;
}

/**
 * Checks target = Σ parts. A blank target is offered for filling when this rule owns it; a blank target owned
 * by another rule waits for that fill (it is checked once it holds a figure). A missing target is skipped; a
 * missing part counts as blank.
 */
export function checkIdentity(context: RuleContext, figures: Figures, spec: IdentitySpec): void {
  const target = figures.cell(spec.target);
  if (!target) return;
  const derivation = figures.derivation(spec.target);
  // The rule stating the identity offers to fill the target when it owns it.
  const owned = spec.fills !== false && derivation?.rule === context.ruleId;
  // The fill a rule offers must be the value figures.ts gives the cell, or checks would use another one.
  if (owned && !sameRefs(derivation.parts, spec.parts)) {
    throw new Error(`规则 ${context.ruleId} 的公式与 ${spec.target.table} 表 ${spec.target.row}/${spec.target.column} 的派生公式不一致`);
  }
  if (!owned && target.state === "blank" && figures.effective(spec.target)?.state !== "blank") return;
  const cells = spec.parts.map((part) => figures.effective(part));
  // Most identities hold exactly: then nothing is reported, and the parts' rounding widths (worked out down the
  // whole hierarchy) are not needed. This is reportSum's own exact case, decided without them (a blank target
  // another rule fills, still blank after its fill, too).
  const fillsBlank = owned && target.state === "blank";
  if ((target.state === "amount" || (target.state === "blank" && !owned)) && holdsExactly(amountIn(target), cells, spec.parts)) {
    if (owned) context.derived?.(target);
    return;
  }
  // A blank target this rule fills takes the parts' sum as it is: their widths would only class a disagreement.
  const parts = spec.parts.map((part, i) => ({ cell: cells[i], sign: part.sign, halfWidth: fillsBlank ? undefined : figures.halfWidth(part) }));
  reportSum(context, {
    table: spec.target.table,
    target,
    parts,
    message: typeof spec.message === "string" ? spec.message : spec.message(),
    failSeverity: spec.failSeverity,
    fillable: owned,
    // The identity that derives the target is the one being checked: only a repeated figure brings its own width.
    targetHalfWidth: owned ? undefined : figures.halfWidth(spec.target),
  });
}

/**
 * checkSum(total, parts).agreement === "exact" (its sumShowsAs), in one pass over the cells: most of a check's identities end
 * here, and building checkSum's part list for each cost more than the sum itself. False when a part is unreadable.
 */
function holdsExactly(total: Amount | null, cells: (FigureCell | undefined)[], parts: FigureRef[]): boolean {
  let computed = ZERO;
  let partDecimals = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isInvalid(cell)) return false;
    const amount = amountIn(cell);
    if (!amount) continue;
    computed = parts[i].sign === -1 ? computed.minus(amount.value) : computed.plus(amount.value);
    if (amount.decimals > partDecimals) partDecimals = amount.decimals;
  }
  return sumShowsAs(total, computed, partDecimals);
}

function sameRefs(a: FigureRef[], b: FigureRef[]): boolean {
  return a.length === b.length && a.every((r, i) => sameRef(r, b[i]));
}

function sameRef(a: FigureRef, b: FigureRef): boolean {
  return a.table === b.table && a.row === b.row && a.column === b.column && (a.sign ?? 1) === (b.sign ?? 1);
}

interface AtMostSpec {
  target: FigureRef;
  /** The figure the target may not exceed. */
  bound: FigureRef;
  /** What the check says, in Chinese: "不应超过支出决算表同一科目的支出". */
  message: string;
}

/** The messages of checkAtMost, for the meta.messages of the plausibility rules built on it. */
export const AT_MOST_MESSAGES = {
  exceedsByRounding: "{{check}}：{{actual}} 比 {{bound}} 多 {{gap}}，属四舍五入尾差（四舍五入造成的尾数差异，可不处理）",
  exceeds: "{{check}}：{{actual}} 超过 {{bound}}，多 {{gap}}",
};

/**
 * Plausibility: target ≤ bound. Beyond the rounding of the two shown figures it is a warning; within it, a 尾差.
 * A blank bound (or a missing one) counts as 0.
 */
export function checkAtMost(context: RuleContext, figures: Figures, spec: AtMostSpec): void {
  const targetCell = figures.cell(spec.target);
  if (!targetCell || isInvalid(targetCell)) return;
  // A blank derived target waits for its fill (its owner offers it); a blank leaf is 0 and within any bound.
  if (targetCell.state === "blank") return;
  const bound = figures.effective(spec.bound);
  if (isInvalid(bound)) return;
  const targetAmount = amountIn(targetCell);
  const boundAmount = amountIn(bound);
  const targetValue = targetAmount ? targetAmount.value : new Decimal(0);
  const boundValue = boundAmount ? boundAmount.value : new Decimal(0);
  if (compareDecimals(targetValue, boundValue) <= 0) return;

  const result = checkSum(boundAmount, [{ amount: targetAmount }]);
  const decimals = Math.max(targetAmount?.decimals ?? 2, boundAmount?.decimals ?? 0);
  const gap = formatFigure(result.gap, decimals);
  const shownTarget = showAmount(targetAmount!);
  const shownBound = boundAmount ? showAmount(boundAmount) : formatFigure(new Decimal(0), decimals);
  const rounding = result.agreement !== "error";
  context.report({
    severity: rounding ? "rounding" : "warning",
    table: spec.target.table,
    sheet: targetCell.sheet,
    cell: targetCell.address,
    related: relatedOf(targetCell, [bound]),
    expected: shownBound,
    actual: shownTarget,
    messageId: rounding ? "exceedsByRounding" : "exceeds",
    data: { check: spec.message, actual: shownTarget, bound: shownBound, gap },
    detail: `${shownTarget} > ${shownBound}`,
  });
}
