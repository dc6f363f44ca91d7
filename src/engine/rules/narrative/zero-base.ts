// A rate on a zero base says nothing: "完成预算的 0.00%" when there was no budget, "增长 X%" from nothing, a share of
// a zero total. Worth a second look, not an error: some templates require a figure there.
import { showAmount } from "../../amount";
import { RatioClaim } from "../../narrative/claims";
import { checkChangeRate, checkRatioClaim, isVerdict, ratioValue } from "../../narrative/evaluate";
import { Rule } from "../../rule";
import { claimsOf, quoted, reportAt } from "./support";

const ZERO_RATIO = "以零为基数的比率无从计算，建议改写（如“未安排预算”）";

/** The arithmetic "307.82 ÷ 321.02 = 95.89%" when the sentence's 全年预算 gives the rate it wrote. */
function fullYearRate(claim: RatioClaim): string | undefined {
  if (!claim.alternative || !claim.figure.amount) return undefined;
  const rate = checkRatioClaim({ ...claim, denominator: claim.alternative, alternative: undefined });
  if (!isVerdict(rate) || rate.agreement === "error") return undefined;
  return rate.detail;
}

export const narrativeZeroBase: Rule = {
  meta: {
    id: "narrative/zero-base",
    severity: "warning",
    title: "情况说明中以零为基数的比率",
    titleEn: "Narrative rate on a zero base",
    docs: "预算数为 0 时写“完成预算的 X%”、上年数为 0 时写“增长 X%”等，比率无从计算，请改为文字说明。",
    messages: {
      zeroBudget: `{{quote}}：{{label}}预算数为 0，${ZERO_RATIO}`,
      // Only a budget rate has a sentence's other budget (claims.ts: RatioClaim.alternative).
      zeroBudgetFullYear: `{{quote}}：{{label}}预算数为 0，${ZERO_RATIO}；所写 {{rate}} 是支出决算对全年预算的完成率（{{detail}}），应写“完成全年预算的 {{rate}}”`,
      zeroShareBase: `{{quote}}：基数为 0，${ZERO_RATIO}`,
      zeroPrior: "{{quote}}：{{label}}上年数为 0，以零为基数的增长率无从计算，建议改写",
    },
  },
  check(context) {
    for (const claim of claimsOf(context, "ratio")) {
      if (!claim.figure.amount) continue;
      const value = ratioValue(claim);
      if (!("unchecked" in value) || value.unchecked !== "zero-base") continue;
      const rate = showAmount(claim.figure.amount);
      const detail = claim.role === "budget" ? fullYearRate(claim) : undefined;
      reportAt(context, claim, {
        severity: "warning",
        expected: null,
        actual: rate,
        related: value.related,
        ...(claim.role === "share"
          ? { messageId: "zeroShareBase", data: { quote: quoted(claim) } }
          : detail === undefined
            ? { messageId: "zeroBudget", data: { quote: quoted(claim), label: claim.label } }
            : { messageId: "zeroBudgetFullYear", data: { quote: quoted(claim), label: claim.label, rate, detail } }),
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
        messageId: "zeroPrior",
        data: { quote: quoted(claim), label: claim.label },
      });
    }
  },
};
