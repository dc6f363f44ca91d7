// perf/adjustment-indicator: a 整体 sheet's 预算调整率 indicator ≈ (Σ下达 − 年初预算) ÷ 年初预算. Unit 1 agrees
// ((1662.10 − 1434.30) ÷ 1434.30 = 15.88%); unit 2 shows 8.46 for 4.20% (a warning); without a year-start budget it
// cannot be checked (信息); a value one hundredth of a percent off is a 尾差 of the rounded amounts.
import { Decimal, roundTo } from "../../../../src/engine/decimal";
import { adjustmentIndicator } from "../../../../src/engine/rules/perf/adjustment-indicator";
import { PERF_UNIT_2 } from "../../../fixtures/sample-data";
import { addressOf, rowOf, unit1, unit2, valueRightOf } from "../../perf/sample-sheets";
import { ruleCases } from "../harness";
import { cellAt, changed, cleared, copyName, copyOf, copyTables, nationalSheet, tablesOf } from "./case-tables";

const UNIT_1 = "市委办";
const UNIT_2 = "机要中心";
const changedIndicator = copyOf("adjustment-indicator.xlsx");

/** Unit 2's (Σ下达 − 年初预算支出) ÷ 年初预算支出 in percent points, to two decimals. */
function unit2Change(): Decimal {
  const issued = PERF_UNIT_2.tasks.reduce((s, task) => s.plus(task.allocated), new Decimal(0));
  const budget = new Decimal(PERF_UNIT_2.budgetExpense);
  return roundTo(issued.minus(budget).div(budget).times(100), 2);
}

const indicator = addressOf(unit2(), "预算调整率", "全年完成值");

export const cases = ruleCases(adjustmentIndicator, {
  valid: [
    { name: "the sample's unit 1: 15.88 = (1662.10 − 1434.30) ÷ 1434.30", tables: () => tablesOf(unit1()) },
    { name: "unit 2 with the change its budget and task table give", tables: () => tablesOf(changed(unit2(), [indicator, unit2Change().toNumber()])) },
  ],
  invalid: [
    {
      name: "the sample's unit 2: 8.46 for (204.26 − 196.02) ÷ 196.02 = 4.20%",
      tables: () => tablesOf(unit2()),
      findings: (t) => [{ messageId: "mismatchWhy", cell: cellAt(t, UNIT_2, "预算调整率", "全年完成值"), severity: "warning" }],
    },
    {
      name: "unit 2 with the change one hundredth of a percent off: within the rounding of the 万元 amounts",
      tables: () => tablesOf(changed(unit2(), [indicator, unit2Change().plus("0.01").toNumber()])),
      findings: (t) => [{ messageId: "roundingInRange", cell: cellAt(t, UNIT_2, "预算调整率", "全年完成值"), severity: "rounding" }],
    },
    {
      name: "unit 2 without its 部门年初预算收入金额 and 支出金额 rows' figures",
      tables: () => {
        const sheet = unit2();
        const expense = rowOf(sheet, "部门年初预算支出金额");
        return tablesOf(changed(sheet, [`A${expense}`, undefined], [`B${expense}`, undefined], [valueRightOf(sheet, "部门年初预算收入金额"), undefined]));
      },
      findings: (t) => [{ messageId: "noBudget", cell: cellAt(t, UNIT_2, "预算调整率", "全年完成值"), severity: "info" }],
    },
    {
      name: "unit 1 in the national form with its 年初预算数 left blank",
      tables: async () => {
        const sheet = await nationalSheet(UNIT_1);
        return tablesOf(cleared(sheet, addressOf(sheet, "年度资金总额", "年初预算数")));
      },
      findings: (t) => [{ messageId: "noBudget", cell: cellAt(t, UNIT_1, "预算调整率", "实际完成值"), severity: "info" }],
    },
    {
      name: copyName(changedIndicator),
      tables: () => copyTables(changedIndicator),
      findings: (t) => [{ messageId: "mismatchWhy", cell: cellAt(t, changedIndicator.sheet, changedIndicator.row, changedIndicator.header), severity: "warning" }],
    },
  ],
});
