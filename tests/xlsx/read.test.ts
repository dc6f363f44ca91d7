import { Workbook, Worksheet } from "exceljs";
import { getCell, shownCell, SheetGrid, WorkbookGrid } from "../../src/engine/grid";
import { gridFromXlsx, WorkbookReadError } from "../../src/xlsx/read";
import { loadExcelWorkbook } from "../../src/xlsx/exceljs";
import { sheetGridOf } from "./exceljs-grid";
import { makeRawXlsx, makeZip } from "./zip-helpers";

async function xlsxOf(build: (workbook: Workbook) => unknown): Promise<Uint8Array> {
  const workbook = new Workbook();
  await build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function sheet(grid: WorkbookGrid, name: string): SheetGrid {
  const found = grid.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Part of the sample's 支出决算表 (公开03表): 2259.73 = 1672.09 + 587.63 is a 0.01 rounding tail. */
function addExpenditureSheet(workbook: Workbook): Worksheet {
  const ws = workbook.addWorksheet("支出决算表");
  ws.mergeCells("A1:E1");
  ws.getCell("A1").value = "支出决算表";
  ws.getCell("E2").value = "公开03表";
  ws.getCell("A3").value = "科目编码";
  ws.getCell("B3").value = "科目名称";
  ws.getCell("C3").value = "本年支出合计";
  ws.getCell("D3").value = "基本支出";
  ws.getCell("E3").value = "项目支出";
  ws.mergeCells("A4:B4");
  ws.getCell("A4").value = "合计";
  ws.getCell("C4").value = 2259.73;
  ws.getCell("C4").numFmt = "#,##0.00";
  ws.getCell("D4").value = 1672.09;
  ws.getCell("D4").numFmt = "#,##0.00";
  // A figure typed as text, as exported workbooks often hold them.
  ws.getCell("E4").value = "587.63";
  ws.getCell("A5").value = 201;
  ws.getCell("B5").value = "一般公共服务支出";
  ws.getCell("C5").value = { formula: "D5+E5", result: 1704.43 };
  ws.getCell("C5").numFmt = "0.00";
  ws.getCell("D5").value = 1116.8;
  ws.getCell("E5").value = 587.63;
  ws.getCell("A6").value = "基本支出占比";
  ws.getCell("C6").value = 0.74;
  ws.getCell("C6").numFmt = "0.00%";
  return ws;
}

describe("gridFromXlsx: cells", () => {
  let grid: WorkbookGrid;
  let table: SheetGrid;

  beforeAll(async () => {
    const bytes = await xlsxOf((workbook) => {
      const ws = addExpenditureSheet(workbook);
      ws.getCell("G1").value = { richText: [{ text: "单位：" }, { text: "万元", font: { bold: true } }] };
      ws.getCell("G2").value = { text: "说明", hyperlink: "https://example.org/notes" };
      ws.getCell("G3").value = true;
      ws.getCell("G4").value = new Date(Date.UTC(2024, 11, 31));
      ws.getCell("G4").numFmt = "yyyy-mm-dd";
      ws.getCell("G5").value = { error: "#REF!" };
      ws.getCell("G6").value = "";
      ws.getCell("G7").value = { formula: "C4-D4-E4", result: 0 };
      ws.getCell("G8").value = { formula: "SUM(C4:C5)" };
      ws.getCell("G9").value = { formula: "#REF!+1", result: { error: "#REF!" } };
      ws.fillFormula("H1:H2", "D4*2", [3344.18, 2233.6]);
      // Styled but empty cells beyond the data are not "used".
      ws.getCell("Z40").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    });
    grid = await gridFromXlsx(bytes, "决算.xlsx");
    table = sheet(grid, "支出决算表");
  });

  it("names the workbook and keeps the sheet", () => {
    expect(grid.name).toBe("决算.xlsx");
    expect(grid.sheets.map((s) => s.name)).toEqual(["支出决算表"]);
  });

  it("reads numbers with their number formats, percentages as ratios, and General when there is none", () => {
    expect(getCell(table, 4, 3)).toEqual({ value: 2259.73, numFmt: "#,##0.00" });
    expect(getCell(table, 4, 4)).toEqual({ value: 1672.09, numFmt: "#,##0.00" });
    expect(getCell(table, 5, 4)).toEqual({ value: 1116.8, numFmt: "General" });
    expect(getCell(table, 6, 3)).toEqual({ value: 0.74, numFmt: "0.00%" });
    expect(getCell(table, 5, 1)).toEqual({ value: 201, numFmt: "General" });
  });

  it("keeps a figure typed as text as text", () => {
    expect(getCell(table, 4, 5)).toEqual({ value: "587.63", numFmt: "General" });
  });

  it("reads merged areas, with the value in the top-left cell only", () => {
    expect(table.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 5 },
      { top: 4, left: 1, bottom: 4, right: 2 },
    ]);
    expect(getCell(table, 1, 1)?.value).toBe("支出决算表");
    expect(getCell(table, 1, 3)).toBeUndefined();
    expect(getCell(table, 4, 2)).toBeUndefined();
    expect(shownCell(table, 4, 2)?.value).toBe("合计");
  });

  it("reads a formula with its cached result, a falsy result, and none", () => {
    expect(getCell(table, 5, 3)).toEqual({ value: 1704.43, numFmt: "0.00", formula: "D5+E5" });
    expect(getCell(table, 7, 7)).toEqual({ value: 0, numFmt: "General", formula: "C4-D4-E4" });
    expect(getCell(table, 8, 7)).toEqual({ value: null, numFmt: "General", formula: "SUM(C4:C5)" });
  });

  it("reads a shared formula's follower as its own translated formula", () => {
    expect(getCell(table, 1, 8)).toEqual({ value: 3344.18, numFmt: "General", formula: "D4*2" });
    expect(getCell(table, 2, 8)).toEqual({ value: 2233.6, numFmt: "General", formula: "D5*2" });
  });

  it("reads error values, as constants and as formula results", () => {
    expect(getCell(table, 5, 7)?.value).toEqual({ error: "#REF!" });
    expect(getCell(table, 9, 7)).toEqual({ value: { error: "#REF!" }, numFmt: "General", formula: "#REF!+1" });
  });

  it("joins rich text, reads a hyperlink as its text, and keeps booleans and dates", () => {
    expect(getCell(table, 1, 7)?.value).toBe("单位：万元");
    expect(getCell(table, 2, 7)?.value).toBe("说明");
    expect(getCell(table, 3, 7)?.value).toBe(true);
    expect(getCell(table, 4, 7)?.value).toEqual(new Date(Date.UTC(2024, 11, 31)));
    expect(getCell(table, 4, 7)?.numFmt).toBe("yyyy-mm-dd");
  });

  it("treats an empty string as a blank cell", () => {
    expect(getCell(table, 6, 7)).toBeUndefined();
  });

  it("counts the last used row and column, not styled blanks, and gives every row an array", () => {
    expect(table.rowCount).toBe(9);
    expect(table.colCount).toBe(8);
    expect(table.cells).toHaveLength(9);
    expect(table.cells.every((row) => Array.isArray(row))).toBe(true);
  });
});

describe("gridFromXlsx: sheets", () => {
  it("keeps workbook order, visibility and protection", async () => {
    const bytes = await xlsxOf(async (workbook) => {
      workbook.addWorksheet("目录").getCell("A1").value = "目录";
      workbook.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = 1;
      workbook.addWorksheet("深度隐藏", { state: "veryHidden" }).getCell("A1").value = 2;
      const locked = workbook.addWorksheet("已保护");
      locked.getCell("A1").value = 1672.09;
      await locked.protect("", {});
      workbook.addWorksheet("空表");
    });
    const grid = await gridFromXlsx(bytes, "book.xlsx");
    expect(grid.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
      ["目录", "visible", false],
      ["隐藏", "hidden", false],
      ["深度隐藏", "veryHidden", false],
      ["已保护", "visible", true],
      ["空表", "visible", false],
    ]);
    expect(sheet(grid, "空表")).toMatchObject({ rowCount: 0, colCount: 0, cells: [], merges: [] });
  });

  it("reads a workbook laid out as Excel writes it: sheet parts out of order, shared formulas, inline and formula strings", async () => {
    const bytes = makeRawXlsx([
      {
        name: "表1 收支总表",
        part: 2,
        sheetData:
          '<row r="1"><c r="A1" t="inlineStr"><is><t>本年收入合计</t></is></c><c r="B1"><v>2259.73</v></c></row>' +
          '<row r="2"><c r="A2" t="str"><f>"合"&amp;"计"</f><v>合计</v></c>' +
          '<c r="B2"><f t="shared" ref="B2:B3" si="0">B1*1</f><v>2259.73</v></c></row>' +
          '<row r="3"><c r="B3"><f t="shared" si="0"/></c><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>',
        after: '<mergeCells count="1"><mergeCell ref="D1:E3"/></mergeCells>',
      },
      { name: "表0 封面", part: 1, state: "hidden", sheetData: '<row r="1"><c r="A1"><v>2024</v></c></row>' },
    ]);
    const grid = await gridFromXlsx(bytes, "raw.xlsx");
    expect(grid.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["表1 收支总表", "visible"],
      ["表0 封面", "hidden"],
    ]);
    const table = grid.sheets[0];
    expect(getCell(table, 1, 1)?.value).toBe("本年收入合计");
    expect(getCell(table, 2, 1)).toEqual({ value: "合计", numFmt: "General", formula: '"合"&"计"' });
    expect(getCell(table, 2, 2)).toEqual({ value: 2259.73, numFmt: "General", formula: "B1*1" });
    expect(getCell(table, 3, 2)).toEqual({ value: null, numFmt: "General", formula: "B2*1" });
    expect(getCell(table, 3, 3)).toEqual({ value: { error: "#DIV/0!" }, numFmt: "General", formula: "1/0" });
    expect(table.merges).toEqual([{ top: 1, left: 4, bottom: 3, right: 5 }]);
    expect([table.rowCount, table.colCount]).toEqual([3, 5]);
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const bytes = await xlsxOf((workbook) => addExpenditureSheet(workbook));
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const grid = await gridFromXlsx(arrayBuffer, "x.xlsx");
    expect(getCell(grid.sheets[0], 4, 3)?.value).toBe(2259.73);
  });
});

describe("gridFromXlsx: a big sheet", () => {
  it("reads a 10,000-row table quickly and completely", async () => {
    const rows = 10000;
    const bytes = await xlsxOf((workbook) => {
      const ws = workbook.addWorksheet("大表");
      for (let r = 1; r <= rows; r++) {
        ws.addRow([`2010${r}`, `项目${r}`, 1672.09, 587.63, { formula: `C${r}+D${r}`, result: 2259.72 }, "0.01"]);
      }
    });
    const started = Date.now();
    const grid = await gridFromXlsx(bytes, "big.xlsx");
    const elapsed = Date.now() - started;
    const big = grid.sheets[0];
    expect([big.rowCount, big.colCount]).toEqual([rows, 6]);
    expect(getCell(big, rows, 2)?.value).toBe(`项目${rows}`);
    expect(getCell(big, rows, 5)).toEqual({ value: 2259.72, numFmt: "General", formula: `C${rows}+D${rows}` });
    // exceljs's own parsing dominates; a per-cell walk over the used range would add far more than this.
    expect(elapsed).toBeLessThan(20000);

    // The conversion itself must be a small part of it.
    const workbook = await loadExcelWorkbook(bytes);
    const convertStarted = Date.now();
    sheetGridOf(workbook.worksheets[0]);
    expect(Date.now() - convertStarted).toBeLessThan(2000);
  }, 60000);
});

describe("gridFromXlsx: unreadable input", () => {
  async function problemOf(bytes: Uint8Array, name = "bad.xlsx"): Promise<WorkbookReadError> {
    try {
      await gridFromXlsx(bytes, name);
    } catch (error) {
      expect(error).toBeInstanceOf(WorkbookReadError);
      const readError = error as WorkbookReadError;
      // One sentence for a user: Chinese, no stack frames, no parser jargon.
      expect(readError.message).toMatch(/[\u4e00-\u9fff]/);
      expect(readError.message).not.toMatch(/\n|\bat\b|Error|undefined/);
      return readError;
    }
    throw new Error("expected a WorkbookReadError");
  }

  const CFB_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

  function utf16(text: string): number[] {
    return [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
  }

  it("refuses random bytes named .xlsx", async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    const error = await problemOf(random);
    expect(error.message).toBe("文件不是有效的 Excel 工作簿（.xlsx）");
    expect(error.problem).toBe("not-xlsx");
  });

  it("refuses an empty file", async () => {
    expect((await problemOf(new Uint8Array(0))).problem).toBe("not-xlsx");
  });

  it("refuses a truncated workbook as damaged", async () => {
    const whole = await xlsxOf((workbook) => addExpenditureSheet(workbook));
    const error = await problemOf(whole.slice(0, Math.floor(whole.length * 0.6)));
    expect(error.problem).toBe("damaged");
    expect(error.message).toContain("不完整");
  });

  it("refuses a zip whose parts are corrupt although its directory is whole", async () => {
    const whole = await xlsxOf((workbook) => addExpenditureSheet(workbook));
    const corrupt = whole.slice();
    // Overwrite compressed data in the middle of the archive, leaving the central directory at the end intact.
    for (let i = 200; i < Math.min(corrupt.length - 2000, 1200); i++) corrupt[i] = 0xff;
    expect((await problemOf(corrupt)).problem).toBe("damaged");
  });

  it("refuses an encrypted workbook (an OLE file holding EncryptedPackage)", async () => {
    const encrypted = new Uint8Array([...CFB_HEADER, ...new Array(504).fill(0), ...utf16("EncryptionInfo"), 0, 0, ...utf16("EncryptedPackage")]);
    const error = await problemOf(encrypted);
    // Says what it is (not an old .xls) and how to take the password off.
    expect(error.message).toMatch(/^工作簿设有打开密码（已加密）/);
    expect(error.message).toContain("文件 → 信息 → 保护工作簿 → 用密码进行加密");
    expect(error.message).not.toContain(".xls");
    expect(error.problem).toBe("encrypted");
  });

  it("refuses a legacy .xls (an OLE file that is not encrypted) and says .xls is not supported", async () => {
    const xls = new Uint8Array([...CFB_HEADER, ...new Array(504).fill(0), ...utf16("Workbook")]);
    const error = await problemOf(xls);
    expect(error.problem).toBe("legacy-xls");
    expect(error.message).toContain(".xls");
    expect(error.message).toContain("不支持");
  });

  it("tells a WPS .et from an .xls by its name, and asks for .xlsx either way", async () => {
    const et = new Uint8Array([...CFB_HEADER, ...new Array(504).fill(0), ...utf16("Workbook")]);
    const error = await problemOf(et, "决算.et");
    expect([error.problem, error.message]).toEqual(["legacy-xls", "文件是 WPS 表格格式（.et），本工具不支持，请在 WPS 中“另存为”Excel 工作簿（.xlsx）后再试"]);
  });

  it("calls an .xlsb a binary workbook, to be saved as .xlsx", async () => {
    const xlsb = makeZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": "", "xl/worksheets/sheet1.bin": "" });
    expect((await problemOf(xlsb, "决算.xlsb")).message).toContain("二进制工作簿（.xlsb）");
  });

  it("refuses a workbook with no worksheet", async () => {
    const empty = await xlsxOf(() => undefined);
    const error = await problemOf(empty);
    expect(error.message).toBe("工作簿中没有工作表");
    expect(error.problem).toBe("no-worksheet");
  });

  it("refuses a zip that is not a workbook at all", async () => {
    const docx = makeZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
    expect((await problemOf(docx)).message).toBe("文件不是有效的 Excel 工作簿（.xlsx）");
  });
});
