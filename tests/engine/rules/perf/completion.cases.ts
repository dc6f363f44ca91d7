// perf/completion on the sample's sheets: as published (forward, capped at 1, reverse 5 ÷ 15.88 = 0.31, a zero target
// exceeded = 0), and with a 完成程度 or a 完成值 changed as reports get them wrong, or left blank.
import { completion } from "../../../../src/engine/rules/perf/completion";
import { addressOf, project1, unit1, unit2 } from "../../perf/sample-sheets";
import { ruleCases } from "../harness";
import { cellAt, changed, cleared, nationalBook, tablesOf } from "./case-tables";

const UNIT_1 = "市委办";
const GAP = "党委工作经费缺口";
const adjustment = addressOf(unit1(), "预算调整率", "完成程度");

export const cases = ruleCases(completion, {
  valid: [
    { name: "the sample's two 整体 sheets and 党委工作经费缺口", tables: () => tablesOf(unit1(), unit2(), project1()) },
    // No 完成程度 column: nothing shown to check (the scores' rule works it out).
    { name: "the five sheets in the national forms", tables: async () => tablesOf(...(await nationalBook()).sheets) },
  ],
  invalid: [
    {
      name: "a reverse indicator's 完成程度 typed as 0.5 for 5 ÷ 15.88 = 0.31",
      tables: () => tablesOf(changed(unit1(), [adjustment, 0.5])),
      findings: (t) => [{ messageId: "mismatchWhy", cell: cellAt(t, UNIT_1, "预算调整率", "完成程度"), severity: "error" }],
    },
    {
      name: "a 完成值 of 90 against a target of 100, the 完成程度 left at 100%",
      tables: () => tablesOf(changed(project1(), [addressOf(project1(), "监督检查任务完成率", "全年完成值"), 90])),
      findings: (t) => [{ messageId: "mismatchWhy", cell: cellAt(t, GAP, "监督检查任务完成率", "完成程度"), severity: "error" }],
    },
    {
      name: "the reverse 完成程度 with four decimals, 0.3148 for 0.31486: within the rounding of 15.88",
      tables: () => tablesOf(changed(unit1(), [adjustment, 0.3148])),
      findings: (t) => [{ messageId: "roundingInRange", cell: cellAt(t, UNIT_1, "预算调整率", "完成程度"), severity: "rounding" }],
    },
    {
      name: "the reverse 完成程度 left blank: fill offers 0.31",
      tables: () => tablesOf(cleared(unit1(), adjustment)),
      findings: (t) => [{ messageId: "fillable", cell: cellAt(t, UNIT_1, "预算调整率", "完成程度"), severity: "info" }],
    },
  ],
});
