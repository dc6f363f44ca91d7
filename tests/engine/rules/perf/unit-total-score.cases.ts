// perf/unit-total-score: 总评价得分 = Σ 得分 of the 年度主要任务 and the indicators on the sample's 整体 sheets (94.136
// shown 94.14), and the national forms' 总分: as published, with the total changed (within the rounding of a task
// score shown rounded, or beyond it), and left blank.
import { unitTotalScore } from "../../../../src/engine/rules/perf/unit-total-score";
import { unit1, unit2, valueRightOf } from "../../perf/sample-sheets";
import { ruleCases } from "../harness";
import { cellAt, cellRightOf, changed, cleared, copyName, copyOf, copyTables, nationalBook, reworked, tablesOf } from "./case-tables";

const UNIT_1 = "市委办";
const UNIT_2 = "机要中心";
const changedTotal = copyOf("unit-total-score.xlsx");

export const cases = ruleCases(unitTotalScore, {
  valid: [
    { name: "the sample's 整体 sheets: 94.136 shown 94.14, 93.782 shown 93.78", tables: () => tablesOf(unit1(), unit2()) },
    { name: "the national forms' 整体 sheets", tables: async () => tablesOf(...(await nationalBook()).sheets) },
  ],
  invalid: [
    {
      name: "unit 1's 总评价得分 typed as 94.5",
      tables: () => tablesOf(changed(unit1(), [valueRightOf(unit1(), "总评价得分"), 94.5])),
      findings: (t) => [{ messageId: "sumMismatch", cell: cellRightOf(t, UNIT_1, "总评价得分"), severity: "error" }],
    },
    {
      name: "unit 2's 总评价得分 0.01 off: within the rounding of 11.7 (13.3 × 88% = 11.704)",
      tables: () => tablesOf(reworked(unit2(), valueRightOf(unit2(), "总评价得分"), (v) => v.minus("0.01"))),
      findings: (t) => [{ messageId: "sumRounding", cell: cellRightOf(t, UNIT_2, "总评价得分"), severity: "rounding" }],
    },
    {
      name: "unit 2's 总评价得分 left blank: fill offers 93.78",
      tables: () => tablesOf(cleared(unit2(), valueRightOf(unit2(), "总评价得分"))),
      findings: (t) => [{ messageId: "fillable", cell: cellRightOf(t, UNIT_2, "总评价得分"), severity: "info" }],
    },
    {
      name: copyName(changedTotal),
      tables: () => copyTables(changedTotal),
      findings: (t) => [{ messageId: "sumMismatch", cell: cellAt(t, changedTotal.sheet, changedTotal.row, changedTotal.header), severity: "error" }],
    },
  ],
});
