// Shared reporting for identity rules: compare a shown figure with the sum of other shown figures and report
// it in the class domain.md §7 gives (exact: nothing; 尾差; error or warning), or offer a fill when the
// derived cell is blank. Rules describe identities; this file decides how a result is worded and classed.
import { formatFigure, showAmount } from "../amount";
import { Decimal, roundTo } from "../decimal";
import { fillFormat } from "../figures/fill-format";
import { Severity } from "../finding";
import { qualify } from "../grid";
import { checkSum, SumCheck } from "../rounding";
import { RuleContext } from "../rule";
import { amountIn, FigureCell, TableKind } from "../tables";

interface SignedCell {
  cell: FigureCell | undefined;
  sign?: 1 | -1;
  /** The part's rounding radius when it is wider than half its last digit (a total of other shown figures). */
  halfWidth?: Decimal;
}

interface SumSpec {
  table: TableKind;
  /** The shown figure the identity is about (a total, a repeated figure). */
  target: FigureCell | undefined;
  /** The figures it should equal the sum of. A missing cell (column absent) counts as blank. */
  parts: SignedCell[];
  /** What the identity says, in Chinese: "合计应等于各类之和". */
  message: string;
  /** Class of a failure beyond rounding: "error" for identities, "warning" for plausibility checks. */
  failSeverity?: Extract<Severity, "error" | "warning">;
  /** The target is a derived cell: when blank, offer to fill it instead of calling it wrong. */
  fillable?: boolean;
  /** The target's rounding radius when wider than half its last digit (a total of other shown figures). */
  targetHalfWidth?: Decimal;
}

export function isInvalid(cell: FigureCell | undefined): boolean {
  return cell?.state === "invalid";
}

export function isBlank(cell: FigureCell | undefined): boolean {
  return !cell || cell.state === "blank";
}

function signedTerms(parts: SignedCell[]): string {
  const terms: string[] = [];
  for (const part of parts) {
    const amount = amountIn(part.cell);
    if (!amount || amount.value.isZero()) continue;
    const shown = showAmount(amount);
    if (terms.length === 0) terms.push(part.sign === -1 ? `−${shown}` : shown);
    else terms.push(`${part.sign === -1 ? "−" : "+"} ${shown}`);
  }
  return terms.length ? terms.join(" ") : "0";
}

/** The cells a check was computed from, as findings name them relative to the target's sheet. */
export function relatedOf(target: FigureCell, cells: (FigureCell | undefined)[]): string[] {
  return cells.filter((c): c is FigureCell => !!c).map((c) => qualify(c.sheet, c.address, target.sheet));
}

/**
 * The messages of reportSum, for the meta.messages of every rule that states an identity through it: a blank
 * derived cell fill can fill, a 尾差, a disagreement beyond rounding.
 */
export const SUM_MESSAGES = {
  fillable: "{{identity}}：该单元格为空，可填充 {{value}}",
  rounding: "{{identity}}：相差 {{gap}}，属四舍五入尾差（四舍五入造成的尾数差异，可不处理）",
  mismatch: "{{identity}}：应为 {{expected}}，实为 {{actual}}，相差 {{gap}}",
};

/** Checks target = Σ parts and reports the result. Returns the check, or undefined when it could not run. */
export function reportSum(context: RuleContext, spec: SumSpec): SumCheck | undefined {
  const { target, parts } = spec;
  if (!target) return undefined;
  // An unreadable figure is reported once by input/invalid-figure; an identity built on it proves nothing.
  if (isInvalid(target) || parts.some((p) => isInvalid(p.cell))) return undefined;

  const targetAmount = amountIn(target);
  const result = checkSum(
    targetAmount,
    parts.map((p) => ({ amount: amountIn(p.cell), sign: p.sign, halfWidth: p.halfWidth })),
    spec.targetHalfWidth
  );

  // A formula that shows nothing (=IF(…,"",…)) is Excel's to compute: neither a fill nor a wrong figure.
  if (target.state === "blank" && target.formula) return undefined;
  if (spec.fillable) context.derived?.(target);
  if (target.state === "blank" && spec.fillable && result.computed.isZero()) return result;
  if (target.state !== "blank" && result.agreement === "exact") return result;

  // Only a finding needs the wording: most identities hold, and their cells are never named.
  if (target.state === "blank" && spec.fillable) {
    const related = relatedOf(target, parts.map((p) => p.cell));
    const terms = signedTerms(parts);
    const decimals = Math.max(result.decimals, 2);
    const value = roundTo(result.computed, decimals);
    const shown = formatFigure(value, decimals);
    context.report({
      severity: "info",
      table: spec.table,
      sheet: target.sheet,
      cell: target.address,
      related,
      expected: shown,
      actual: null,
      messageId: "fillable",
      data: { identity: spec.message, value: shown },
      detail: `${terms} = ${shown}`,
      fix: { kind: "number", sheet: target.sheet, cell: target.address, value, numFmt: fillFormat(target, decimals, false, parts.map((p) => p.cell)), shown },
    });
    return result;
  }

  if (result.agreement === "exact") return result;
  const related = relatedOf(target, parts.map((p) => p.cell));
  const terms = signedTerms(parts);
  const expected = formatFigure(result.computed, result.decimals);
  const actual = targetAmount ? showAmount(targetAmount) : formatFigure(new Decimal(0), result.decimals);
  const gap = formatFigure(result.gap, result.decimals);
  if (result.agreement === "rounding") {
    context.report({
      severity: "rounding",
      table: spec.table,
      sheet: target.sheet,
      cell: target.address,
      related,
      expected,
      actual,
      messageId: "rounding",
      data: { identity: spec.message, gap },
      detail: `${terms} = ${expected}`,
    });
  } else {
    context.report({
      severity: spec.failSeverity ?? "error",
      table: spec.table,
      sheet: target.sheet,
      cell: target.address,
      related,
      expected,
      actual,
      messageId: "mismatch",
      data: { identity: spec.message, expected, actual, gap },
      detail: `${terms} = ${expected}`,
    });
  }
  return result;
}

/** Checks that two shown figures are equal (one figure repeated in two places). */
export function reportEqual(
  context: RuleContext,
  spec: Omit<SumSpec, "parts"> & { source: FigureCell | undefined }
): SumCheck | undefined {
  return reportSum(context, { ...spec, parts: [{ cell: spec.source }] });
}
