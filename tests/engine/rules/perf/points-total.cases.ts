// perf/points-total: the 分值 of a sheet add up to 100 (a project sheet's indicators to 100 − the 预算执行率 points). The
// sample's 招商引资专项经费 lost a row (76.7); a 分值 changed; the national forms' 总分 row and their committed copy.
import { pointsTotal } from "../../../../src/engine/rules/perf/points-total";
import { cellAddress } from "../../../../src/engine/grid";
import { WorkbookTables } from "../../../../src/engine/rule";
import { addressOf, colOf, project1, project2, project3, rowOf, unit1, unit2 } from "../../perf/sample-sheets";
import { ruleCases } from "../harness";
import { cellAt, changed, copyName, copyOf, copyTables, nationalBook, nationalSheet, sheetIn, tablesOf } from "./case-tables";

const INVESTMENT = "招商引资专项经费";
const changedPoints = copyOf("points-total.xlsx");

/** The 分值 header of a sheet's indicator table (under `section`): where a wrong sum of 分值 is reported. */
function pointsHeader(tables: WorkbookTables, sheet: string, section: string): string {
  const grid = sheetIn(tables, sheet);
  const row = rowOf(grid, section);
  return `${grid.name}!${cellAddress(row, colOf(grid, "分值", row))}`;
}

export const cases = ruleCases(pointsTotal, {
  valid: [
    { name: "the sample's 整体 sheets (tasks and indicators: 100) and two project sheets (90)", tables: () => tablesOf(unit1(), unit2(), project1(), project2()) },
    {
      name: "the national forms but 招商引资专项经费, 总分 rows at 100",
      tables: async () => tablesOf(...(await nationalBook()).sheets.filter((s) => !s.name.includes(INVESTMENT))),
    },
  ],
  invalid: [
    {
      name: "the sample's 招商引资专项经费: its indicators carry 76.7 of the 90 points",
      tables: () => tablesOf(project3()),
      findings: (t) => [{ messageId: "projectPoints", cell: pointsHeader(t, INVESTMENT, "绩效指标"), severity: "error" }],
    },
    {
      name: "a province whose 预算执行率 is worth 20 points: the indicators should carry 80",
      tables: () => tablesOf(project1()),
      settings: { executionRatePoints: 20 },
      findings: (t) => [{ messageId: "projectPoints", cell: pointsHeader(t, "党委工作经费缺口", "绩效指标"), severity: "error" }],
    },
    {
      name: "unit 1's 公用经费（刚性） task given 12 points: 102 in all",
      tables: () => tablesOf(changed(unit1(), [addressOf(unit1(), "部门预算基本支出公用经费（刚性）", "分值"), 12])),
      findings: (t) => [{ messageId: "unitPoints", cell: pointsHeader(t, "市委办", "绩效指标"), severity: "error" }],
    },
    {
      name: `${copyName(changedPoints)}: the 资金, tasks and indicators no longer make 100`,
      tables: () => copyTables(changedPoints),
      findings: (t) => [{ messageId: "unitPoints", cell: pointsHeader(t, changedPoints.sheet, "绩效指标"), severity: "error" }],
    },
    {
      name: "national form: the 总分 row's 分值 typed as 90",
      tables: async () => {
        const sheet = await nationalSheet("党委工作经费缺口");
        return tablesOf(changed(sheet, [addressOf(sheet, "总分", "分值"), 90]));
      },
      findings: (t) => [{ messageId: "totalPoints", cell: cellAt(t, "党委工作经费缺口", "总分", "分值"), severity: "error" }],
    },
  ],
});
