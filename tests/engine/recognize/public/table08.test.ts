import { findRow } from "../../../../src/engine/tables";
import { recognizeSheets, shown, tableOf } from "./helpers";
import { sheet08, sheet09 } from "./sample-sheets";

describe("公开08表 and 公开09表, printed empty", () => {
  it("recognises 08 as empty, not missing, with its six columns and a blank 合计 row", () => {
    const table = tableOf("08", sheet08());
    expect(table.empty).toBe(true);
    expect(table.columns).toEqual(["carryIn", "income", "total", "basic", "project", "carryOut"]);
    const total = findRow(table, "total")!;
    expect(total.row).toBe(9);
    expect(Object.values(total.cells).map((c) => c!.state)).toEqual(Array(6).fill("blank"));
    expect(recognizeSheets(sheet08()).notes).toEqual([]);
  });

  it("recognises 09 as empty with 合计 | 基本支出 | 项目支出", () => {
    const table = tableOf("09", sheet09());
    expect(table.empty).toBe(true);
    expect(table.columns).toEqual(["total", "basic", "project"]);
    expect(table.rows.map((r) => r.key)).toEqual(["total"]);
    expect(findRow(table, "total")!.cells.total!.address).toBe("C9");
  });

  it("is not empty once a figure is entered", () => {
    const sheet = sheet09();
    sheet.cells[8][2] = { value: 12.5, numFmt: "#,##0.00" };
    const table = tableOf("09", sheet);
    expect(table.empty).toBe(false);
    expect(shown(findRow(table, "total")!.cells.total)).toBe("12.50");
  });

  it("counts zeros and dashes as empty", () => {
    const sheet = sheet08();
    sheet.cells[8][2] = { value: "-", numFmt: "General" };
    sheet.cells[8][4] = { value: 0, numFmt: "#,##0.00" };
    expect(tableOf("08", sheet).empty).toBe(true);
  });
});
