// "占收入总计的 100.00%", "占“三公”经费支出的 0.73%": a share is the item's figure ÷ the base's, from the tables.
import { Rule } from "../../rule";
import { ratioMessages, reportRatio } from "./ratio-support";
import { claimsOf } from "./support";

export const narrativeShare: Rule = {
  meta: {
    id: "narrative/share",
    severity: "error",
    title: "情况说明占比计算有误",
    titleEn: "Narrative share is wrong",
    docs: "“占…的 P%”应等于该项金额除以基数（如收入总计、支出总计、“三公”经费合计），按显示数字的四舍五入区间判断。",
    messages: ratioMessages("占比"),
  },
  check(context) {
    for (const claim of claimsOf(context, "ratio")) {
      if (claim.role === "share") reportRatio(context, claim);
    }
  },
};
