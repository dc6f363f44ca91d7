import { findRow, figure } from "../../../../src/engine/tables";
import { recognizeSheets, shown, tableOf } from "./helpers";
import { DEPARTMENT, sheet03 } from "./sample-sheets";

describe("公开03表 支出决算表", () => {
  const table = tableOf("03", sheet03());

  it("reads the title block", () => {
    expect(table.sheet).toBe("支出决算表");
    expect(table.department).toBe(DEPARTMENT);
    expect(table.year).toBe("2024");
    expect(table.unit).toBe("万元");
    expect(table.empty).toBe(false);
  });

  it("maps the columns by header text", () => {
    expect(table.columns).toEqual(["total", "basic", "project", "toSuperior", "operating", "affiliated"]);
  });

  it("keys the 合计 row and every functional code", () => {
    expect(table.rows.map((r) => r.key)).toEqual([
      "total", "201", "20131", "2013101", "2013102", "2013150", "208", "20805", "2080501", "2080505", "2080506",
      "20808", "2080801", "210", "21011", "2101101", "2101102", "2101103", "221", "22102", "2210201",
    ]);
  });

  it("keeps each figure's address and shown value", () => {
    const basic = findRow(table, "total")!.cells.basic!;
    expect(basic.address).toBe("D9");
    expect(basic.state).toBe("amount");
    expect(shown(basic)).toBe("1672.09");
    expect(basic.numFmt).toBe("#,##0.00");
    expect(shown(figure(table, "2013102", "project"))).toBe("587.63");
    expect(figure(table, "2013102", "basic")!.state).toBe("blank");
    expect(shown(figure(table, "210", "total"))).toBe("66.99");
    expect(findRow(table, "2013101")!.name).toBe("行政运行");
    expect(findRow(table, "2013101")!.code).toBe("2013101");
  });

  it("covers the title through the notes in its range", () => {
    expect(table.range).toBe("A1:H32");
  });

  it("says nothing about a table it reads whole", () => {
    expect(recognizeSheets(sheet03()).notes).toEqual([]);
  });
});

describe("公开03表 rows that are not plain codes", () => {
  it("reads a category named without its code", () => {
    const sheet = sheet03();
    sheet.cells[9][0] = undefined;
    const row = findRow(tableOf("03", sheet), "201")!;
    expect(row).toMatchObject({ code: "201", name: "一般公共服务支出", row: 10 });
  });

  it("notes a code it cannot read, even on a row without figures", () => {
    const sheet = sheet03();
    sheet.cells[11][0] = { value: "2O13101", numFmt: "General" };
    sheet.cells[15][0] = { value: "208050", numFmt: "General" };
    sheet.cells[15].splice(2, 3);
    const { tables, notes } = recognizeSheets(sheet);
    expect(findRow(tables[0], "2013101")).toBeUndefined();
    expect(notes.map((n) => [n.cell, n.severity, n.message])).toEqual([
      ["A12", "warning", "第 12 行的科目编码“2O13101 行政运行”无法识别，该行金额未参与核对"],
      ["A16", "warning", "第 16 行的科目编码“208050 行政事业单位养老支出”无法识别，该行金额未参与核对"],
    ]);
  });

  it("notes figures on a row without any label", () => {
    const sheet = sheet03();
    sheet.cells[12][0] = undefined;
    sheet.cells[12][1] = undefined;
    const { notes } = recognizeSheets(sheet);
    expect(notes.map((n) => n.message)).toEqual(["第 13 行有金额但没有科目编码和名称，该行金额未参与核对"]);
  });

  it("notes a code printed twice", () => {
    const sheet = sheet03();
    sheet.cells[12][0] = { value: "2013101", numFmt: "General" };
    const { notes } = recognizeSheets(sheet);
    expect(notes.map((n) => [n.cell, n.message])).toEqual([["A13", "科目编码“2013101”在第 12 行已出现，第 13 行重复，核对只使用第 12 行"]]);
  });
});
