// A rate on a zero base says nothing: "完成预算的 0.00%" when there was no budget, "增长 X%" from nothing, a share of
// a zero total. Worth a second look, not an error: some templates require a figure there.
import { showAmount } from "../../amount";
import { RatioClaim } from "../../narrative/claims";
import { checkChangeRate, checkRatioClaim, isVerdict, ratioValue } from "../../narrative/evaluate";
import { Rule } from "../../rule";
import { claimsOf, quoted, reportAt } from "./support";

/** "…；所写 95.89% 是对全年预算的完成率（307.82 ÷ 321.02 = 95.89%）" when the sentence's 全年预算 gives the rate. */
function otherBudget(claim: RatioClaim): string {
  if (!claim.alternative || !claim.figure.amount) return "";
  const rate = checkRatioClaim({ ...claim, denominator: claim.alternative, alternative: undefined });
  if (!isVerdict(rate) || rate.agreement === "error") return "";
  return `；所写 ${showAmount(claim.figure.amount)} 是支出决算对全年预算的完成率（${rate.detail}），应写“完成全年预算的 ${showAmount(claim.figure.amount)}”`;
}

export const narrativeZeroBase: Rule = {
  meta: {
    id: "narrative/zero-base",
    severity: "warning",
    title: "情况说明中以零为基数的比率",
    titleEn: "Narrative rate on a zero base",
    docs: "预算数为 0 时写“完成预算的 X%”、上年数为 0 时写“增长 X%”等，比率无从计算，请改为文字说明。",
  },
  check(context) {
    for (const claim of claimsOf(context, "ratio")) {
      if (!claim.figure.amount) continue;
      const value = ratioValue(claim);
      if (!("unchecked" in value) || value.unchecked !== "zero-base") continue;
      const base = claim.role === "budget" ? `${claim.label}预算数` : "基数";
      reportAt(context, claim, {
        severity: "warning",
        expected: null,
        actual: showAmount(claim.figure.amount),
        related: value.related,
        message: `${quoted(claim)}：${base}为 0，以零为基数的比率无从计算，建议改写（如“未安排预算”）${otherBudget(claim)}`,
      });
    }
    for (const claim of claimsOf(context, "change")) {
      if (!claim.rate?.figure.amount) continue;
      const outcome = checkChangeRate(claim);
      if (!("unchecked" in outcome) || outcome.unchecked !== "zero-base") continue;
      reportAt(context, claim, {
        severity: "warning",
        expected: null,
        actual: showAmount(claim.rate.figure.amount),
        related: outcome.related,
        message: `${quoted(claim)}：${claim.label}上年数为 0，以零为基数的增长率无从计算，建议改写`,
      });
    }
  },
};
