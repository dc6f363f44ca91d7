// 总评价得分 = Σ 得分 of the 年度主要任务 and of the indicators (整体 sheet): 94.136 → 94.14 in the sample.
import { Rule } from "../../rule";
import { reportScoreSum, SCORE_SUM_MESSAGES } from "./report";
import { allUnits, subjectOf } from "./support";
import { unitTotalParts } from "./values";

export const unitTotalScore: Rule = {
  meta: {
    id: "perf/unit-total-score",
    severity: "error",
    title: "总评价得分应等于各项得分之和",
    titleEn: "Overall score equals the sum of scores",
    docs: "整体绩效自评表：总评价得分（全国通用表的总分）= 年度主要任务得分与各指标得分之和（表中资金得分另计入）。",
    messages: SCORE_SUM_MESSAGES,
  },
  check(context) {
    for (const sheet of allUnits(context)) {
      reportScoreSum(context, {
        table: "perf-unit",
        target: sheet.total,
        parts: unitTotalParts(sheet, context.settings),
        subject: `${subjectOf(sheet)}：${sheet.totalPoints || sheet.funds ? "总分" : "总评价得分"}`,
        equals: "年度主要任务与各指标得分之和",
        fillDecimals: 2,
      });
    }
  },
};
