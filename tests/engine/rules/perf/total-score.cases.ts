// perf/total-score: 绩效自评总得分 = 小计 + 预算执行率得分 − 减分项 on the sample's project sheets, and the national form's
// 总分 = Σ 得分 + 资金得分 (− 减分项): as published (the national 招商引资专项经费, whose scores add to less than its 总分),
// with a 减分项 or a total changed, and a total left blank.
import { totalScore } from "../../../../src/engine/rules/perf/total-score";
import { addressOf, project1, project2, project3, valueRightOf } from "../../perf/sample-sheets";
import { ruleCases } from "../harness";
import { cellAt, cellRightOf, changed, cleared, copyName, copyOf, copyTables, nationalSheet, reworked, tablesOf } from "./case-tables";

const GAP = "党委工作经费缺口";
const SPECIAL = "党委专项业务经费";
const INVESTMENT = "招商引资专项经费";
const changedTotal = copyOf("total-score.xlsx");

export const cases = ruleCases(totalScore, {
  valid: [
    { name: "the sample's project sheets: 90 + 9.28 − 0, and 90 + 5.76 − 26.756 = 69.004 shown 69", tables: () => tablesOf(project1(), project2(), project3()) },
    { name: "the national forms of 党委工作经费缺口 and 党委专项业务经费", tables: async () => tablesOf(await nationalSheet(GAP), await nationalSheet(SPECIAL)) },
  ],
  invalid: [
    {
      name: "党委专项业务经费 with a 减分项 of 5 the 总得分 does not take off",
      tables: () => tablesOf(changed(project2(), [valueRightOf(project2(), "减分项"), 5])),
      findings: (t) => [{ messageId: "sumMismatch", cell: cellRightOf(t, SPECIAL, "绩效自评总得分"), severity: "error" }],
    },
    {
      name: "党委工作经费缺口's 总得分 with the unrounded 预算执行率得分 (10 × 92.81% = 9.281): a 尾差",
      tables: () => tablesOf(reworked(project1(), valueRightOf(project1(), "绩效自评总得分"), (v) => v.plus("0.001"))),
      findings: (t) => [{ messageId: "sumRounding", cell: cellRightOf(t, GAP, "绩效自评总得分"), severity: "rounding" }],
    },
    {
      name: "党委工作经费缺口's 总得分 left blank: fill offers 99.28",
      tables: () => tablesOf(cleared(project1(), valueRightOf(project1(), "绩效自评总得分"))),
      findings: (t) => [{ messageId: "fillable", cell: cellRightOf(t, GAP, "绩效自评总得分"), severity: "info" }],
    },
    {
      name: "the national form of 招商引资专项经费 as built: its scores add to 55.704, its 总分 is 69",
      tables: async () => tablesOf(await nationalSheet(INVESTMENT)),
      findings: (t) => [{ messageId: "sumMismatch", cell: cellAt(t, INVESTMENT, "总分", "得分"), severity: "error" }],
    },
    {
      name: copyName(changedTotal),
      tables: () => copyTables(changedTotal),
      findings: (t) => [{ messageId: "sumMismatch", cell: cellAt(t, changedTotal.sheet, changedTotal.row, changedTotal.header), severity: "error" }],
    },
    {
      name: "the national form of 党委工作经费缺口 with its 总分 left blank",
      tables: async () => {
        const sheet = await nationalSheet(GAP);
        return tablesOf(cleared(sheet, addressOf(sheet, "总分", "得分")));
      },
      findings: (t) => [{ messageId: "fillable", cell: cellAt(t, GAP, "总分", "得分"), severity: "info" }],
    },
  ],
});
