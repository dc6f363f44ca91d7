// perf/indicator-score: 得分 = 分值 × 完成程度 on the sample's sheets (1.6 × 0.31 = 0.496 …) and on the national
// forms, which have no 完成程度 column (worked out from 年度指标值 and 实际完成值; a qualitative indicator's 得分 is 信息,
// 无法核对). As published, and with a 得分 or a 完成值 changed as reports get them wrong, or left blank.
import { indicatorScore } from "../../../../src/engine/rules/perf/indicator-score";
import { WorkbookTables } from "../../../../src/engine/rule";
import { PERF_PROJECT_GAP, PERF_UNIT_1 } from "../../../fixtures/sample-data";
import { addressOf, project1, project3, unit1, unit2 } from "../../perf/sample-sheets";
import { ExpectedFinding, ruleCases } from "../harness";
import { cellAt, changed, cleared, copyName, copyOf, copyTables, nationalSheet, tablesOf } from "./case-tables";

const UNIT_1 = "市委办";
const GAP = "党委工作经费缺口";
const adjustmentScore = addressOf(unit1(), "预算调整率", "得分");
const changedScore = copyOf("indicator-score.xlsx");
const changedActual = copyOf("completion.xlsx");

/** The 信息 at the 得分 of each qualitative indicator (no 运算符号) of a national-form sheet, but `except`. */
function notScored(tables: WorkbookTables, sheet: string, source: typeof PERF_UNIT_1 | typeof PERF_PROJECT_GAP, except?: string): ExpectedFinding[] {
  return source.indicators
    .filter((indicator) => indicator.operator === "" && indicator.level3 !== except)
    .map((indicator) => ({ messageId: "notScored", cell: cellAt(tables, sheet, indicator.level3, "得分"), severity: "info" }));
}

export const cases = ruleCases(indicatorScore, {
  valid: [
    { name: "the sample's sheets: 1.6 × 0.31 = 0.496, 1.8 × 0.59 = 1.062, 2.5 × 0 = 0, 12.5 × 100% = 12.5", tables: () => tablesOf(unit1(), unit2(), project1(), project3()) },
  ],
  invalid: [
    {
      name: "a 得分 typed as its 分值 (1.6 for 1.6 × 0.31)",
      tables: () => tablesOf(changed(unit1(), [adjustmentScore, 1.6])),
      findings: (t) => [{ messageId: "mismatch", cell: cellAt(t, UNIT_1, "预算调整率", "得分"), severity: "error" }],
    },
    {
      name: "a 得分 from the unrounded 完成程度 (1.6 × 0.3149 = 0.504): a 尾差",
      tables: () => tablesOf(changed(unit1(), [adjustmentScore, 0.504])),
      findings: (t) => [{ messageId: "roundingInRange", cell: cellAt(t, UNIT_1, "预算调整率", "得分"), severity: "rounding" }],
    },
    {
      name: "a 得分 left blank: fill offers 0.496",
      tables: () => tablesOf(cleared(unit1(), adjustmentScore)),
      findings: (t) => [{ messageId: "fillable", cell: cellAt(t, UNIT_1, "预算调整率", "得分"), severity: "info" }],
    },
    {
      name: "the national form of 党委工作经费缺口 as built: its qualitative 得分 cannot be checked",
      tables: async () => tablesOf(await nationalSheet(GAP)),
      findings: (t) => notScored(t, GAP, PERF_PROJECT_GAP),
    },
    {
      name: "the national form of unit 1 with one qualitative 得分 left blank: to be typed in",
      tables: async () => {
        const sheet = await nationalSheet(UNIT_1);
        return tablesOf(cleared(sheet, addressOf(sheet, "依法行政能力", "得分")));
      },
      findings: (t) => [
        { messageId: "notScoredBlank", cell: cellAt(t, UNIT_1, "依法行政能力", "得分"), severity: "info" },
        ...notScored(t, UNIT_1, PERF_UNIT_1, "依法行政能力"),
      ],
    },
    {
      name: `${copyName(changedScore)}: told with the 完成程度 it was worked out from`,
      tables: () => copyTables(changedScore),
      findings: (t) => [{ messageId: "mismatchWhy", cell: cellAt(t, GAP, changedScore.row, "得分"), severity: "error" }, ...notScored(t, GAP, PERF_PROJECT_GAP)],
    },
    {
      name: `${copyName(changedActual)}: the 得分 no longer follows`,
      tables: () => copyTables(changedActual),
      findings: (t) => [{ messageId: "mismatchWhy", cell: cellAt(t, UNIT_1, changedActual.row, "得分"), severity: "error" }, ...notScored(t, UNIT_1, PERF_UNIT_1)],
    },
  ],
});
