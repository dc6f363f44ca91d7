// 预算执行率得分 = 执行率分值 × 执行率, at most the 执行率分值: 10 × 94.59% = 9.46. The points are 10 in the sample
// and 20 in some provinces (settings.executionRatePoints).
import { Rule } from "../../rule";
import { DERIVED_MESSAGES, FILL_MESSAGES, reportDerived, reportUncomputable } from "./report";
import { allProjects, allUnits, subjectOf } from "./support";
import { fundScoreDerivation, rateScoreDerivation, TOTAL_SHAPE } from "./values";

export const executionRateScore: Rule = {
  meta: {
    id: "perf/execution-rate-score",
    severity: "error",
    title: "预算执行率得分应等于分值乘以执行率",
    titleEn: "Execution-rate score equals its points times the rate",
    docs: "项目绩效自评表：预算执行率得分 = 执行率分值（表中项目资金的分值；没有时默认 10 分，可在设置中改为 20 分）× 执行率，最高为该分值；整体支出绩效自评表资金表有分值时同样核对其得分。",
    messages: {
      ...DERIVED_MESSAGES,
      ...FILL_MESSAGES,
      notCounted: "{{subject}}无法核对：只有“年度资金总额”行的得分计入总分，此行的得分不计分",
    },
  },
  check(context) {
    for (const sheet of allProjects(context)) {
      reportDerived(context, {
        table: "perf-project",
        target: sheet.rateScore,
        inputs: [sheet.rate, sheet.ratePoints],
        subject: `${subjectOf(sheet)}：预算执行率得分`,
        derivation: rateScoreDerivation(sheet, context.settings),
        fill: TOTAL_SHAPE,
      });
    }
    // Only the 年度资金总额 row's 得分 counts: one shown on a 其中 row is told, not checked.
    for (const sheet of [...allProjects(context), ...allUnits(context)]) {
      for (const fund of sheet.funds ?? []) {
        if (fund.total) continue;
        reportUncomputable(context, {
          table: sheet.kind,
          target: fund.score,
          inputs: [],
          subject: `${subjectOf(sheet)}：资金表“${fund.label}”的得分`,
          messageId: "notCounted",
        });
      }
    }
    // A 整体 sheet of the national form whose 资金 block carries 分值 and 得分 (年度资金总额 row).
    for (const sheet of allUnits(context)) {
      for (const fund of sheet.funds ?? []) {
        if (!fund.total || !fund.score) continue;
        reportDerived(context, {
          table: "perf-unit",
          target: fund.score,
          inputs: [fund.points, fund.rate],
          subject: `${subjectOf(sheet)}：资金表“${fund.label}”的得分`,
          derivation: fundScoreDerivation(fund),
          fill: TOTAL_SHAPE,
        });
      }
    }
  },
};
