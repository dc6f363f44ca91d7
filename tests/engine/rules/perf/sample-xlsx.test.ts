// The fixture workbook (tests/fixtures/sample.xlsx, built by tests/fixtures/build-sample.ts from the sample report)
// read as the CLI reads it: its five performance sheets are recognised and give exactly domain.md §8's findings.
import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook, CheckResult } from "../../../../src/engine/index";
import { cellAddress, SheetGrid, WorkbookGrid } from "../../../../src/engine/grid";
import { gridFromXlsx } from "../../../../src/xlsx/read";
import { addressOf, colOf, rowOf, valueRightOf } from "../../perf/sample-sheets";
import { brief } from "./run";

describe("the performance sheets of tests/fixtures/sample.xlsx", () => {
  let grid: WorkbookGrid;
  let result: CheckResult;
  const sheet = (name: string): SheetGrid => grid.sheets.find((s) => s.name.includes(name))!;

  beforeAll(async () => {
    grid = await gridFromXlsx(readFileSync(join(__dirname, "../../../fixtures/sample.xlsx")), "sample.xlsx");
    result = checkWorkbook(grid);
  });

  it("recognises the two 整体 and three 项目 sheets", () => {
    const perf = result.tables.filter((t) => t.kind === "perf-unit" || t.kind === "perf-project");
    expect(perf.map((t) => t.kind)).toEqual(["perf-unit", "perf-unit", "perf-project", "perf-project", "perf-project"]);
  });

  it("reports for them exactly what domain.md §8 says", () => {
    const u1 = sheet("整体绩效自评表1");
    const u2 = sheet("整体绩效自评表2");
    const p2 = sheet("党委专项业务经费");
    const p3 = sheet("招商引资专项经费");
    const at = (s: SheetGrid, address: string) => `${s.name}!${address}`;
    const taskRate = (s: SheetGrid, task: string) => at(s, addressOf(s, task, "项目执行率"));
    const perfFindings = result.findings.filter((f) => f.table === "perf-unit" || f.table === "perf-project");
    expect(brief(perfFindings)).toEqual(
      [
        `error perf/points-total ${at(p3, cellAddress(rowOf(p3, "绩效指标"), colOf(p3, "分值")))}`,
        `error perf/subtotal ${at(p3, valueRightOf(p3, "指标自评得分小计"))}`,
        `warning perf/execution-indicator ${at(u2, addressOf(u2, "预算执行率", "全年完成值"))}`,
        `warning perf/adjustment-indicator ${at(u2, addressOf(u2, "预算调整率", "全年完成值"))}`,
        `rounding perf/execution-rate ${taskRate(u1, "部门预算基本支出公用经费（保运转）")}`,
        `rounding perf/execution-rate ${taskRate(u1, "部门预算基本支出人员经费（保工资）")}`,
        `rounding perf/execution-rate ${taskRate(u1, "部门预算基本支出人员经费（刚性）")}`,
        `rounding perf/execution-rate ${taskRate(u2, "部门预算基本支出人员经费（保工资）")}`,
        `rounding perf/execution-rate ${taskRate(u2, "部门预算基本支出人员经费（刚性）")}`,
        `rounding perf/execution-rate ${taskRate(u2, "部门预算基本支出公用经费（保运转）")}`,
        `rounding perf/execution-rate ${at(p2, valueRightOf(p2, "执行率"))}`,
        `rounding perf/execution-rate ${at(p3, valueRightOf(p3, "执行率"))}`,
      ].sort()
    );
  });

  it("raises no recognition note about them", () => {
    const perfSheets = new Set(result.tables.filter((t) => t.kind.startsWith("perf")).map((t) => t.sheet));
    const notes = result.findings.filter((f) => perfSheets.has(f.sheet) && !f.rule.startsWith("perf/"));
    expect(notes).toEqual([]);
  });
});
