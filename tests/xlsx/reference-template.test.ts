// The 参考数据 sheet `juesuan reference-template` writes: one row per item, the needed cells blank and shaded, read
// back by the engine as 参考数据 — and once filled in, it makes the narrative's sentences checkable.
import { Workbook } from "exceljs";
import { checkWorkbook } from "../../src/engine";
import { recognizeReference } from "../../src/engine/narrative/reference";
import { ReferenceTemplateRow } from "../../src/engine/narrative/reference-template";
import { gridFromXlsx } from "../../src/xlsx/read";
import { addReferenceSheet, addReferenceSheetToXlsx, referenceTemplateWorkbook } from "../../src/xlsx/reference-template";
import { readFileSync } from "fs";
import * as path from "path";

const ROWS: ReferenceTemplateRow[] = [
  { item: "收入总计", column: "上年决算数" },
  { item: "财政拨款支出", column: "年初预算数" },
  { item: "财政拨款基本支出", column: "年初预算数" },
  { item: "财政拨款项目支出", column: "年初预算数" },
  { item: "行政运行", code: "2013101", column: "年初预算数" },
  { item: "机关运行经费", column: "本年决算数" },
  { item: "机关运行经费", column: "上年决算数" },
];

async function bytesOf(workbook: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("the 参考数据 template sheet", () => {
  it("writes one row per item with the needed columns blank, and reads back as 参考数据", async () => {
    const workbook = referenceTemplateWorkbook(ROWS);
    const sheet = workbook.getWorksheet("参考数据")!;
    expect(sheet.getRow(3).values).toEqual([undefined, "项目", "科目编码", "上年决算数", "年初预算数", "本年决算数"]);
    expect(sheet.getCell("A9").value).toBe("机关运行经费");
    expect(sheet.getCell("B8").value).toBe("2013101");
    expect((sheet.getCell("E9").fill as { fgColor: { argb: string } }).fgColor.argb).toBe("FFFFF2CC");
    expect((sheet.getCell("D9").fill as { fgColor: { argb: string } }).fgColor.argb).toBe("FFE7E6E6");

    const grid = await gridFromXlsx(await bytesOf(workbook), "t.xlsx");
    const reference = recognizeReference(grid)!;
    expect(reference.entries.map((e) => `${e.item}|${e.code ?? ""}`)).toEqual([
      "收入总计|",
      "财政拨款支出|",
      "财政拨款基本支出|",
      "财政拨款项目支出|",
      "行政运行|2013101",
      "机关运行经费|",
    ]);
    expect(reference.entries.every((e) => Object.keys(e.figures).length === 0)).toBe(true);
  });

  it("refuses to replace a 参考数据 sheet the workbook already has", () => {
    const workbook = referenceTemplateWorkbook(ROWS);
    expect(() => addReferenceSheet(workbook, ROWS)).toThrow("工作簿中已有“参考数据”表");
  });

  it("adds the sheet to the user's workbook and keeps the rest", async () => {
    const sample = new Uint8Array(readFileSync(path.join(__dirname, "../fixtures/sample.xlsx")));
    const before = await gridFromXlsx(sample, "sample.xlsx");
    const after = await gridFromXlsx(await addReferenceSheetToXlsx(sample, ROWS), "sample.xlsx");
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), "参考数据"]);
    expect(after.sheets[0].cells).toEqual(before.sheets[0].cells);
    expect(recognizeReference(after)!.entries).toHaveLength(6);
  });

  it("once filled in beside the sample's tables, makes the 完成年初预算 sentences checkable", async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(path.join(__dirname, "../fixtures/sample.xlsx"))).buffer);
    const sheet = addReferenceSheet(workbook, ROWS);
    sheet.getCell("D5").value = 1796.72;
    sheet.getCell("D6").value = 1630.32;
    sheet.getCell("D7").value = 166.4;
    const grid = await gridFromXlsx(await bytesOf(workbook), "sample.xlsx");
    const findings = checkWorkbook(grid).findings.filter((f) => f.table === "narrative");
    const budgetRates = findings.filter((f) => f.rule === "narrative/budget-rate" && f.actual === "353.15%");
    expect(budgetRates.map((f) => `${f.severity} ${f.expected} ${f.related[f.related.length - 1]}`)).toEqual(["rounding 353.14% 参考数据!D7"]);
    expect(findings.filter((f) => f.message.includes("缺少年初预算数（财政拨款"))).toEqual([]);
  });
});
