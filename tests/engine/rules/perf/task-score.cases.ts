// perf/task-score on the sample's 整体 sheets: 得分 = 分值 × 项目执行率 as shown (10 × 98.00% = 9.8), as published and
// with a 得分 or a rate changed as reports get them wrong, or left blank; and the national form's committed copy.
import { taskScore } from "../../../../src/engine/rules/perf/task-score";
import { addressOf, pct, unit1, unit2 } from "../../perf/sample-sheets";
import { ruleCases } from "../harness";
import { cellAt, changed, cleared, copyName, copyOf, copyTables, nationalBook, tablesOf } from "./case-tables";

const UNIT_1 = "市委办";
const RUNNING = "部门预算基本支出公用经费（保运转）";
const RIGID = "部门预算基本支出公用经费（刚性）";
const WAGES = "部门预算基本支出人员经费（保工资）";
const score = (task: string) => addressOf(unit1(), task, "得分");
const changedScore = copyOf("task-score.xlsx");

export const cases = ruleCases(taskScore, {
  valid: [
    { name: "the sample's 整体 sheets: 10 × 98.00% = 9.8, 13.3 × 88.00% = 11.704 shown 11.7", tables: () => tablesOf(unit1(), unit2()) },
    { name: "the same sheets in the national form", tables: async () => tablesOf(...(await nationalBook()).sheets) },
  ],
  invalid: [
    {
      name: "a task's 得分 typed as 9 for 10 × 98.00%",
      tables: () => tablesOf(changed(unit1(), [score(RUNNING), 9])),
      findings: (t) => [{ messageId: "mismatch", cell: cellAt(t, UNIT_1, RUNNING, "得分"), severity: "error" }],
    },
    {
      name: "a 得分 of 9.83 from the unrounded rate (10 × 98.29%): a 尾差",
      tables: () => tablesOf(changed(unit1(), [score(RUNNING), 9.83])),
      findings: (t) => [{ messageId: "roundingInRange", cell: cellAt(t, UNIT_1, RUNNING, "得分"), severity: "rounding" }],
    },
    {
      name: "a rate of 105% scored 10.5: it counts as 100%",
      tables: () => tablesOf(changed(unit1(), [addressOf(unit1(), RIGID, "项目执行率"), pct(1.05)], [score(RIGID), 10.5])),
      findings: (t) => [{ messageId: "mismatchWhy", cell: cellAt(t, UNIT_1, RIGID, "得分"), severity: "error" }],
    },
    {
      name: "unit 2's 保工资 得分 left blank: fill offers 11.704",
      tables: () => tablesOf(cleared(unit2(), addressOf(unit2(), WAGES, "得分"))),
      findings: (t) => [{ messageId: "fillable", cell: cellAt(t, "机要中心", WAGES, "得分"), severity: "info" }],
    },
    {
      name: copyName(changedScore),
      tables: () => copyTables(changedScore),
      findings: (t) => [{ messageId: "mismatch", cell: cellAt(t, changedScore.sheet, changedScore.row, changedScore.header), severity: "error" }],
    },
  ],
});
