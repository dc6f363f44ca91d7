import { Cell, ValueType, Workbook, Worksheet } from "exceljs";
import { Decimal } from "../../src/engine/decimal";
import { CellEdit } from "../../src/engine/edits";
import { getCell } from "../../src/engine/grid";
import { gridFromXlsx } from "../../src/xlsx/read";
import { loadExcelWorkbook } from "../../src/xlsx/exceljs";
import { applyEditsToXlsx, WorkbookWriteError } from "../../src/xlsx/write";
import { makeRawXlsx, unzipText } from "./zip-helpers";

const THIN = { style: "thin" as const, color: { argb: "FF000000" } };
const BOXED = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const BODY_FONT = { name: "宋体", size: 10 };

function numberEdit(sheet: string, cell: string, value: string, numFmt = "#,##0.00"): CellEdit {
  return { sheet, cell, kind: "number", value: new Decimal(value), numFmt, shown: value };
}

function textEdit(sheet: string, cell: string, text: string): CellEdit {
  return { sheet, cell, kind: "text", text, shown: text };
}

/**
 * The sample's 支出决算表 as an accountant would hold it: styled, merged, with formulas, and with blanks where fill
 * writes (the 合计 row's C4, 项目支出 E6, the 占比 C8). Plus the sheets around it: a hidden cover, the narrative, a
 * very hidden helper.
 */
async function sampleWorkbook(): Promise<Uint8Array> {
  const workbook = new Workbook();
  const cover = workbook.addWorksheet("封面", { state: "hidden" });
  cover.getCell("A1").value = "中共辽宁省朝阳市委办公室2024年度部门决算";

  const ws = workbook.addWorksheet("支出决算表");
  ws.columns = [{ width: 12 }, { width: 28 }, { width: 14 }, { width: 14 }, { width: 14 }];
  ws.mergeCells("A1:E1");
  ws.getCell("A1").value = "支出决算表";
  ws.getCell("A1").font = { name: "黑体", size: 16, bold: true };
  ws.getCell("A1").alignment = { horizontal: "center", vertical: "middle" };
  ws.getRow(1).height = 30;
  ws.getCell("E2").value = "公开03表";
  ws.getCell("E2").alignment = { horizontal: "right" };
  const headers = ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"];
  headers.forEach((text, i) => {
    const cell = ws.getCell(3, i + 1);
    cell.value = text;
    cell.font = { ...BODY_FONT, bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    cell.border = BOXED;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  ws.mergeCells("A4:B4");
  ws.getCell("A4").value = "合计";
  const rows: [string, string, number | null, number | null, number | null][] = [
    ["", "", null, 1672.09, 587.63], // row 4: C4 blank, to be filled with 2259.73 (a 0.01 tail below the parts' sum)
    ["201", "一般公共服务支出", 1704.43, 1116.8, 587.63],
    ["208", "社会保障和就业支出", 247.92, 247.92, null], // row 6: E6 blank
  ];
  rows.forEach((values, i) => {
    const r = 4 + i;
    values.forEach((value, c) => {
      const cell = ws.getCell(r, c + 1);
      if (value !== null && value !== "") cell.value = value;
      cell.font = BODY_FONT;
      cell.border = BOXED;
      if (c >= 2) cell.numFmt = "#,##0.00";
    });
  });
  ws.getCell("D7").value = { formula: "D5+D6", result: 1364.72 };
  ws.getCell("E7").value = { formula: "E5+E6" }; // no cached result: blank to the eye, but a formula
  ws.fillFormula("F5:F6", "D5/C5", [0.6552, 1]);
  ws.getCell("A8").value = "基本支出占比";
  ws.getCell("C8").numFmt = "0.00%";
  ws.getCell("C8").border = BOXED;
  ws.getCell("D8").value = "   "; // spaces only: blank to the engine, so fill may use it
  ws.getCell("E8").value = 0;
  ws.mergeCells("A10:C11");
  ws.views = [{ state: "frozen", ySplit: 3 }];

  const narrative = workbook.addWorksheet("情况说明");
  narrative.getColumn(1).width = 80;
  narrative.getCell("A1").value = "一、收入支出决算总体情况说明";
  narrative.getCell("A2").value = "2024年度收入总计XX万元。";
  narrative.getCell("A2").alignment = { wrapText: true };

  const helper = workbook.addWorksheet("辅助", { state: "veryHidden" });
  helper.getCell("A1").value = 1;
  workbook.definedNames.add("'支出决算表'!$C$4:$E$6", "决算数据");
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Everything about a cell that a round trip must keep. */
function snapshot(cell: Cell | undefined): string {
  if (!cell) return "absent";
  return JSON.stringify({
    type: cell.type,
    // A merged area's other cells mirror its top-left value; what they must keep is whose follower they are.
    value: cell.type === ValueType.Merge ? `merged into ${cell.master.address}` : cell.value,
    formula: cell.formula,
    result: cell.result,
    numFmt: cell.numFmt,
    font: cell.font,
    fill: cell.fill,
    border: cell.border,
    alignment: cell.alignment,
    protection: cell.protection,
  });
}

/** Addresses of the cells whose snapshot differs between two versions of one sheet. */
function differingCells(before: Worksheet, after: Worksheet): string[] {
  const rows = Math.max(before.rowCount, after.rowCount);
  const cols = Math.max(before.columnCount, after.columnCount);
  const differing: string[] = [];
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const a = before.findCell(r, c);
      const b = after.findCell(r, c);
      // A cell that exists in only one version but holds nothing and has no style is no difference.
      if (snapshot(a) !== snapshot(b) && !(isBare(a) && isBare(b))) differing.push((a ?? b)!.address);
    }
  }
  return differing;
}

function isBare(cell: Cell | undefined): boolean {
  return !cell || (cell.value === null && Object.keys(cell.style ?? {}).length === 0);
}

function sheetShape(ws: Worksheet) {
  return {
    name: ws.name,
    state: ws.state,
    merges: ws.model.merges,
    widths: ws.columns?.map((column) => column.width) ?? [],
    heights: Array.from({ length: ws.rowCount }, (_, i) => ws.findRow(i + 1)?.height),
    views: ws.views,
  };
}

/** The <c> element of one cell in a worksheet part. */
function cellXml(sheetXml: string, address: string): string {
  const match = new RegExp(`<c r="${address}"[^>]*?(?:/>|>.*?</c>)`).exec(sheetXml);
  if (!match) throw new Error(`no <c> for ${address}`);
  return match[0];
}

describe("applyEditsToXlsx: a round trip changes only the edited cells", () => {
  const edits: CellEdit[] = [
    numberEdit("支出决算表", "C4", "2259.73"),
    numberEdit("支出决算表", "E6", "0.00", "0.00"),
    numberEdit("支出决算表", "C8", "0.7400", "0.00%"),
    numberEdit("支出决算表", "D8", "0.2600", "0.00%"),
    numberEdit("支出决算表", "A10", "1672.10"),
    numberEdit("支出决算表", "H20", "587.63"),
    textEdit("情况说明", "A3", "2024年度收入总计2259.73万元。"),
  ];
  let input: Uint8Array;
  let before: Workbook;
  let after: Workbook;
  let output: Uint8Array;

  beforeAll(async () => {
    input = await sampleWorkbook();
    output = await applyEditsToXlsx(input, edits);
    before = await loadExcelWorkbook(input);
    after = await loadExcelWorkbook(output);
  });

  it("keeps sheet order, visibility, merges, column widths, row heights and views", () => {
    expect(after.worksheets.map(sheetShape)).toEqual(before.worksheets.map(sheetShape));
    expect(after.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ["封面", "hidden"],
      ["支出决算表", "visible"],
      ["情况说明", "visible"],
      ["辅助", "veryHidden"],
    ]);
  });

  it("keeps defined names", () => {
    expect(after.definedNames.model).toEqual(before.definedNames.model);
    expect(after.definedNames.model.map((n) => n.name)).toEqual(["决算数据"]);
  });

  it("differs from the input in the edited cells and nowhere else", () => {
    const changed = after.worksheets.flatMap((ws, i) =>
      differingCells(before.worksheets[i], ws).map((address) => `${ws.name}!${address}`)
    );
    expect(changed.sort()).toEqual(edits.map((e) => `${e.sheet}!${e.cell}`).sort());
  });

  it("writes numbers as plain numbers with the edit's format, keeping the cell's other style", () => {
    const table = after.getWorksheet("支出决算表")!;
    expect(table.getCell("C4").value).toBe(2259.73);
    expect(table.getCell("C4").numFmt).toBe("#,##0.00");
    expect(table.getCell("C4").border).toEqual(BOXED);
    expect(table.getCell("C4").font).toEqual(BODY_FONT);
    expect(table.getCell("E6").value).toBe(0);
    expect(table.getCell("C8").value).toBe(0.74);
    expect(table.getCell("C8").numFmt).toBe("0.00%");
    expect(table.getCell("D8").value).toBe(0.26);
    expect(table.getCell("A10").value).toBe(1672.1);
    expect(table.getCell("H20").value).toBe(587.63);
  });

  it("does not reformat other cells that shared the filled cell's style", () => {
    // E6 was filled with "0.00"; its style (font + border + #,##0.00) is the one the whole figure block shares.
    const table = after.getWorksheet("支出决算表")!;
    expect(table.getCell("E6").numFmt).toBe("0.00");
    for (const address of ["C5", "D4", "D5", "D6", "E4", "E5"]) expect(table.getCell(address).numFmt).toBe("#,##0.00");
  });

  it("reads back through the Grid with the filled figures", async () => {
    const grid = await gridFromXlsx(output, "filled.xlsx");
    const table = grid.sheets[1];
    expect(getCell(table, 4, 3)).toEqual({ value: 2259.73, numFmt: "#,##0.00" });
    expect(getCell(table, 8, 3)).toEqual({ value: 0.74, numFmt: "0.00%" });
    expect(getCell(table, 4, 1)).toEqual({ value: "合计", numFmt: "General" });
    expect(getCell(grid.sheets[2], 3, 1)?.value).toBe("2024年度收入总计2259.73万元。");
  });

  it("asks Excel to recalculate every formula on open", () => {
    // Checked in the file itself: exceljs does not read <calcPr> attributes back.
    expect(unzipText(output).get("xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    expect(unzipText(input).get("xl/workbook.xml")).not.toMatch(/fullCalcOnLoad="1"/);
  });

  it("leaves the bytes it was given untouched", async () => {
    const copy = input.slice();
    await applyEditsToXlsx(input, edits);
    expect(Buffer.from(input).equals(Buffer.from(copy))).toBe(true);
  });
});

describe("applyEditsToXlsx: text never becomes a formula", () => {
  it.each(["=SUM(C5:C6)", "+2259.73", "-180.77", "@合计"])("stores %s as a string", async (text) => {
    const output = await applyEditsToXlsx(await sampleWorkbook(), [textEdit("情况说明", "B2", text)]);
    const cell = (await loadExcelWorkbook(output)).getWorksheet("情况说明")!.getCell("B2");
    expect(cell.value).toBe(text);
    expect(cell.formula).toBeUndefined();
    const xml = cellXml(unzipText(output).get("xl/worksheets/sheet3.xml")!, "B2");
    expect(xml).toMatch(/t="inlineStr"/);
    expect(xml).not.toMatch(/<f>/);
  });
});

describe("applyEditsToXlsx: refusals", () => {
  let input: Uint8Array;
  beforeAll(async () => {
    input = await sampleWorkbook();
  });

  async function refusal(edits: CellEdit[]): Promise<string> {
    try {
      await applyEditsToXlsx(input, edits);
    } catch (error) {
      expect(error).toBeInstanceOf(WorkbookWriteError);
      return (error as Error).message;
    }
    throw new Error("expected a refusal");
  }

  it("refuses to overwrite a figure, a text or a zero the user typed", async () => {
    expect(await refusal([numberEdit("支出决算表", "D4", "1672.10")])).toBe(
      "工作表“支出决算表”的 D4 已有内容“1672.09”，填充不会覆盖已填写的单元格"
    );
    // A2 holds "2024年度收入总计XX万元。": filling its placeholder is allowed, rewriting its words is not.
    expect(await refusal([textEdit("情况说明", "A2", "2024年度支出总计2259.73万元。")])).toContain("情况说明”的 A2 已有内容");
    expect(await refusal([numberEdit("支出决算表", "E8", "0.00")])).toContain("E8 已有内容“0”");
  });

  it("refuses a formula cell, with or without a cached result", async () => {
    expect(await refusal([numberEdit("支出决算表", "D7", "1364.72")])).toBe("工作表“支出决算表”的 D7 含有公式，填充不会改写公式单元格");
    expect(await refusal([numberEdit("支出决算表", "E7", "587.63")])).toContain("E7 含有公式");
    expect(await refusal([numberEdit("支出决算表", "F6", "1")])).toContain("F6 含有公式");
  });

  it("refuses a sheet that does not exist", async () => {
    expect(await refusal([numberEdit("收入决算表", "C4", "2259.73")])).toBe("工作簿中没有名为“收入决算表”的工作表，无法填写 C4");
  });

  it("refuses a cell inside a merged area other than its top-left one", async () => {
    expect(await refusal([numberEdit("支出决算表", "B11", "1")])).toContain("B11 位于合并单元格内，只能填写合并区域左上角的 A10");
  });

  it("refuses the same cell twice and an address that is not one", async () => {
    expect(await refusal([numberEdit("支出决算表", "C4", "2259.73"), numberEdit("支出决算表", "C4", "2259.72")])).toContain(
      "C4 被要求填写了两次"
    );
    expect(await refusal([numberEdit("支出决算表", "C0", "1")])).toContain("C0");
    expect(await refusal([numberEdit("支出决算表", "合计", "1")])).toContain("不是有效的单元格地址");
  });

  it("refuses a file that is not a workbook with the read error", async () => {
    await expect(applyEditsToXlsx(new Uint8Array([1, 2, 3, 4]), [])).rejects.toThrow("文件不是有效的 Excel 工作簿（.xlsx）");
  });
});

describe("applyEditsToXlsx: a workbook written by Excel rather than exceljs", () => {
  it("keeps sheet order, hidden sheets, shared formulas, merges and values; only the edit differs in the Grid", async () => {
    const input = makeRawXlsx([
      {
        name: "表1 收支总表",
        part: 2,
        sheetData:
          '<row r="1"><c r="A1" t="inlineStr"><is><t>本年收入合计</t></is></c><c r="B1"><v>2259.73</v></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>本年支出合计</t></is></c>' +
          '<c r="C2"><f t="shared" ref="C2:C3" si="0">B1*1</f><v>2259.73</v></c></row>' +
          '<row r="3"><c r="C3"><f t="shared" si="0"/><v>0</v></c><c r="D3" t="e"><v>#REF!</v></c></row>',
        after: '<mergeCells count="1"><mergeCell ref="D1:E2"/></mergeCells>',
      },
      { name: "表0 封面", part: 1, state: "hidden", sheetData: '<row r="1"><c r="A1"><v>2024</v></c></row>' },
    ]);
    const output = await applyEditsToXlsx(input, [numberEdit("表1 收支总表", "B2", "2259.73")]);
    const gridBefore = await gridFromXlsx(input, "x.xlsx");
    const gridAfter = await gridFromXlsx(output, "x.xlsx");
    expect(getCell(gridAfter.sheets[0], 2, 2)).toEqual({ value: 2259.73, numFmt: "#,##0.00" });
    gridAfter.sheets[0].cells[1][1] = undefined;
    expect(gridAfter).toEqual(gridBefore);
  });
});

describe("applyEditsToXlsx: other sheet features survive", () => {
  const PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

  async function featureWorkbook(): Promise<Uint8Array> {
    const workbook = new Workbook();
    const ws = workbook.addWorksheet("项目绩效自评表", { properties: { tabColor: { argb: "FFFF0000" } } });
    ws.getCell("A1").value = "年度指标值";
    ws.getCell("A1").note = "按批复填写";
    ws.getCell("B1").dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
    ws.addConditionalFormatting({
      ref: "C1:C5",
      rules: [{ type: "cellIs", operator: "lessThan", formulae: [0], priority: 1, style: { font: { color: { argb: "FFFF0000" } } } }],
    });
    ws.autoFilter = "A1:C1";
    ws.pageSetup = { orientation: "landscape", printArea: "A1:C5" };
    ws.headerFooter = { oddFooter: "第 &P 页" };
    ws.getCell("D1").value = { text: "绩效目标", hyperlink: "https://example.org/goals" };
    ws.addImage(workbook.addImage({ base64: PIXEL_PNG, extension: "png" }), "E1:F3");
    await ws.protect("", { formatCells: true });
    const numbered = workbook.addWorksheet("续表");
    numbered.pageSetup = { firstPageNumber: 3 };
    numbered.getCell("A1").value = 1;
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  function features(workbook: Workbook) {
    const ws = workbook.getWorksheet("项目绩效自评表")! as Worksheet & Record<string, unknown>;
    return {
      note: ws.getCell("A1").note,
      validation: ws.getCell("B1").dataValidation,
      conditional: ws.conditionalFormattings,
      autoFilter: ws.autoFilter,
      pageSetup: ws.pageSetup,
      headerFooter: ws.headerFooter,
      link: ws.getCell("D1").value,
      protection: ws.sheetProtection,
      tab: ws.properties.tabColor,
      images: ws.getImages().map((image) => [image.range.tl.nativeCol, image.range.tl.nativeRow, image.range.br.nativeCol, image.range.br.nativeRow]),
    };
  }

  it("keeps notes, validation, conditional formats, filters, page setup, links, pictures and protection", async () => {
    const input = await featureWorkbook();
    const output = await applyEditsToXlsx(input, [numberEdit("项目绩效自评表", "C2", "98.98", "0.00")]);
    expect(features(await loadExcelWorkbook(output))).toEqual(features(await loadExcelWorkbook(input)));
  });

  it("keeps automatic page numbering automatic, and an explicit first page number", async () => {
    const output = await applyEditsToXlsx(await featureWorkbook(), [numberEdit("项目绩效自评表", "C2", "98.98", "0.00")]);
    const parts = unzipText(output);
    expect(parts.get("xl/worksheets/sheet1.xml")).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(parts.get("xl/worksheets/sheet1.xml")).not.toMatch(/useFirstPageNumber/);
    expect(parts.get("xl/worksheets/sheet2.xml")).toMatch(/<pageSetup [^>]*firstPageNumber="3" useFirstPageNumber="1"/);
  });
});

/** What exceljs's writer used to lose, and the patching writer keeps: every byte of what fill does not touch. */
describe("applyEditsToXlsx: what the exceljs writer lost is kept", () => {
  const SONGTI_DEFAULT_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="1"><font><sz val="12"/><name val="宋体"/><charset val="134"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1" applyNumberFormat="1"/></cellXfs>
</styleSheet>`;

  let parts: Map<string, string>;
  beforeAll(async () => {
    const input = makeRawXlsx(
      [
        {
          name: "表1",
          part: 1,
          // B1 holds a value under the merged area A1:B1; C1 is a code typed with a leading apostrophe.
          sheetData:
            '<row r="1"><c r="A1"><v>1672.09</v></c><c r="B1"><v>587.63</v></c><c r="C1" s="1" t="inlineStr"><is><t>2010301</t></is></c></row>' +
            '<row r="2"><c r="A2"><f>A1+B1</f><v>2259.72</v></c></row>',
          after: '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
        },
      ],
      { styles: SONGTI_DEFAULT_STYLES, definedNames: '<definedName name="税率">0.13</definedName><definedName name="合计区">表1!$A$1:$B$2</definedName>' }
    );
    parts = unzipText(await applyEditsToXlsx(input, [textEdit("表1", "D4", "已填")]));
  });

  it("keeps a value stored under a merged area outside its top-left cell", () => {
    expect(cellXml(parts.get("xl/worksheets/sheet1.xml")!, "B1")).toBe('<c r="B1"><v>587.63</v></c>');
  });

  it("keeps a defined name that holds a constant", () => {
    expect(parts.get("xl/workbook.xml")).toContain('<definedName name="税率">0.13</definedName><definedName name="合计区">表1!$A$1:$B$2</definedName>');
  });

  it("leaves styles.xml byte for byte when the filled text needs no new format (quotePrefix and the default font kept)", () => {
    expect(parts.get("xl/styles.xml")).toBe(SONGTI_DEFAULT_STYLES);
  });
});
