// 预算执行率得分 = 执行率分值 × 执行率, at most the 执行率分值: 10 × 94.59% = 9.46. The points are 10 in the sample
// and 20 in some provinces (settings.executionRatePoints).
import { Rule } from "../../rule";
import { reportDerived } from "./report";
import { allProjects, subjectOf } from "./support";
import { rateScoreDerivation, TOTAL_SHAPE } from "./values";

export const executionRateScore: Rule = {
  meta: {
    id: "perf/execution-rate-score",
    severity: "error",
    title: "预算执行率得分应等于分值乘以执行率",
    titleEn: "Execution-rate score equals its points times the rate",
    docs: "项目绩效自评表：预算执行率得分 = 执行率分值（表中项目资金的分值；没有时默认 10 分，可在设置中改为 20 分）× 执行率，最高为该分值。",
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
  },
};
