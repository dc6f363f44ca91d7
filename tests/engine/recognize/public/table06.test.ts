import { findRow, figure } from "../../../../src/engine/tables";
import { recognizeSheets, shown, tableOf } from "./helpers";
import { GROUPS_06, sheet06 } from "./sample-sheets";

describe("公开06表 一般公共预算财政拨款基本支出决算表", () => {
  const table = tableOf("06", sheet06());

  it("reads the three code | name | 决算数 groups into economic-code rows", () => {
    expect(table.columns).toEqual(["amount"]);
    const codes = GROUPS_06.flat().map(([code]) => code);
    expect(table.rows.map((r) => r.key)).toEqual([...codes, "personnelTotal", "publicTotal"]);
    expect(shown(figure(table, "30110", "amount"))).toBe("48.73");
    expect(figure(table, "30110", "amount")!.address).toBe("C16");
    expect(shown(figure(table, "301", "amount"))).toBe("1256.61");
    expect(shown(figure(table, "30231", "amount"))).toBe("56.98");
    expect(figure(table, "30231", "amount")!.address).toBe("F32");
    expect(shown(figure(table, "31002", "amount"))).toBe("2.00");
    expect(findRow(table, "30213")!.name).toBe("维修（护）费");
  });

  it("reads the bottom line, whose 公用经费合计 sits columns right of its label", () => {
    expect(findRow(table, "personnelTotal")).toMatchObject({ name: "人员经费合计", row: 41 });
    expect(shown(figure(table, "personnelTotal", "amount"))).toBe("1374.42");
    expect(shown(figure(table, "publicTotal", "amount"))).toBe("297.67");
    expect(figure(table, "publicTotal", "amount")!.address).toBe("I41");
  });

  it("falls back to the last 决算数 column before the next label when the bottom line is blank", () => {
    // 公用经费 spans the second and third column groups: its blank total is the cell it would be typed in, I41.
    const sheet = sheet06();
    sheet.cells[40][8] = undefined;
    sheet.cells[40][2] = undefined;
    const tables = tableOf("06", sheet);
    const publicTotal = figure(tables, "publicTotal", "amount")!;
    expect(publicTotal.state).toBe("blank");
    expect(publicTotal.address).toBe("I41");
    expect(figure(tables, "personnelTotal", "amount")!.address).toBe("C41");
  });

  it("resolves codes cut to 4 digits by their names", () => {
    const cut = tableOf("06", sheet06({ economic: "cut" }));
    expect(findRow(cut, "30108")!.name).toBe("机关事业单位基本养老保险");
    expect(shown(figure(cut, "30110", "amount"))).toBe("48.73");
    expect(findRow(cut, "30114")!.name).toBe("医疗费");
    expect(findRow(cut, "30307")!.name).toBe("医疗费补助");
    expect(findRow(cut, "39999")!.name).toBe("其他支出");
    expect(findRow(cut, "399")!.name).toBe("其他支出");
    expect(shown(figure(cut, "publicTotal", "amount"))).toBe("297.67");
  });

  it("notes a cut code whose name points nowhere when it holds a figure", () => {
    const sheet = sheet06({ economic: "cut" });
    // 3120 其他资本性补助: no official code carries that name.
    const row = sheet.cells.findIndex((cells) => cells.some((c) => c?.value === "其他资本性补助"));
    sheet.cells[row][8] = { value: 3.5, numFmt: "#,##0.00" };
    const { notes } = recognizeSheets(sheet);
    expect(notes).toEqual([
      expect.objectContaining({ cell: `G${row + 1}`, message: `第 ${row + 1} 行的科目编码“3120 其他资本性补助”无法识别，该行金额未参与核对` }),
    ]);
  });
});
