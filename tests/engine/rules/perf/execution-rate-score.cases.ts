// perf/execution-rate-score: 预算执行率得分 = 执行率分值 × 执行率 on the sample's project sheets and the national forms'
// 资金 block: as published, with the province's 20 points, with a 得分 changed or left blank, a 得分 on a 其中 row
// (not counted), and a 整体 sheet's 资金 row given 分值 and 得分.
import { executionRateScore } from "../../../../src/engine/rules/perf/execution-rate-score";
import { addressOf, pct, project1, project2, project3, valueRightOf } from "../../perf/sample-sheets";
import { ruleCases } from "../harness";
import { cellAt, cellRightOf, changed, cleared, copyName, copyOf, copyTables, nationalBook, nationalSheet, tablesOf } from "./case-tables";

const GAP = "党委工作经费缺口";
const rateScore = valueRightOf(project1(), "预算执行率得分");
const changedScore = copyOf("execution-rate-score.xlsx");

export const cases = ruleCases(executionRateScore, {
  valid: [
    { name: "the sample's project sheets: 10 × 92.81% shown 9.28, 10 × 94.59%, 10 × 57.56%", tables: () => tablesOf(project1(), project2(), project3()) },
    { name: "the national forms, 资金 得分 on the 年度资金总额 rows only", tables: async () => tablesOf(...(await nationalBook()).sheets) },
  ],
  invalid: [
    {
      name: "党委工作经费缺口's 预算执行率得分 typed as 9.5",
      tables: () => tablesOf(changed(project1(), [rateScore, 9.5])),
      findings: (t) => [{ messageId: "mismatch", cell: cellRightOf(t, GAP, "预算执行率得分"), severity: "error" }],
    },
    {
      name: "a province whose 预算执行率 is worth 20 points: the sample's 10-point score is wrong there",
      tables: () => tablesOf(project1()),
      settings: { executionRatePoints: 20 },
      findings: (t) => [{ messageId: "mismatch", cell: cellRightOf(t, GAP, "预算执行率得分"), severity: "error" }],
    },
    {
      name: "党委工作经费缺口's 执行率 above 100% with the 得分 left as it was: the score caps at the 10 points",
      tables: () => tablesOf(changed(project1(), [valueRightOf(project1(), "执行率"), pct(1.02)])),
      findings: (t) => [{ messageId: "mismatchWhy", cell: cellRightOf(t, GAP, "预算执行率得分"), severity: "error" }],
    },
    {
      name: "党委工作经费缺口's 预算执行率得分 left blank: fill offers 9.28",
      tables: () => tablesOf(cleared(project1(), rateScore)),
      findings: (t) => [{ messageId: "fillable", cell: cellRightOf(t, GAP, "预算执行率得分"), severity: "info" }],
    },
    {
      name: copyName(changedScore),
      tables: () => copyTables(changedScore),
      findings: (t) => [{ messageId: "mismatch", cell: cellAt(t, changedScore.sheet, changedScore.row, changedScore.header), severity: "error" }],
    },
    {
      name: "national form: a 得分 on the 其中：当年财政拨款 row, which the 总分 does not count",
      tables: async () => {
        const sheet = await nationalSheet(GAP);
        return tablesOf(changed(sheet, [addressOf(sheet, "其中：当年财政拨款", "得分"), 5]));
      },
      findings: (t) => [{ messageId: "notCounted", cell: cellAt(t, GAP, "其中：当年财政拨款", "得分"), severity: "info" }],
    },
    {
      name: "national form: unit 1's 年度资金总额 given 10 points and a 得分 of 5",
      tables: async () => {
        const sheet = await nationalSheet("市委办");
        return tablesOf(changed(sheet, [addressOf(sheet, "年度资金总额", "分值"), 10], [addressOf(sheet, "年度资金总额", "得分"), 5]));
      },
      findings: (t) => [{ messageId: "mismatch", cell: cellAt(t, "市委办", "年度资金总额", "得分"), severity: "error" }],
    },
  ],
});
