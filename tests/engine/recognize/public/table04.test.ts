import { findRow, figure } from "../../../../src/engine/tables";
import { recognizeSheets, shown, tableOf } from "./helpers";
import { sheet04 } from "./sample-sheets";

describe("公开04表 财政拨款收入支出决算总表", () => {
  const table = tableOf("04", sheet04());

  it("maps the income column and the four spending columns", () => {
    expect(table.columns).toEqual(["amount", "total", "gpb", "gov", "soe"]);
  });

  it("keys the fund rows, and the same names again under 年初财政拨款结转和结余", () => {
    expect(shown(figure(table, "in.gpb", "amount"))).toBe("2259.73");
    expect(findRow(table, "in.gov")!.name).toBe("二、政府性基金预算财政拨款");
    expect(findRow(table, "in.soe")).toBeDefined();
    expect(shown(figure(table, "in.total", "amount"))).toBe("2259.73");
    expect(findRow(table, "in.carryIn")!.row).toBe(36);
    expect(findRow(table, "in.carryIn.gpb")).toMatchObject({ name: "一般公共预算财政拨款", row: 37 });
    expect(findRow(table, "in.carryIn.gov")!.row).toBe(38);
    expect(findRow(table, "in.carryIn.soe")!.row).toBe(39);
    expect(shown(figure(table, "in.grand", "amount"))).toBe("2259.73");
  });

  it("reads every spending row in its four columns", () => {
    const health = findRow(table, "out.210")!;
    expect(shown(health.cells.total)).toBe("66.98");
    expect(shown(health.cells.gpb)).toBe("66.98");
    expect(health.cells.gov!.state).toBe("blank");
    expect(health.cells.gpb!.address).toBe("G17");
    expect(shown(figure(table, "out.total", "gpb"))).toBe("2259.73");
    expect(findRow(table, "out.carryOut")).toBeDefined();
    expect(shown(figure(table, "out.grand", "total"))).toBe("2259.73");
    expect(table.rows.filter((r) => r.code)).toHaveLength(26);
  });

  it("notes a missing fund column", () => {
    const sheet = sheet04();
    sheet.cells[6][8] = undefined;
    const { tables, notes } = recognizeSheets(sheet);
    expect(tables[0].columns).toEqual(["amount", "total", "gpb", "gov"]);
    expect(notes.map((n) => n.message)).toEqual(["财政拨款收入支出决算总表缺少“国有资本经营预算财政拨款”列，该列金额按空白处理"]);
  });
});
