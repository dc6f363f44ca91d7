// perf/execution-rate on the sample's sheets and the national forms: as published (the sample's 尾差: 94.59% in the
// range 138.47 ÷ 146.40 allows, the 整体 sheets' whole percents), and with a figure changed as reports get it wrong.
import { executionRate } from "../../../../src/engine/rules/perf/execution-rate";
import { addressOf, pct, project1, project2, unit1, valueRightOf } from "../../perf/sample-sheets";
import { ruleCases } from "../harness";
import { cellAt, cellRightOf, changed, cleared, copyName, copyOf, copyTables, nationalSheet, tablesOf } from "./case-tables";

const GAP = "党委工作经费缺口";
const UNIT_1 = "市委办";
/** The tasks of unit 1 whose 项目执行率 the sheet shows in whole percent (98.29% as 98.00%). */
const WHOLE_PERCENT_TASKS = ["部门预算基本支出公用经费（保运转）", "部门预算基本支出人员经费（保工资）", "部门预算基本支出人员经费（刚性）"];
const changedTaskRate = copyOf("task-rate.xlsx");
const changedSpent = copyOf("execution-rate.xlsx");

export const cases = ruleCases(executionRate, {
  valid: [
    { name: "the sample's project sheet 党委工作经费缺口: 104.72 ÷ 112.83 = 92.81%", tables: () => tablesOf(project1()) },
    { name: "the same sheet in the national form, every row of its 资金 block", tables: async () => tablesOf(await nationalSheet(GAP)) },
  ],
  invalid: [
    {
      name: "the sample's 党委专项业务经费: 94.59% for 138.47 ÷ 146.40 = 94.58%, within the amounts' rounding",
      tables: () => tablesOf(project2()),
      findings: (t) => [{ messageId: "roundingInRange", cell: cellRightOf(t, "党委专项业务经费", "执行率"), severity: "rounding" }],
    },
    {
      name: "the sample's unit 1: task rates in whole percent, as the setting says",
      tables: () => tablesOf(unit1()),
      findings: (t) => WHOLE_PERCENT_TASKS.map((task) => ({ messageId: "roundingWholePercent", cell: cellAt(t, UNIT_1, task, "项目执行率"), severity: "rounding" as const })),
    },
    {
      name: "the sample's unit 1 with the setting off: the whole percents are told as fewer decimals shown",
      tables: () => tablesOf(unit1()),
      settings: { wholePercentExecutionRate: false },
      findings: (t) => WHOLE_PERCENT_TASKS.map((task) => ({ messageId: "roundingCoarser", cell: cellAt(t, UNIT_1, task, "项目执行率"), severity: "rounding" as const })),
    },
    {
      name: "党委工作经费缺口's 执行率 typed as 90.00%",
      tables: () => tablesOf(changed(project1(), [valueRightOf(project1(), "执行率"), pct(0.9)])),
      findings: (t) => [{ messageId: "mismatch", cell: cellRightOf(t, GAP, "执行率"), severity: "error" }],
    },
    {
      name: "党委工作经费缺口's 执行率 left blank: fill offers 92.81%",
      tables: () => tablesOf(cleared(project1(), valueRightOf(project1(), "执行率"))),
      findings: (t) => [{ messageId: "fillable", cell: cellRightOf(t, GAP, "执行率"), severity: "info" }],
    },
    {
      name: "national form: a 执行率 on the 上年结转资金 row, whose 预算数 is “—”",
      tables: async () => {
        const sheet = await nationalSheet(GAP);
        return tablesOf(changed(sheet, [addressOf(sheet, "上年结转资金", "执行率"), "50%"]));
      },
      findings: (t) => [{ messageId: "noBudget", cell: cellAt(t, GAP, "上年结转资金", "执行率"), severity: "info" }],
    },
    {
      name: copyName(changedSpent),
      tables: () => copyTables(changedSpent),
      findings: (t) => [{ messageId: "mismatch", cell: cellAt(t, changedSpent.sheet, changedSpent.row, "执行率"), severity: "error" }],
    },
    {
      name: copyName(changedTaskRate),
      tables: () => copyTables(changedTaskRate),
      findings: (t) =>
        WHOLE_PERCENT_TASKS.map((task) => ({
          messageId: task === changedTaskRate.row ? "mismatch" : "roundingWholePercent",
          cell: cellAt(t, changedTaskRate.sheet, task, "执行率"),
          severity: task === changedTaskRate.row ? ("error" as const) : ("rounding" as const),
        })),
    },
  ],
});
