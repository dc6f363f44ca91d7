import { findRow, figure } from "../../../../src/engine/tables";
import { recognizeSheets, shown, tableOf } from "./helpers";
import { sheet02 } from "./sample-sheets";

describe("公开02表 收入决算表", () => {
  const table = tableOf("02", sheet02());

  it("maps the seven income columns", () => {
    expect(table.columns).toEqual(["total", "fiscal", "superior", "business", "operating", "affiliated", "other"]);
  });

  it("reads 合计 and every code", () => {
    expect(table.rows).toHaveLength(21);
    expect(shown(figure(table, "total", "total"))).toBe("2259.73");
    expect(shown(figure(table, "total", "fiscal"))).toBe("2259.73");
    expect(figure(table, "total", "superior")!.state).toBe("blank");
    expect(shown(figure(table, "210", "fiscal"))).toBe("66.99");
    expect(findRow(table, "2080506")!.name).toBe("机关事业单位职业年金缴费支出");
  });

  it("notes the column it cannot find", () => {
    const sheet = sheet02();
    sheet.cells[5][4] = { value: "上级补助", numFmt: "General" };
    const { tables, notes } = recognizeSheets(sheet);
    expect(tables[0].columns).not.toContain("superior");
    expect(notes).toEqual([
      expect.objectContaining({ severity: "warning", cell: "A6", message: "收入决算表缺少“上级补助收入”列，该列金额按空白处理" }),
    ]);
  });
});
