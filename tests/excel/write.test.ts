import { Decimal } from "../../src/engine/decimal";
import { CellEdit } from "../../src/engine/edits";
import { ExcelHostError } from "../../src/excel/errors";
import { undoEdits, writeEdits } from "../../src/excel/write";
import { FakeExcel } from "./fake-excel";
import { manySheets, table03Sheet } from "./sample-sheets";

const number = (sheet: string, cell: string, value: string, numFmt = "#,##0.00"): CellEdit => ({
  sheet,
  cell,
  kind: "number",
  value: new Decimal(value),
  numFmt,
  shown: value,
});

/** Table 03 with its 合计 row's 基本支出 and 项目支出 left blank, as fill finds them. */
function blankTotals(): FakeExcel {
  const sheet = table03Sheet("03支出决算表", ["D8", "E8"]);
  sheet.rows![7][3] = { value: "", numFmt: "#,##0.00" }; // a formatted blank cell: its format comes back on undo
  return new FakeExcel([sheet]);
}

describe("writeEdits", () => {
  it("writes every edit with its number format in one batch after one read", async () => {
    const fake = blankTotals();
    const edits = [number("03支出决算表", "D8", "1672.10"), number("03支出决算表", "E8", "587.63")];
    const record = await fake.run((context) => writeEdits(context, edits));
    expect(fake.syncCount).toBe(2);
    expect(fake.cell("03支出决算表", "D8")).toMatchObject({ value: 1672.1, numFmt: "#,##0.00" });
    expect(fake.cell("03支出决算表", "E8")).toMatchObject({ value: 587.63, numFmt: "#,##0.00" });
    expect(fake.cell("03支出决算表", "E8")?.formula).toBeUndefined();
    expect(record.before).toEqual([
      { sheet: "03支出决算表", cell: "D8", formula: null, value: "", numberFormat: "#,##0.00" },
      { sheet: "03支出决算表", cell: "E8", formula: null, value: "", numberFormat: "General" },
    ]);
  });

  it.each([3, 60])("takes 2 syncs for edits on %i sheets", async (count) => {
    const fake = new FakeExcel(manySheets(count));
    const edits = fake.sheets.map((sheet) => number(sheet.name, "J40", "57.40"));
    await fake.run((context) => writeEdits(context, edits));
    expect(fake.syncCount).toBe(2);
    expect(fake.sheets.every((sheet) => fake.cell(sheet.name, "J40")?.value === 57.4)).toBe(true);
  });

  it("writes a percentage as its ratio with a percent format", async () => {
    const fake = new FakeExcel([{ name: "项目绩效自评表", rows: [["执行率", null]] }]);
    await fake.run((context) => writeEdits(context, [number("项目绩效自评表", "B1", "0.9458", "0.00%")]));
    expect(fake.cell("项目绩效自评表", "B1")).toMatchObject({ value: 0.9458, numFmt: "0.00%" });
  });

  it("writes a text that starts with = as a text, never a formula", async () => {
    const fake = new FakeExcel([{ name: "情况说明", rows: [["一、收入支出决算总体情况说明"], [null]] }]);
    const edit: CellEdit = { sheet: "情况说明", cell: "A2", kind: "text", text: "=HYPERLINK(\"http://x\")", shown: "…" };
    await fake.run((context) => writeEdits(context, [edit]));
    const cell = fake.cell("情况说明", "A2");
    expect(cell?.formula).toBeUndefined();
    expect(cell?.value).toBe("=HYPERLINK(\"http://x\")");
  });

  it("refuses the whole fill when a target cell is no longer blank, and writes nothing", async () => {
    const fake = blankTotals();
    fake.setCell("03支出决算表", "E8", 587.63); // typed by the user after the check
    const edits = [number("03支出决算表", "D8", "1672.10"), number("03支出决算表", "E8", "587.63")];
    const failure = fake.run((context) => writeEdits(context, edits));
    await expect(failure).rejects.toThrow(new ExcelHostError("CellNotBlank", "工作表“03支出决算表”的 E8 已有内容“587.63”，填充不会覆盖已填写的单元格，请重新校验后再填充"));
    expect(fake.cell("03支出决算表", "D8")?.value).toBe("");
    expect(fake.syncCount).toBe(1);
  });

  it("fills the XX placeholders of a narrative sentence, and undo puts the sentence back", async () => {
    const template = "（一）收入总计 XX 万元，包括：";
    const fake = new FakeExcel([{ name: "情况说明", rows: [[template]] }]);
    const edit: CellEdit = { sheet: "情况说明", cell: "A1", kind: "text", text: "（一）收入总计 2259.73 万元，包括：", shown: "…" };
    const record = await fake.run((context) => writeEdits(context, [edit]));
    expect(fake.cell("情况说明", "A1")?.value).toBe(edit.kind === "text" && edit.text);
    await fake.run((context) => undoEdits(context, record));
    expect(fake.cell("情况说明", "A1")?.value).toBe(template);
  });

  it("refuses a text that rewrites a typed sentence beyond its placeholders", async () => {
    const fake = new FakeExcel([{ name: "情况说明", rows: [["（一）收入总计 XX 万元，包括："]] }]);
    const edit: CellEdit = { sheet: "情况说明", cell: "A1", kind: "text", text: "（一）支出总计 2259.73 万元，包括：", shown: "…" };
    await expect(fake.run((context) => writeEdits(context, [edit]))).rejects.toThrow("已有内容");
  });

  it("refuses to write over a formula", async () => {
    const fake = new FakeExcel([{ name: "03", rows: [[{ value: "", formula: "=IF(C9=0,\"\",C9)" }]] }]);
    await expect(fake.run((context) => writeEdits(context, [number("03", "A1", "1.00")]))).rejects.toThrow("含有公式");
  });

  it("refuses a locked cell of a protected sheet, naming the sheet, the cell and what to do, before Excel does", async () => {
    const sheet = table03Sheet("三公", ["D8"]);
    const fake = new FakeExcel([{ ...sheet, protected: true }]);
    await expect(fake.run((context) => writeEdits(context, [number("三公", "D8", "1672.10")]))).rejects.toThrow(
      "工作表“三公”受保护，D8 是锁定的单元格，无法写入：请在 审阅 → 撤销工作表保护 后重试"
    );
    expect(fake.cell("三公", "D8")).toBeUndefined();
    expect(fake.syncCount).toBe(1);
  });
});

describe("undoEdits", () => {
  it("restores the filled cells as they were, format included, in 2 syncs", async () => {
    const fake = blankTotals();
    const edits = [number("03支出决算表", "D8", "1672.10"), number("03支出决算表", "E8", "587.63")];
    const record = await fake.run((context) => writeEdits(context, edits));
    const syncsBefore = fake.syncCount;
    const outcome = await fake.run((context) => undoEdits(context, record));
    expect(fake.syncCount - syncsBefore).toBe(2);
    expect(outcome).toEqual({ restored: 2, skipped: [] });
    expect(fake.cell("03支出决算表", "D8")).toMatchObject({ value: "", numFmt: "#,##0.00" });
    expect(fake.cell("03支出决算表", "E8")).toMatchObject({ value: "", numFmt: "General" });
    // The rest of the row is as it was.
    expect(fake.cell("03支出决算表", "C8")).toMatchObject({ value: 2259.73, numFmt: "#,##0.00" });
  });

  it("leaves a cell the user changed after the fill, and says so", async () => {
    const fake = blankTotals();
    const edits = [number("03支出决算表", "D8", "1672.10"), number("03支出决算表", "E8", "587.63")];
    const record = await fake.run((context) => writeEdits(context, edits));
    fake.setCell("03支出决算表", "D8", { value: 1672.09, numFmt: "#,##0.00" });
    const outcome = await fake.run((context) => undoEdits(context, record));
    expect(outcome).toEqual({ restored: 1, skipped: ["03支出决算表!D8"] });
    expect(fake.cell("03支出决算表", "D8")?.value).toBe(1672.09);
    expect(fake.cell("03支出决算表", "E8")?.value).toBe("");
  });
});
