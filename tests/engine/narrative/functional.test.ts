import { findFunctionalRow } from "../../../src/engine/narrative/patterns/functional";
import { sampleTables } from "./sample-tables";

describe("（类）（款）（项） → table 05", () => {
  const table05 = sampleTables().public["05"]!;
  const code = (category: string, section: string, line: string) => findFunctionalRow(table05, category, section, line)?.key;

  it("finds the 项 by its names, leniently (brackets, spaces, a trailing 支出)", () => {
    expect(code("一般公共服务支出", "党委办公厅（室）及相关机构事务", "行政运行")).toBe("2013101");
    expect(code("一般公共服务", "党委办公厅(室)及相关机构事务", "事业运行")).toBe("2013150");
    expect(code("社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费")).toBe("2080505");
  });

  it("tells apart two 项 of the same name under different 款 by the 款 name", () => {
    const twin = { ...table05, rows: [...table05.rows, { key: "2080101", code: "2080101", name: "行政运行", row: 99, cells: {} }, { key: "20801", code: "20801", name: "人力资源和社会保障管理事务", row: 98, cells: {} }] };
    expect(findFunctionalRow(twin, "社会保障和就业支出", "人力资源和社会保障管理事务", "行政运行")?.key).toBe("2080101");
    expect(findFunctionalRow(twin, "一般公共服务支出", "党委办公厅（室）及相关机构事务", "行政运行")?.key).toBe("2013101");
  });

  it("finds nothing for names 05 does not hold", () => {
    expect(code("教育支出", "普通教育", "小学教育")).toBeUndefined();
  });
});
