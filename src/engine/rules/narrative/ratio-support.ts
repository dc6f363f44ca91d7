// Shares and budget rates are checked alike: the shown percentage against numerator ÷ denominator of the shown
// figures, 尾差 when the intervals meet (or when it is the ratio rounded more coarsely, 98.00% for 98.29%).
import { RatioClaim } from "../../narrative/claims";
import { checkRatioClaim, isVerdict } from "../../narrative/evaluate";
import { RuleContext } from "../../rule";
import { ROUNDING_NOTE, quoted, reportAt } from "./support";

/** Where the figures of a ratio came from, for the message: the sentence itself, 参考数据, or the tables. */
function basis(claim: RatioClaim): string {
  const kinds = [claim.numerator.kind, claim.denominator.kind];
  if (kinds.includes("stated")) return "按句中数字计算";
  if (kinds.includes("reference")) return "按报表和参考数据计算";
  return "按报表数计算";
}

export function reportRatio(context: RuleContext, claim: RatioClaim, what: string): void {
  const outcome = checkRatioClaim(claim);
  if (!isVerdict(outcome) || outcome.agreement === "exact") return;
  const base = { expected: outcome.expected, actual: outcome.actual, related: outcome.related, detail: outcome.detail };
  if (outcome.agreement === "rounding") {
    reportAt(context, claim, {
      ...base,
      severity: "rounding",
      message: `${quoted(claim)}：${basis(claim)}为 ${outcome.expected}，与所写 ${outcome.actual} 的差异在四舍五入范围内，${ROUNDING_NOTE}`,
    });
  } else {
    reportAt(context, claim, {
      ...base,
      severity: "error",
      message: `${quoted(claim)}：${claim.label ? `${claim.label}的` : ""}${what}应为 ${outcome.expected}，实为 ${outcome.actual}`,
    });
  }
}
