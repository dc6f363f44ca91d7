// 绩效自评总得分 = 指标自评得分小计 + 预算执行率得分 − 减分项 (project sheet): 90 + 5.76 − 26.756 = 69.004 → 69.
import { Rule } from "../../rule";
import { amountIn, isInvalid } from "../support";
import { reportScoreSum } from "./report";
import { allProjects, subjectOf } from "./support";
import { rateScoreOf, subtotalOf } from "./values";

export const totalScore: Rule = {
  meta: {
    id: "perf/total-score",
    severity: "error",
    title: "绩效自评总得分应等于小计加执行率得分减减分项",
    titleEn: "Total score equals subtotal plus rate score minus deductions",
    docs: "项目绩效自评表：绩效自评总得分 = 指标自评得分小计 + 预算执行率得分 − 减分项。",
  },
  check(context) {
    for (const sheet of allProjects(context)) {
      const subtotal = subtotalOf(sheet);
      const rateScore = rateScoreOf(sheet, context.settings);
      reportScoreSum(context, {
        table: "perf-project",
        target: sheet.total,
        parts: [
          { cell: sheet.subtotal, value: subtotal.value, rounded: subtotal.rounded },
          { cell: sheet.rateScore, value: rateScore.value, rounded: rateScore.rounded },
          { cell: sheet.deduction, value: isInvalid(sheet.deduction) ? undefined : amountIn(sheet.deduction), sign: -1 },
        ],
        subject: `${subjectOf(sheet)}：绩效自评总得分`,
        rule: "应等于指标自评得分小计 + 预算执行率得分 − 减分项",
        fillDecimals: 2,
      });
    }
  },
};
