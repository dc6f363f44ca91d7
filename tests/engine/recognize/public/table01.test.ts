import { findRow, figure, INCOME_ITEMS_01 } from "../../../../src/engine/tables";
import { recognizeSheets, shown, tableOf } from "./helpers";
import { sheet01 } from "./sample-sheets";

describe("公开01表 收入支出决算总表", () => {
  const table = tableOf("01", sheet01());

  it("keys income items by their names", () => {
    for (const key of INCOME_ITEMS_01) expect(findRow(table, key)).toBeDefined();
    expect(shown(figure(table, "in.gpb", "amount"))).toBe("2259.73");
    expect(figure(table, "in.gov", "amount")!.state).toBe("blank");
    expect(shown(figure(table, "in.total", "amount"))).toBe("2259.73");
    expect(findRow(table, "in.nonFiscalSurplus")).toBeDefined();
    expect(findRow(table, "in.carryIn")).toBeDefined();
    expect(shown(figure(table, "in.grand", "amount"))).toBe("2259.73");
  });

  it("keys the 26 spending categories by their 类 code", () => {
    const categories = table.rows.filter((r) => /^out\.2\d\d$/.test(r.key));
    expect(categories).toHaveLength(26);
    expect(categories[0]).toMatchObject({ key: "out.201", code: "201", name: "一、一般公共服务支出" });
    const health = findRow(table, "out.210")!;
    expect(shown(health.cells.amount)).toBe("66.98");
    expect(health.cells.amount!.address).toBe("F17");
    expect(findRow(table, "out.234")!.name).toBe("二十六、抗疫特别国债安排的支出");
    expect(shown(figure(table, "out.total", "amount"))).toBe("2259.73");
    expect(findRow(table, "out.surplusDist")).toBeDefined();
    expect(findRow(table, "out.carryOut")).toBeDefined();
    expect(figure(table, "out.grand", "amount")!.address).toBe("F39");
  });

  it("tells the two 总计 rows apart by their side", () => {
    expect(figure(table, "in.grand", "amount")!.address).toBe("C39");
    expect(figure(table, "out.grand", "amount")!.address).toBe("F39");
  });

  it("leaves the numbered blank lines out", () => {
    expect(table.rows).toHaveLength(12 + 30);
    expect(table.columns).toEqual(["amount"]);
    expect(table.range).toBe("A1:F42");
  });

  it("notes an item it cannot name when it holds a figure", () => {
    const sheet = sheet01();
    sheet.cells[9][0] = { value: "三、国有资本收益", numFmt: "General" };
    sheet.cells[9][2] = { value: 5, numFmt: "#,##0.00" };
    const { notes } = recognizeSheets(sheet);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ rule: "table/recognition", severity: "warning", cell: "A10", table: "01" });
    expect(notes[0].message).toContain("无法识别的项目“三、国有资本收益”");
  });

  it("notes a missing 金额 column", () => {
    const sheet = sheet01();
    sheet.cells[6][5] = { value: "数额", numFmt: "General" };
    const { tables, notes } = recognizeSheets(sheet);
    expect(tables[0].columns).toEqual(["amount"]);
    expect(findRow(tables[0], "out.210")!.cells.amount).toBeUndefined();
    expect(notes.map((n) => n.message)).toEqual(["收入支出决算总表缺少“金额”列，该列金额按空白处理"]);
  });
});
