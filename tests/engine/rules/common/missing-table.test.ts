import { checkWorkbook } from "../../../../src/engine";
import { WorkbookGrid } from "../../../../src/engine/grid";
import { consolidatedBuffer } from "../../../fixtures/consolidated";
import { gridFromXlsx } from "../../../../src/xlsx/read";
import { departmentName } from "../../../fixtures/consolidated";
import { findingsOf, realGrid, sampleGrid, withoutSheet } from "../report/real";

describe("table/missing: all nine 公开 tables are required", () => {
  it("is silent on the real reports and the sample, which hold all nine", async () => {
    for (const grid of [await realGrid("2024-putuo-shehuigongzuobu"), await realGrid("2025-putuo-wenlvju"), await sampleGrid()]) {
      expect(findingsOf(grid, "table/missing")).toEqual([]);
    }
  });

  it("names a table left out of 社会工作部's report (its empty 08) as an 错误", async () => {
    const grid = withoutSheet(await realGrid("2024-putuo-shehuigongzuobu"), /^政府性基金预算/);
    const findings = findingsOf(grid, "table/missing");
    expect(findings.map((f) => [f.severity, f.table])).toEqual([["error", "08"]]);
    expect(findings[0].message).toContain("政府性基金预算财政拨款收入支出决算表（公开08表）");
    expect(checkWorkbook(grid).summary.error).toBeGreaterThanOrEqual(1);
  });

  it("names a table with figures left out of 文旅局's report (its 05), and only it", async () => {
    const grid = withoutSheet(await realGrid("2025-putuo-wenlvju"), /^一般公共预算财政拨款支出决算表/);
    expect(findingsOf(grid, "table/missing").map((f) => [f.severity, f.table])).toEqual([["error", "05"]]);
  });

  it("in a consolidated review book, names the department whose table is missing", async () => {
    const grid: WorkbookGrid = await gridFromXlsx(await consolidatedBuffer(2), "review.xlsx");
    const without = { ...grid, sheets: grid.sheets.filter((s) => !s.name.startsWith("D02-07")) };
    expect(without.sheets.length).toBe(grid.sheets.length - 1);
    const findings = checkWorkbook(without).findings.filter((f) => f.rule === "table/missing");
    expect(findings.map((f) => [f.severity, f.table, f.department])).toEqual([["error", "07", departmentName(1)]]);
  });
});
