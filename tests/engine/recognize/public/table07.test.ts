import { figure } from "../../../../src/engine/tables";
import { recognizeSheets, shown, tableOf } from "./helpers";
import { sheet07 } from "./sample-sheets";
import { itemKey07 } from "../../../../src/engine/recognize/public/table07";

describe("公开07表 财政拨款“三公”经费支出决算表", () => {
  it("reads the rows layout", () => {
    const table = tableOf("07", sheet07());
    expect(table.columns).toEqual(["budget", "actual"]);
    expect(table.rows.map((r) => r.key)).toEqual(["total", "abroad", "reception", "vehicle", "vehicleOps", "vehiclePurchase"]);
    expect(shown(figure(table, "total", "budget"))).toBe("57.99");
    expect(shown(figure(table, "total", "actual"))).toBe("57.40");
    expect(shown(figure(table, "vehicleOps", "actual"))).toBe("56.98");
    expect(figure(table, "vehicleOps", "actual")!.address).toBe("C11");
    expect(figure(table, "abroad", "actual")!.state).toBe("blank");
    expect(shown(figure(table, "reception", "actual"))).toBe("0.42");
  });

  it("reads the one-row layout into the same keys", () => {
    const table = tableOf("07", sheet07({ threeCostsAsRow: true }));
    expect(table.rows.map((r) => r.key)).toEqual(["total", "abroad", "reception", "vehicle", "vehicleOps", "vehiclePurchase"]);
    expect(figure(table, "vehicleOps", "actual")!.address).toBe("J9");
    expect(shown(figure(table, "vehicleOps", "actual"))).toBe("56.98");
    expect(figure(table, "vehiclePurchase", "budget")!.address).toBe("G9");
    expect(figure(table, "vehicle", "budget")!.address).toBe("E9");
    expect(shown(figure(table, "reception", "budget"))).toBe("1.00");
    expect(figure(table, "total", "actual")!.address).toBe("B9");
  });

  it("names items however they are numbered", () => {
    expect(itemKey07("合 计")).toBe("total");
    expect(itemKey07("1、因公出国（境）费")).toBe("abroad");
    expect(itemKey07("3、公务用车购置及运行费")).toBe("vehicle");
    expect(itemKey07("公务用车购置及运行维护费")).toBe("vehicle");
    expect(itemKey07("其中：(1) 公务用车运行维护费")).toBe("vehicleOps");
    expect(itemKey07("（2）公务用车购置费")).toBe("vehiclePurchase");
    expect(itemKey07("培训费")).toBeUndefined();
  });

  it("notes an item it does not find", () => {
    const sheet = sheet07();
    sheet.cells[7] = [];
    const { tables, notes } = recognizeSheets(sheet);
    expect(tables[0].rows.map((r) => r.key)).not.toContain("abroad");
    expect(notes.map((n) => n.message)).toEqual(["财政拨款“三公”经费支出决算表（公开07表）未找到“因公出国（境）费”，涉及它的核对未进行"]);
  });
});
