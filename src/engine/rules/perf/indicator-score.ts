// 得分 = 分值 × 完成程度 for every indicator row (1.6 × 0.31 = 0.496).
import { Rule } from "../../rule";
import { reportDerived } from "./report";
import { allProjects, allUnits, subjectOf } from "./support";
import { indicatorScoreDerivation, SCORE_SHAPE } from "./values";

export const indicatorScore: Rule = {
  meta: {
    id: "perf/indicator-score",
    severity: "error",
    title: "指标得分应等于分值乘以完成程度",
    titleEn: "Indicator score equals points times completion",
    docs: "绩效指标表每一行：得分 = 分值 × 完成程度（按表中显示的完成程度计算）。",
  },
  check(context) {
    for (const sheet of [...allUnits(context), ...allProjects(context)]) {
      for (const indicator of sheet.indicators) {
        reportDerived(context, {
          table: sheet.kind,
          target: indicator.score,
          inputs: [indicator.points, indicator.completion],
          subject: `${subjectOf(sheet)}：“${indicator.name}”的得分`,
          derivation: indicatorScoreDerivation(indicator, sheet),
          fill: SCORE_SHAPE,
        });
      }
    }
  },
};
