// "完成预算的 98.98%", "完成年初预算的 125.77%": 决算数 ÷ 预算数 — 07's 预算数 for the “三公” items, the 预算数 the
// sentence states itself (绩效 projects), else 参考数据's 年初预算数 (without it the sentence is reported as info).
import { Rule } from "../../rule";
import { ratioMessages, reportRatio } from "./ratio-support";
import { claimsOf } from "./support";

export const narrativeBudgetRate: Rule = {
  meta: {
    id: "narrative/budget-rate",
    severity: "error",
    title: "情况说明预算完成率有误",
    titleEn: "Narrative budget completion rate is wrong",
    docs: "“完成（年初）预算的 P%”应等于决算数除以预算数；预算数取自“三公”经费表、句中所写的预算数或“参考数据”表。",
    messages: ratioMessages("预算完成率"),
  },
  check(context) {
    for (const claim of claimsOf(context, "ratio")) {
      if (claim.role === "budget") reportRatio(context, claim);
    }
  },
};
