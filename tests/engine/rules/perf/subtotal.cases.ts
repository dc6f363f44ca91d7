// perf/subtotal: 指标自评得分小计 = Σ 得分 on the sample's project sheets. 招商引资专项经费 as published (小计 90 over
// scores of 76.7); a 小计 left blank; a 小计 that adds the exact scores where one is shown rounded.
import { roundTo } from "../../../../src/engine/decimal";
import { SheetGrid } from "../../../../src/engine/grid";
import { subtotal } from "../../../../src/engine/rules/perf/subtotal";
import { addressOf, project1, project2, project3, valueRightOf } from "../../perf/sample-sheets";
import { ruleCases } from "../harness";
import { cellRightOf, changed, cleared, nationalBook, numberAt, reworked, tablesOf } from "./case-tables";

const GAP = "党委工作经费缺口";
const INDICATOR = "监督检查任务完成率";

/**
 * 党委工作经费缺口 with 监督检查任务完成率 met at 90%: its 分值 × 90% (11.25) shown rounded to one decimal (11.3), while
 * the 小计 adds the exact 11.25 — a 尾差 within the rounding of the shown score, not an error.
 */
function withRoundedScore(): SheetGrid {
  const sheet = project1();
  const score = addressOf(sheet, INDICATOR, "得分");
  const exact = numberAt(sheet, addressOf(sheet, INDICATOR, "分值")).times("0.9");
  const shownBefore = numberAt(sheet, score);
  const steps: ((s: SheetGrid) => SheetGrid)[] = [
    (s) => reworked(s, addressOf(s, INDICATOR, "全年完成值"), (v) => v.times("0.9")),
    (s) => changed(s, [addressOf(s, INDICATOR, "完成程度"), "90%"]),
    (s) => reworked(s, score, () => roundTo(exact, 1)),
    (s) => reworked(s, valueRightOf(s, "指标自评得分小计"), (v) => v.minus(shownBefore).plus(exact)),
  ];
  return steps.reduce((s, step) => step(s), sheet);
}

export const cases = ruleCases(subtotal, {
  valid: [
    { name: "the sample's 党委工作经费缺口 and 党委专项业务经费: 小计 90 = Σ 得分", tables: () => tablesOf(project1(), project2()) },
    { name: "the national forms, which have no 小计", tables: async () => tablesOf(...(await nationalBook()).sheets) },
  ],
  invalid: [
    {
      name: "the sample's 招商引资专项经费: 小计 90 over scores of 76.7",
      tables: () => tablesOf(project3()),
      findings: (t) => [{ messageId: "sumMismatch", cell: cellRightOf(t, "招商引资专项经费", "指标自评得分小计"), severity: "error" }],
    },
    {
      name: "党委工作经费缺口's 小计 left blank: fill offers 90",
      tables: () => tablesOf(cleared(project1(), valueRightOf(project1(), "指标自评得分小计"))),
      findings: (t) => [{ messageId: "fillable", cell: cellRightOf(t, GAP, "指标自评得分小计"), severity: "info" }],
    },
    {
      name: "a 小计 of the exact scores where one score is shown rounded (11.3 for 12.5 × 90%)",
      tables: () => tablesOf(withRoundedScore()),
      findings: (t) => [{ messageId: "sumRounding", cell: cellRightOf(t, GAP, "指标自评得分小计"), severity: "rounding" }],
    },
  ],
});
