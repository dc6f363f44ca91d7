import { recognizeWorkbook } from "../../../src/engine/recognize";
import { referenceTemplateRows } from "../../../src/engine/narrative/reference-template";
import { sampleGrid } from "./fixture";
import { sampleTables } from "./sample-tables";

describe("the 参考数据 template", () => {
  it("lists every figure the sample's narrative needs that no table holds, once", () => {
    const rows = referenceTemplateRows(sampleTables());
    const keys = rows.map((r) => `${r.item}|${r.code ?? ""}|${r.column}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining([
        "收入总计||上年决算数",
        "财政拨款支出||年初预算数",
        "财政拨款基本支出||年初预算数",
        "财政拨款项目支出||年初预算数",
        "行政运行|2013101|年初预算数",
        "住房公积金|2210201|年初预算数",
        "公务接待费||上年决算数",
        "机关运行经费||本年决算数",
        "机关运行经费||上年决算数",
      ])
    );
    expect(rows.filter((r) => r.column === "年初预算数")).toHaveLength(14);
  });

  it("lists them even when 参考数据 already holds some: it is the whole list", () => {
    const reference = [
      ["项目", "年初预算数"],
      ["合计", "1796.72"],
    ];
    expect(referenceTemplateRows(sampleTables({ reference }))).toEqual(referenceTemplateRows(sampleTables()));
  });

  it("lists what the standard draft needs when the workbook has no narrative", async () => {
    const tables = recognizeWorkbook(await sampleGrid());
    const rows = referenceTemplateRows({ ...tables, narrative: undefined });
    expect(rows.map((r) => `${r.item}|${r.column}`)).toEqual(expect.arrayContaining(["收入总计|上年决算数", "财政拨款支出|年初预算数", "公务用车购置及运行费|上年决算数"]));
    expect(rows.some((r) => r.item === "机关运行经费")).toBe(false);
  });
});

describe("the 参考数据 rows a real report's narrative needs (文旅局 2025)", () => {
  it("lists the 年初预算数 of each （项） whose paragraph states it, by 科目编码, and they remove its 无法核对", async () => {
    const { real, realTables } = await import("../rules/narrative/real-run");
    const { narrativeAccount, figureQuote } = await import("../../../src/engine/narrative/accounting");
    const { tables } = await real("2025-putuo-wenlvju");
    const rows = referenceTemplateRows(tables).filter((r) => r.column === "年初预算数" && r.code?.length === 7);
    expect(rows.length).toBeGreaterThan(10);
    // Fill the template with the budgets the narrative states: each of those figures is then checked, not 无法核对.
    const stated = narrativeAccount(tables).figures.filter((f) => figureQuote(f).startsWith("年初预算为") && f.outcome === "unverifiable");
    const byCode = new Map(stated.map((f) => [/（(\d{7})）/.exec(f.reason ?? "")?.[1], f.figure.raw] as const));
    const sheet = [["项目", "科目编码", "年初预算数"], ...rows.filter((r) => byCode.has(r.code)).map((r) => [r.item, r.code!, byCode.get(r.code)!])];
    const after = narrativeAccount(await realTables("2025-putuo-wenlvju", [], sheet)).figures;
    const before = narrativeAccount(tables).figures.filter((f) => f.outcome === "unverifiable").length;
    expect(after.filter((f) => f.outcome === "unverifiable").length).toBe(before - (sheet.length - 1));
  });
});
