// perf/execution-indicator: a 整体 sheet's 预算执行率 indicator restates Σ执行 ÷ Σ下达 of its 年度主要任务 table. Unit 1
// agrees (1492.66 ÷ 1662.10 = 89.81%); unit 2 shows 100 for 87.84% (a warning, in the sample and in the national
// form); a value one hundredth of a percent off the ratio is a 尾差 of the rounded amounts.
import { Decimal, roundTo } from "../../../../src/engine/decimal";
import { executionIndicator } from "../../../../src/engine/rules/perf/execution-indicator";
import { PERF_UNIT_2 } from "../../../fixtures/sample-data";
import { addressOf, unit1, unit2 } from "../../perf/sample-sheets";
import { ruleCases } from "../harness";
import { cellAt, changed, copyName, copyOf, copyTables, nationalSheet, tablesOf } from "./case-tables";

const UNIT_2 = "机要中心";
const changedIndicator = copyOf("execution-indicator.xlsx");

/** Unit 2's Σ执行 ÷ Σ下达 in percent points, to two decimals, as its 全年完成值 would show it. */
function unit2Ratio(): Decimal {
  const sum = (pick: (task: (typeof PERF_UNIT_2.tasks)[number]) => string) => PERF_UNIT_2.tasks.reduce((s, task) => s.plus(pick(task)), new Decimal(0));
  return roundTo(sum((t) => t.executed).div(sum((t) => t.allocated)).times(100), 2);
}

export const cases = ruleCases(executionIndicator, {
  valid: [
    { name: "the sample's unit 1: 89.81 = 1492.66 ÷ 1662.10", tables: () => tablesOf(unit1()) },
    { name: "unit 2 with the ratio its task table gives", tables: () => tablesOf(changed(unit2(), [addressOf(unit2(), "预算执行率", "全年完成值"), unit2Ratio().toNumber()])) },
  ],
  invalid: [
    {
      name: "the sample's unit 2: 100 for 179.43 ÷ 204.26 = 87.84%",
      tables: () => tablesOf(unit2()),
      findings: (t) => [{ messageId: "mismatchWhy", cell: cellAt(t, UNIT_2, "预算执行率", "全年完成值"), severity: "warning" }],
    },
    {
      name: "unit 2 in the national form: the same warning",
      tables: async () => tablesOf(await nationalSheet(UNIT_2)),
      findings: (t) => [{ messageId: "mismatchWhy", cell: cellAt(t, UNIT_2, "预算执行率", "实际完成值"), severity: "warning" }],
    },
    {
      name: "unit 2 with the ratio one hundredth of a percent off: within the rounding of the 万元 amounts",
      tables: () => tablesOf(changed(unit2(), [addressOf(unit2(), "预算执行率", "全年完成值"), unit2Ratio().plus("0.01").toNumber()])),
      findings: (t) => [{ messageId: "roundingInRange", cell: cellAt(t, UNIT_2, "预算执行率", "全年完成值"), severity: "rounding" }],
    },
    {
      name: copyName(changedIndicator),
      tables: () => copyTables(changedIndicator),
      findings: (t) => [{ messageId: "mismatchWhy", cell: cellAt(t, changedIndicator.sheet, changedIndicator.row, changedIndicator.header), severity: "warning" }],
    },
  ],
});
