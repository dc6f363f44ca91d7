// "与上年相比…减少 180.77 万元，降低 7.41%": the rate is checked from the sentence alone — prior = current ∓ change,
// rate = change ÷ prior, with the rounding intervals of current and change. With 参考数据's 上年决算数 the change
// itself is checked too (change = |current − prior|).
import { checkChangeAmount, checkChangeRate, isVerdict, Outcome } from "../../narrative/evaluate";
import { ChangeClaim } from "../../narrative/claims";
import { Rule, RuleContext } from "../../rule";
import { ROUNDING_NOTE, claimsOf, quoted, reportAt } from "./support";

/** The rate's and the change's messages alike; {{subject}} is the sentence's item ("收入总计") or nothing. */
function changeMessages(what: string) {
  return {
    rounding: `{{quote}}：{{subject}}${what}按所写数字计算为 {{expected}}，与 {{actual}} 的差异在四舍五入范围内，${ROUNDING_NOTE}`,
    mismatch: `{{quote}}：{{subject}}${what}应为 {{expected}}，实为 {{actual}}`,
  };
}
const RATE = changeMessages("增减率");
const AMOUNT = changeMessages("增减额");

function report(context: RuleContext, claim: ChangeClaim, outcome: Outcome, of: "rate" | "amount"): void {
  if (!isVerdict(outcome) || outcome.agreement === "exact") return;
  const { expected, actual } = outcome;
  const base = { expected, actual, related: outcome.related, detail: outcome.detail };
  const data = { quote: quoted(claim), subject: claim.label || "" };
  if (outcome.agreement === "rounding") {
    reportAt(context, claim, { ...base, severity: "rounding", messageId: `${of}Rounding`, data: { ...data, expected, actual } });
  } else if (outcome.impossible) {
    reportAt(context, claim, { ...base, severity: "error", messageId: "impossible", data: { ...data, reason: outcome.impossible } });
  } else {
    reportAt(context, claim, { ...base, severity: "error", messageId: `${of}Mismatch`, data: { ...data, expected, actual } });
  }
}

export const narrativeChangeRate: Rule = {
  meta: {
    id: "narrative/change-rate",
    severity: "error",
    title: "情况说明与上年相比的增减率有误",
    titleEn: "Narrative year-on-year change is wrong",
    docs: "“增加/减少 D 万元，增长/降低 P%”：上年数 = 本年数 ∓ D，P = D ÷ 上年数，仅凭句中数字即可核对；有“参考数据”上年决算数时也核对 D。",
    messages: {
      rateRounding: RATE.rounding,
      rateMismatch: RATE.mismatch,
      amountRounding: AMOUNT.rounding,
      amountMismatch: AMOUNT.mismatch,
      // "增加 D 万元" with D beyond this year's figure: no rate could be right (the reason says why).
      impossible: "{{quote}}：{{subject}}{{reason}}",
    },
  },
  check(context) {
    for (const claim of claimsOf(context, "change")) {
      report(context, claim, checkChangeRate(claim), "rate");
      report(context, claim, checkChangeAmount(claim), "amount");
    }
  },
};
