import { checkWorkbook } from "../../../../src/engine";
import { WorkbookGrid } from "../../../../src/engine/grid";
import { consolidatedBuffer } from "../../../fixtures/consolidated";
import { gridFromXlsx } from "../../../../src/xlsx/read";
import { departmentName } from "../../../fixtures/consolidated";
import { findingsOf, realGrid, sampleGrid, withCell, withoutSheet } from "../report/real";

describe("table/missing: all nine 公开 tables are required", () => {
  it("is silent on the real reports and the sample, which hold all nine", async () => {
    for (const grid of [await realGrid("2024-putuo-shehuigongzuobu"), await realGrid("2025-putuo-wenlvju"), await sampleGrid()]) {
      expect(findingsOf(grid, "table/missing")).toEqual([]);
    }
  });

  it("names a table left out of 社会工作部's report (its empty 08) as an 错误", async () => {
    const grid = withoutSheet(await realGrid("2024-putuo-shehuigongzuobu"), /^政府性基金预算/);
    const findings = findingsOf(grid, "table/missing");
    expect(findings.map((f) => [f.severity, f.table, f.messageId])).toEqual([["error", "08", "missing"]]);
    // The message names the table by its title and number, as the accountant looks for it.
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

  it("says where the report still lists a table it left out (a list of tables built from its own sheet names)", async () => {
    const original = await realGrid("2024-putuo-shehuigongzuobu");
    const list = original.sheets.filter((s) => s.name !== "情况说明").map((s, i) => `${i + 1}. ${s.name}`).join("\n");
    const first = original.sheets[0];
    const listed = withCell(original, first.name, `A${first.rowCount + 2}`, `目录：\n${list}`);
    const without = withoutSheet(listed, /^支出决算表/);
    const [finding] = findingsOf(without, "table/missing");
    expect([finding.sheet, finding.table, finding.related, finding.messageId]).toEqual([first.name, "03", [`A${first.rowCount + 2}`], "missingButListed"]);
    // …and names the cell of the list that still holds it.
    expect(finding.message).toContain(`${first.name}!A${first.rowCount + 2}`);
    // A title that only ends another table's title (支出决算表 in 一般公共预算财政拨款支出决算表) is not a listing of it.
    expect(findingsOf(withoutSheet(original, /^支出决算表/), "table/missing").map((f) => f.related)).toEqual([[]]);
  });
});
