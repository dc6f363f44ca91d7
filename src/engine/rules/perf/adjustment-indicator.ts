// Plausibility (domain.md §5): a 整体 sheet's 预算调整率 indicator should be (Σ下达 − 年初预算) ÷ 年初预算, the
// change from the year-start budget to what was issued (unit 1: (1662.10 − 1434.30) ÷ 1434.30 = 15.88%; unit 2
// shows 8.46 for 4.20%). A disagreement is a warning.
import { showAmount } from "../../amount";
import { Decimal, maxDecimal } from "../../decimal";
import { Rule } from "../../rule";
import { divideIntervals, Interval, intervalOf } from "../../rounding";
import { isInvalid } from "../support";
import { indicatorPercent } from "./derive";
import { DERIVED_MESSAGES, reportDerived } from "./report";
import { allUnits, subjectOf } from "./support";
import { taskSums } from "./task-sums";
import { amountIn } from "../../tables";

const ONE = new Decimal(1);

/** |x| over an interval: the rate is told as a size, whichever way the budget moved. */
function absolute(range: Interval): Interval {
  if (range.lo.gte(0)) return range;
  if (range.hi.lte(0)) return { lo: range.hi.negated(), hi: range.lo.negated() };
  return { lo: new Decimal(0), hi: maxDecimal(range.lo.negated(), range.hi) };
}

export const adjustmentIndicator: Rule = {
  meta: {
    id: "perf/adjustment-indicator",
    severity: "warning",
    title: "预算调整率指标应与年初预算和下达金额相符",
    titleEn: "Budget adjustment indicator agrees with budget and task table",
    docs: "整体绩效自评表“预算调整率”指标的全年完成值应约等于（项目下达金额合计 − 部门年初预算支出金额）÷ 部门年初预算支出金额。",
    messages: {
      ...DERIVED_MESSAGES,
      noBudget: "{{sheet}}：未找到部门年初预算支出金额（或为 0），“{{indicator}}”无法核对",
    },
  },
  check(context) {
    for (const sheet of allUnits(context)) {
      // The year-start 支出 budget; the 收入 one when the sheet gives only that.
      const budgetCell = amountIn(sheet.budgetExpense) || isInvalid(sheet.budgetExpense) ? sheet.budgetExpense : sheet.budgetIncome;
      const budget = amountIn(budgetCell);
      const sums = taskSums(sheet);
      for (const indicator of sheet.indicators) {
        if (!/预算调整率/.test(indicator.name)) continue;
        const shown = amountIn(indicator.actual);
        if (!shown) continue;
        if (isInvalid(budgetCell)) continue;
        if (!budget || budget.value.isZero()) {
          context.report({
            severity: "info",
            table: "perf-unit",
            sheet: sheet.sheet,
            cell: indicator.actual!.address,
            related: [],
            expected: null,
            actual: null,
            messageId: "noBudget",
            data: { sheet: subjectOf(sheet), indicator: indicator.name },
          });
          continue;
        }
        if (!sums) continue;
        const range = divideIntervals(sums.issued.range, intervalOf(budget));
        if (!range) continue;
        const change = sums.issued.value.div(budget.value).minus(ONE);
        const percent = indicatorPercent(shown, indicator.unit);
        const sized = !percent.value.isNegative();
        const changeRange = { lo: range.lo.minus(ONE), hi: range.hi.minus(ONE) };
        const budgetShown = showAmount(budget);
        reportDerived(context, {
          table: "perf-unit",
          target: indicator.actual,
          shown: percent,
          inputs: [...sums.issued.cells, budgetCell],
          subject: `${subjectOf(sheet)}：“${indicator.name}”指标的全年完成值`,
          derivation: {
            point: sized ? change.abs() : change,
            range: sized ? absolute(changeRange) : changeRange,
            formula: `(${sums.issued.shown} − ${budgetShown}) ÷ ${budgetShown}`,
            why: "年度主要任务表项目下达金额合计与部门年初预算支出金额之差 ÷ 年初预算",
          },
          failSeverity: "warning",
          minExpectedDecimals: 4,
        });
      }
    }
  },
};
