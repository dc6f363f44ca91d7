// 绩效自评总得分 = 指标自评得分小计 + 预算执行率得分 − 减分项 (project sheet): 90 + 5.76 − 26.756 = 69.004 → 69.
import { Rule } from "../../rule";
import { isInvalid } from "../support";
import { reportScoreSum, SCORE_SUM_MESSAGES } from "./report";
import { allProjects, subjectOf } from "./support";
import { indicatorScoreParts, rateScoreOf, subtotalOf } from "./values";
import { amountIn } from "../../tables";

export const totalScore: Rule = {
  meta: {
    id: "perf/total-score",
    severity: "error",
    title: "绩效自评总得分应等于小计加执行率得分减减分项",
    titleEn: "Total score equals subtotal plus rate score minus deductions",
    docs: "项目绩效自评表：绩效自评总得分 = 指标自评得分小计 + 预算执行率得分 − 减分项；全国通用表（没有小计）：总分 = 各指标得分之和 + 项目资金得分（− 减分项）。",
    messages: SCORE_SUM_MESSAGES,
  },
  check(context) {
    for (const sheet of allProjects(context)) {
      const rateScore = rateScoreOf(sheet, context.settings);
      const rateScorePart = { cell: sheet.rateScore, value: rateScore.value, rounded: rateScore.rounded };
      const deduction = { cell: sheet.deduction, value: isInvalid(sheet.deduction) ? undefined : amountIn(sheet.deduction), sign: -1 as const };
      // The national form has no 小计: its 总分 is built on the indicators' scores themselves.
      const national = !sheet.subtotal && (sheet.funds !== undefined || sheet.totalPoints !== undefined);
      if (national) {
        reportScoreSum(context, {
          table: "perf-project",
          target: sheet.total,
          parts: [...indicatorScoreParts(sheet), rateScorePart, ...(sheet.deduction ? [deduction] : [])],
          subject: `${subjectOf(sheet)}：总分`,
          equals: sheet.deduction ? "各指标得分之和 + 预算执行率得分 − 减分项" : "各指标得分之和 + 预算执行率得分",
          fillDecimals: 2,
        });
        continue;
      }
      const subtotal = subtotalOf(sheet);
      reportScoreSum(context, {
        table: "perf-project",
        target: sheet.total,
        parts: [{ cell: sheet.subtotal, value: subtotal.value, rounded: subtotal.rounded }, rateScorePart, deduction],
        subject: `${subjectOf(sheet)}：绩效自评总得分`,
        equals: "指标自评得分小计 + 预算执行率得分 − 减分项",
        fillDecimals: 2,
      });
    }
  },
};
