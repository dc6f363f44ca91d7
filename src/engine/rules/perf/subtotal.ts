// 指标自评得分小计 = Σ 得分 of the indicator rows (project sheet).
import { Rule } from "../../rule";
import { reportScoreSum, SCORE_SUM_MESSAGES } from "./report";
import { allProjects, subjectOf } from "./support";
import { indicatorScoreParts } from "./values";

export const subtotal: Rule = {
  meta: {
    id: "perf/subtotal",
    severity: "error",
    title: "指标自评得分小计应等于各指标得分之和",
    titleEn: "Indicator subtotal equals the sum of scores",
    docs: "项目绩效自评表：指标自评得分小计 = 各指标得分之和。",
    messages: SCORE_SUM_MESSAGES,
  },
  check(context) {
    for (const sheet of allProjects(context)) {
      reportScoreSum(context, {
        table: "perf-project",
        target: sheet.subtotal,
        parts: indicatorScoreParts(sheet),
        subject: `${subjectOf(sheet)}：指标自评得分小计`,
        equals: "各指标得分之和",
        fillDecimals: 2,
      });
    }
  },
};
