// Bad input in figure cells: text, error values, formulas, merged cells, General-format numbers.
import { findRow, figure } from "../../../../src/engine/tables";
import { recognizeSheets, shown, tableOf } from "./helpers";
import { sheet03, sheet05 } from "./sample-sheets";

describe("figure cells", () => {
  it("marks text in an amount cell invalid, with the reason in Chinese", () => {
    const sheet = sheet03();
    sheet.cells[8][3] = { value: "见附表", numFmt: "General" };
    const cell = figure(tableOf("03", sheet), "total", "basic")!;
    expect(cell.state).toBe("invalid");
    expect(cell.amount).toBeUndefined();
    expect(cell.problem).toBe("文本“见附表”不是数字");
    expect(cell.address).toBe("D9");
  });

  it("marks #REF! invalid and names the error", () => {
    const sheet = sheet03();
    sheet.cells[8][3] = { value: { error: "#REF!" }, numFmt: "#,##0.00", formula: "SUM(D10:D28)" };
    const cell = figure(tableOf("03", sheet), "total", "basic")!;
    expect(cell.state).toBe("invalid");
    expect(cell.problem).toContain("#REF!");
    expect(cell.formula).toBe(true);
  });

  it("keeps the formula flag and number format of a computed figure", () => {
    const sheet = sheet03();
    sheet.cells[8][2] = { value: 2259.73, numFmt: "0.00", formula: "D9+E9" };
    const cell = figure(tableOf("03", sheet), "total", "total")!;
    expect(cell).toMatchObject({ state: "amount", formula: true, numFmt: "0.00" });
    expect(shown(cell)).toBe("2259.73");
  });

  it("reads text amounts, dashes and bracketed negatives", () => {
    const sheet = sheet03();
    sheet.cells[9][2] = { value: "1,837.28", numFmt: "@" };
    sheet.cells[9][3] = { value: "１２４９．６５", numFmt: "@" };
    sheet.cells[9][5] = { value: "—", numFmt: "General" };
    sheet.cells[9][6] = { value: "(1.23)", numFmt: "General" };
    const row = findRow(tableOf("03", sheet), "201")!;
    expect(shown(row.cells.total)).toBe("1837.28");
    expect(shown(row.cells.basic)).toBe("1249.65");
    expect(shown(row.cells.toSuperior)).toBe("0.00");
    expect(shown(row.cells.operating)).toBe("-1.23");
  });

  it("gives a General-format number two decimals", () => {
    const sheet = sheet03();
    sheet.cells[21][2] = { value: 66.9, numFmt: "General" };
    expect(shown(figure(tableOf("03", sheet), "210", "total"))).toBe("66.90");
  });

  it("reads a 元 table with two decimals too", () => {
    const sheet = sheet05();
    sheet.cells[4][0] = { value: "金额单位：元", numFmt: "General" };
    sheet.cells[8][2] = { value: 22597300, numFmt: "General" };
    const table = tableOf("05", sheet);
    expect(table.unit).toBe("元");
    expect(shown(figure(table, "total", "total"))).toBe("22597300.00");
  });

  it("gives a merged figure to its top-left cell and notes a merge over several figures", () => {
    const sheet = sheet03();
    sheet.cells[10][3] = undefined;
    sheet.merges.push({ top: 11, bottom: 11, left: 3, right: 4 });
    const { tables, notes } = recognizeSheets(sheet);
    const row = findRow(tables[0], "20131")!;
    expect(shown(row.cells.total)).toBe("1837.28");
    expect(row.cells.basic).toBeUndefined();
    expect(notes).toEqual([
      expect.objectContaining({
        rule: "table/recognition",
        severity: "warning",
        cell: "C11",
        message: "合并单元格 C11:D11 覆盖多个金额，只按左上角 C11 的金额核对，其余单元格视为空白",
      }),
    ]);
  });

  it("notes a merge over figures of one column too, and says nothing about a merge over one figure", () => {
    const vertical = sheet03();
    vertical.merges.push({ top: 12, bottom: 13, left: 5, right: 5 });
    expect(recognizeSheets(vertical).notes).toEqual([expect.objectContaining({ cell: "E12" })]);
    const single = sheet03();
    single.merges.push({ top: 11, bottom: 11, left: 8, right: 9 });
    expect(recognizeSheets(single).notes).toEqual([]);
  });
});
