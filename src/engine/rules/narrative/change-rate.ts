// "与上年相比…减少 180.77 万元，降低 7.41%": the rate is checked from the sentence alone — prior = current ∓ change,
// rate = change ÷ prior, with the rounding intervals of current and change. With 参考数据's 上年决算数 the change
// itself is checked too (change = |current − prior|).
import { checkChangeAmount, checkChangeRate, isVerdict, Outcome } from "../../narrative/evaluate";
import { ChangeClaim } from "../../narrative/claims";
import { Rule, RuleContext } from "../../rule";
import { ROUNDING_NOTE, claimsOf, quoted, reportAt } from "./support";

function report(context: RuleContext, claim: ChangeClaim, outcome: Outcome, what: string): void {
  if (!isVerdict(outcome) || outcome.agreement === "exact") return;
  const base = { expected: outcome.expected, actual: outcome.actual, related: outcome.related, detail: outcome.detail };
  const subject = claim.label ? `${claim.label}` : "";
  if (outcome.agreement === "rounding") {
    reportAt(context, claim, {
      ...base,
      severity: "rounding",
      message: `${quoted(claim)}：${subject}${what}按所写数字计算为 ${outcome.expected}，与 ${outcome.actual} 的差异在四舍五入范围内，${ROUNDING_NOTE}`,
    });
  } else if (outcome.impossible) {
    reportAt(context, claim, { ...base, severity: "error", message: `${quoted(claim)}：${subject}${outcome.impossible}` });
  } else {
    reportAt(context, claim, {
      ...base,
      severity: "error",
      message: `${quoted(claim)}：${subject}${what}应为 ${outcome.expected}，实为 ${outcome.actual}`,
    });
  }
}

export const narrativeChangeRate: Rule = {
  meta: {
    id: "narrative/change-rate",
    severity: "error",
    title: "情况说明与上年相比的增减率有误",
    titleEn: "Narrative year-on-year change is wrong",
    docs: "“增加/减少 D 万元，增长/降低 P%”：上年数 = 本年数 ∓ D，P = D ÷ 上年数，仅凭句中数字即可核对；有“参考数据”上年决算数时也核对 D。",
  },
  check(context) {
    for (const claim of claimsOf(context, "change")) {
      report(context, claim, checkChangeRate(claim), "增减率");
      report(context, claim, checkChangeAmount(claim), "增减额");
    }
  },
};
