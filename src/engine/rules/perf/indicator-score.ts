// 得分 = 分值 × 完成程度 for every indicator row (1.6 × 0.31 = 0.496). On a national form (no 完成程度 column) the
// 完成程度 is worked out from 年度指标值 and 实际完成值; a qualitative indicator's 得分 there cannot be computed from
// figures and is reported as 无法核对 (信息), never guessed.
import { showAmount } from "../../amount";
import { PerfIndicator, PerfSheet } from "../../perf/types";
import { Rule, RuleContext } from "../../rule";
import { Derivation } from "./derive";
import { DERIVED_MESSAGES, FILL_MESSAGES, reportDerived } from "./report";
import { allProjects, allUnits, subjectOf } from "./support";
import { impliedCompletionWords, indicatorScoreDerivation, SCORE_SHAPE } from "./values";

/** A score that cannot be computed from figures: one 信息 at its cell, saying why. */
function reportNotScored(context: RuleContext, sheet: PerfSheet, indicator: PerfIndicator, why: string): void {
  const score = indicator.score;
  if (!score || score.state === "invalid") return;
  const blank = score.state === "blank";
  context.report({
    severity: "info",
    table: sheet.kind,
    sheet: sheet.sheet,
    cell: score.address,
    related: [],
    expected: null,
    actual: blank || !score.amount ? null : showAmount(score.amount),
    messageId: blank ? "notScoredBlank" : "notScored",
    data: { sheet: subjectOf(sheet), indicator: indicator.name, why },
  });
}

export const indicatorScore: Rule = {
  meta: {
    id: "perf/indicator-score",
    severity: "error",
    title: "指标得分应等于分值乘以完成程度",
    titleEn: "Indicator score equals points times completion",
    docs: "绩效指标表每一行：得分 = 分值 × 完成程度（按表中显示的完成程度计算；全国通用表没有完成程度列时，由年度指标值与实际完成值算出，取两位小数）。定性指标在没有完成程度列时无法核对，报告为信息。",
    messages: {
      ...DERIVED_MESSAGES,
      ...FILL_MESSAGES,
      // A qualitative indicator's 得分 on a form without the 完成程度 column: shown (to review) or blank (to type in).
      notScored: "{{sheet}}：“{{indicator}}”的得分无法核对：{{why}}，表中没有完成程度列，得分不能由数字算出，请人工复核",
      notScoredBlank: "{{sheet}}：“{{indicator}}”的得分为空，无法核对：{{why}}，表中没有完成程度列，得分不能由数字算出，请手工填写",
    },
  },
  check(context) {
    for (const sheet of [...allUnits(context), ...allProjects(context)]) {
      for (const indicator of sheet.indicators) {
        if (indicator.notScoredWhy && !indicator.completion) {
          reportNotScored(context, sheet, indicator, indicator.notScoredWhy);
          continue;
        }
        let derivation: Derivation | undefined = indicatorScoreDerivation(indicator, sheet);
        const words = impliedCompletionWords(indicator, sheet);
        if (derivation && words) {
          derivation = { point: derivation.point, range: derivation.range, exact: derivation.exact, formula: derivation.formula, why: words };
        }
        reportDerived(context, {
          table: sheet.kind,
          target: indicator.score,
          inputs: sheet.completionDerived && !indicator.completion ? [indicator.points, indicator.target, indicator.actual] : [indicator.points, indicator.completion],
          subject: `${subjectOf(sheet)}：“${indicator.name}”的得分`,
          derivation,
          fill: SCORE_SHAPE,
        });
      }
    }
  },
};
