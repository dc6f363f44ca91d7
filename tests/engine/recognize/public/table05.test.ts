import { figure } from "../../../../src/engine/tables";
import { recognizeSheets, shown, tableOf } from "./helpers";
import { sheet05 } from "./sample-sheets";

describe("公开05表 一般公共预算财政拨款支出决算表", () => {
  const table = tableOf("05", sheet05());

  it("reads 小计 | 基本支出 | 项目支出 under the 本年支出 group", () => {
    expect(table.columns).toEqual(["total", "basic", "project"]);
    expect(shown(figure(table, "total", "total"))).toBe("2259.73");
    expect(shown(figure(table, "total", "basic"))).toBe("1672.09");
    expect(shown(figure(table, "2101101", "basic"))).toBe("40.63");
    expect(shown(figure(table, "2101102", "basic"))).toBe("8.11");
  });

  it("keeps a printed 0.00 as an amount, not a blank", () => {
    const zero = figure(table, "2013101", "project")!;
    expect(zero.state).toBe("amount");
    expect(shown(zero)).toBe("0.00");
    expect(table.empty).toBe(false);
  });

  it("is not confused by a 合计 column header when the 合计 row is blank-labelled", () => {
    expect(recognizeSheets(sheet05()).notes).toEqual([]);
  });
});
