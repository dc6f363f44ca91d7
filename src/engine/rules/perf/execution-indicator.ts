// Plausibility (domain.md §5): a 整体 sheet's 预算执行率 indicator restates the 年度主要任务 table — its 完成值 should
// be Σ执行 ÷ Σ下达 (unit 1 of the sample: 1492.66 ÷ 1662.10 = 89.81%). A disagreement is a warning.
import { Rule } from "../../rule";
import { divideIntervals } from "../../rounding";
import { indicatorPercent } from "./derive";
import { DERIVED_MESSAGES, reportDerived } from "./report";
import { allUnits, subjectOf } from "./support";
import { taskSums } from "./task-sums";
import { amountIn } from "../../tables";

export const executionIndicator: Rule = {
  meta: {
    id: "perf/execution-indicator",
    severity: "warning",
    title: "预算执行率指标应与年度主要任务表相符",
    titleEn: "Budget execution indicator agrees with the task table",
    docs: "整体绩效自评表“预算执行率”指标的全年完成值应约等于年度主要任务表的项目执行金额合计 ÷ 项目下达金额合计。",
    messages: DERIVED_MESSAGES,
  },
  check(context) {
    for (const sheet of allUnits(context)) {
      const sums = taskSums(sheet);
      if (!sums || sums.issued.value.isZero()) continue;
      const range = divideIntervals(sums.spent.range, sums.issued.range);
      if (!range) continue;
      for (const indicator of sheet.indicators) {
        if (!/预算执行率/.test(indicator.name)) continue;
        const shown = amountIn(indicator.actual);
        if (!shown) continue;
        reportDerived(context, {
          table: "perf-unit",
          target: indicator.actual,
          shown: indicatorPercent(shown, indicator.unit),
          inputs: [...sums.spent.cells, ...sums.issued.cells],
          subject: `${subjectOf(sheet)}：“${indicator.name}”指标的全年完成值`,
          derivation: {
            point: sums.spent.value.div(sums.issued.value),
            range,
            formula: `${sums.spent.shown} ÷ ${sums.issued.shown}`,
            why: "年度主要任务表：项目执行金额合计 ÷ 项目下达金额合计",
          },
          failSeverity: "warning",
          minExpectedDecimals: 4,
        });
      }
    }
  },
};
