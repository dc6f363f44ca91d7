// The lean reader by the format (ECMA-376): each case below is a workbook built part by part, and what the format says
// its cells hold. On files exceljs also reads (the project's workbooks, workbooks exceljs writes), the two Grids are
// compared as one more check; the format, not exceljs, is the reader's specification.
import * as fs from "fs";
import { Workbook } from "exceljs";
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { getCell, GridCell, WorkbookGrid } from "../../src/engine/grid";
import { isDateFormat } from "../../src/xlsx/fast/format";
import { gridFromXlsx, WorkbookReadError } from "../../src/xlsx/read";
import { loadExcelWorkbook } from "../../src/xlsx/exceljs";
import { LAYOUT_VARIANTS, SAMPLE_PATH, sampleBuffer } from "../fixtures/build-sample";
import { consolidatedBuffer } from "../fixtures/consolidated";
import { sheetGridOf } from "./exceljs-grid";
import { makeRawXlsx, makeZip, RawSheet, RawWorkbookParts, unzipText } from "./zip-helpers";

async function xlsxOf(build: (workbook: Workbook) => unknown): Promise<Uint8Array> {
  const workbook = new Workbook();
  await build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** What exceljs + the old sheetGridOf made of the bytes (rows as dense arrays, as that path built them). */
async function exceljsGrid(bytes: Uint8Array): Promise<WorkbookGrid> {
  const workbook = await loadExcelWorkbook(bytes);
  return { name: "book.xlsx", sheets: workbook.worksheets.map(sheetGridOf) };
}

/**
 * The reader's Grid as the exceljs path shaped it, where the format and exceljs part ways: empty rows as [] rather
 * than holes (the reader keeps the Grid sparse); a formula's cached empty string as no result (exceljs drops it);
 * format codes without their backslash escapes (exceljs removes them); and, under a date format, a string result or
 * a number no date can stand for as nothing (exceljs makes an invalid Date of them, which shows nothing).
 */
function asExceljsShapesIt(grid: WorkbookGrid): WorkbookGrid {
  const exceljsCell = (cell: GridCell | undefined): GridCell | undefined => {
    if (!cell) return cell;
    const numFmt = cell.numFmt.replace(/[\\](.)/g, "$1");
    const dated = isDateFormat(numFmt);
    if (cell.formula !== undefined) {
      const lost = cell.value === "" || (dated && (typeof cell.value === "string" || typeof cell.value === "number"));
      return { ...cell, numFmt, value: lost ? null : cell.value };
    }
    if (dated && typeof cell.value === "number") return undefined;
    return { ...cell, numFmt };
  };
  const sheets = grid.sheets.map((sheet) => {
    const cells: typeof sheet.cells = [];
    for (let r = 0; r < sheet.rowCount; r++) {
      const row = sheet.cells[r];
      cells[r] = row ? row.map(exceljsCell) : [];
      while (cells[r].length && cells[r][cells[r].length - 1] === undefined) cells[r].length--;
    }
    let rowCount = sheet.rowCount;
    while (rowCount > 0 && cells[rowCount - 1].length === 0 && !sheet.merges.some((m) => m.bottom >= rowCount)) rowCount--;
    cells.length = rowCount;
    const colCount = Math.max(0, ...cells.map((row) => row.length), ...sheet.merges.map((m) => m.right));
    return { ...sheet, rowCount, colCount, cells };
  });
  return { ...grid, sheets };
}

/** Reads the bytes, and holds the Grid equal to exceljs's on a file both read. */
async function expectSameAsExceljs(bytes: Uint8Array): Promise<WorkbookGrid> {
  const grid = await gridFromXlsx(bytes, "book.xlsx");
  expect(asExceljsShapesIt(grid)).toStrictEqual(await exceljsGrid(bytes));
  return grid;
}

const read = (bytes: Uint8Array) => gridFromXlsx(bytes, "book.xlsx");

async function refusal(bytes: Uint8Array): Promise<WorkbookReadError> {
  try {
    await read(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    return error as WorkbookReadError;
  }
  throw new Error("the file was read");
}

/** Rewrites parts of an .xlsx (null removes one), the rest kept as they are. */
async function withParts(bytes: Uint8Array, edits: Record<string, (xml: string) => string | null>): Promise<Uint8Array> {
  const parts: Record<string, Uint8Array> = unzipSync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    const edited = edit(parts[name] ? strFromU8(parts[name]) : "");
    if (edited === null) delete parts[name];
    else parts[name] = strToU8(edited);
  }
  return zipSync(parts);
}

const STYLES = (numFmts: string, cellXfs: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${numFmts}
<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
${cellXfs}
<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** Cell formats 0…n: General, then #,##0.00, a date, a custom format with escapes, 0.00%, a built-in date id. */
const RAW_STYLES = STYLES(
  '<numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>' +
    '<numFmt numFmtId="177" formatCode="#,##0.00\\ &quot;万元&quot;;[Red]\\-#,##0.00"/><numFmt numFmtId="178" formatCode=""/></numFmts>',
  '<cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="center"/></xf>' +
    '<xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="178" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
);

const SHARED_STRINGS = (items: string[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items.length}" uniqueCount="${items.length}">${items.join("")}</sst>`;

const CONTENT_TYPE_EXTRAS =
  '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>';

/** A raw workbook (as Excel lays one out) with a styles part and, if given, shared strings and extra parts. */
async function rawBook(
  sheets: RawSheet[],
  options: { sharedStrings?: string[]; extraParts?: Record<string, string>; parts?: RawWorkbookParts } = {}
): Promise<Uint8Array> {
  let bytes = makeRawXlsx(sheets, { styles: RAW_STYLES, ...options.parts });
  const extras: Record<string, string> = { ...options.extraParts };
  if (options.sharedStrings) {
    extras["xl/sharedStrings.xml"] = SHARED_STRINGS(options.sharedStrings);
  }
  if (Object.keys(extras).length) {
    const edits: Record<string, (xml: string) => string> = {};
    for (const [name, content] of Object.entries(extras)) edits[name] = () => content;
    if (options.sharedStrings) edits["[Content_Types].xml"] = (xml) => xml.replace("</Types>", `${CONTENT_TYPE_EXTRAS}</Types>`);
    bytes = await withParts(bytes, edits);
  }
  return bytes;
}

const SHEET_RELS = (relationships: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships}</Relationships>`;

const HYPERLINK_REL = (id: string, target: string) =>
  `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${target}" TargetMode="External"/>`;

const REL = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;

// ---------------------------------------------------------------------------------------------------------------

describe("fast reader: the project's workbooks", () => {
  it("reads the sample fixture itself, to the exceljs path's Grid", async () => {
    const grid = await expectSameAsExceljs(new Uint8Array(fs.readFileSync(SAMPLE_PATH)));
    expect(grid.sheets).toHaveLength(15);
  });

  it("reads every layout variant of the sample", async () => {
    for (const layout of [{}, ...Object.values(LAYOUT_VARIANTS)]) {
      await expectSameAsExceljs(new Uint8Array(await sampleBuffer(layout)));
    }
  }, 120000);

  it("reads a consolidated book of several departments", async () => {
    const grid = await expectSameAsExceljs(new Uint8Array(await consolidatedBuffer(3)));
    expect(grid.sheets).toHaveLength(45);
  }, 60000);

  it("reads a 10,000-row sheet", async () => {
    const rows = 10000;
    const bytes = await xlsxOf((workbook) => {
      const ws = workbook.addWorksheet("大表");
      for (let r = 1; r <= rows; r++) {
        ws.addRow([`2010${r}`, `项目${r}`, 1672.09, 587.63, { formula: `C${r}+D${r}`, result: 2259.72 }, "0.01"]);
      }
    });
    const grid = await expectSameAsExceljs(bytes);
    expect([grid.sheets[0].rowCount, grid.sheets[0].colCount]).toEqual([rows, 6]);
    expect(getCell(grid.sheets[0], rows, 5)).toEqual({ value: 2259.72, numFmt: "General", formula: `C${rows}+D${rows}` });
  }, 60000);
});

describe("fast reader: workbooks written by exceljs", () => {
  it("reads every value type, with its number format", async () => {
    const bytes = await xlsxOf((workbook) => {
      const ws = workbook.addWorksheet("支出决算表");
      const values: unknown[] = [
        2259.73, -587.63, 0, 1e-10, 123456789012, "1672.09", "合计 & <小计> \"引号\" '单引号'", "  两端空格  ", "第一行\n第二行",
        "😀 表情", "_x000D_ 字面", "", true, false, { error: "#REF!" }, { error: "#DIV/0!" }, { error: "#N/A" },
        { richText: [{ text: "单位：" }, { text: "万元", font: { bold: true, name: "宋体" } }] },
        { richText: [{ text: "" }] },
        { text: "说明", hyperlink: "https://example.org/notes" },
        { text: "内部", hyperlink: "#'支出决算表'!A1" },
        new Date(Date.UTC(2024, 11, 31)),
        new Date(Date.UTC(2024, 0, 1, 12, 30)),
      ];
      values.forEach((value, i) => {
        ws.getCell(i + 1, 1).value = value as never;
      });
      const formats = ["#,##0.00", "0.00%", "0", "0.00", "#,##0", "0%", "mm-dd-yy", "yyyy\"年\"m\"月\"", "@", "#,##0.00_ ;[Red]\\-#,##0.00 ", '0.0"万元"', "[h]:mm:ss", "General"];
      formats.forEach((numFmt, i) => {
        const cell = ws.getCell(i + 1, 2);
        cell.value = 1234.5678 * (i + 1);
        cell.numFmt = numFmt;
      });
      const results: unknown[] = [1704.43, 0, "", "合计", true, false, { error: "#VALUE!" }, undefined];
      results.forEach((result, i) => {
        ws.getCell(i + 1, 3).value = { formula: `D${i + 1}+E${i + 1}`, result } as never;
      });
      ws.getCell("C9").value = { formula: "TODAY()", result: 45000 };
      ws.getCell("C9").numFmt = "yyyy-mm-dd";
      ws.getCell("C10").value = { formula: "A1", result: "文本" };
      ws.getCell("C10").numFmt = "yyyy-mm-dd";
      ws.fillFormula("D1:D6", "B1*2", [1, 2, 3, 4, 5, 6]);
      ws.getCell("E1").value = { formula: "SUM(B1:B3)", result: 6, shareType: "array", ref: "E1:E3" } as never;
      ws.getCell("F1").numFmt = "#,##0.00";
      ws.getCell("F2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
      ws.mergeCells("G1:H2");
      ws.getCell("G1").value = "合并";
      ws.mergeCells("G4:G6");
      ws.mergeCells("I1:J1");
      ws.getCell("J1").value = "被合并覆盖";
    });
    const grid = await expectSameAsExceljs(bytes);
    expect(getCell(grid.sheets[0], 18, 1)?.value).toBe("单位：万元");
    expect(getCell(grid.sheets[0], 2, 4)?.formula).toBe("B2*2");
  });

  it("reads hidden, very hidden, protected and empty sheets, in workbook order", async () => {
    const bytes = await xlsxOf(async (workbook) => {
      workbook.addWorksheet("目录").getCell("A1").value = "目录";
      workbook.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = 1;
      workbook.addWorksheet("深度隐藏", { state: "veryHidden" }).getCell("A1").value = 2;
      const locked = workbook.addWorksheet("已保护");
      locked.getCell("A1").value = 1672.09;
      await locked.protect("密码", { formatCells: true });
      workbook.addWorksheet("空表");
      workbook.addWorksheet("A&B <名>");
    });
    const grid = await expectSameAsExceljs(bytes);
    expect(grid.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
      ["目录", "visible", false],
      ["隐藏", "hidden", false],
      ["深度隐藏", "veryHidden", false],
      ["已保护", "visible", true],
      ["空表", "visible", false],
      ["A&B <名>", "visible", false],
    ]);
  });

  it("reads dates of a 1904 workbook", async () => {
    const bytes = await xlsxOf((workbook) => {
      workbook.properties.date1904 = true;
      const ws = workbook.addWorksheet("日期");
      ws.getCell("A1").value = new Date(Date.UTC(2024, 11, 31));
      ws.getCell("A2").value = { formula: "A1+1", result: new Date(Date.UTC(2025, 0, 1)) };
      ws.getCell("A2").numFmt = "yyyy-mm-dd";
    });
    const grid = await expectSameAsExceljs(bytes);
    expect(getCell(grid.sheets[0], 1, 1)?.value).toEqual(new Date(Date.UTC(2024, 11, 31)));
  });

  it("reads random sheets of every kind of cell alike", async () => {
    const cellValue = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.string({ maxLength: 12 }),
      fc.constantFrom("合计", "一般公共服务支出", " 1,672.09 ", "", "a&b<c>", "x\ny"),
      fc.boolean(),
      fc.constantFrom({ error: "#REF!" }, { error: "#N/A" }),
      fc.record(
        {
          formula: fc.constantFrom("A1+B1", "SUM(A1:A3)", 'IF(A1>0,"是","否")'),
          result: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 5 }), fc.constant(undefined)),
        },
        { noNullPrototype: true }
      ),
      fc.record(
        { richText: fc.array(fc.record({ text: fc.string({ maxLength: 6 }) }, { noNullPrototype: true }), { minLength: 1, maxLength: 3 }) },
        { noNullPrototype: true }
      ),
      fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
    );
    const cell = fc.record({
      row: fc.integer({ min: 1, max: 30 }),
      col: fc.integer({ min: 1, max: 12 }),
      value: cellValue,
      numFmt: fc.constantFrom(undefined, "#,##0.00", "0.00%", "yyyy-mm-dd", "0", '0.00"元"'),
    });
    const merge = fc.record({ top: fc.integer({ min: 1, max: 30 }), left: fc.integer({ min: 1, max: 12 }), height: fc.integer({ min: 0, max: 3 }), width: fc.integer({ min: 0, max: 3 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { maxLength: 60 }), fc.array(merge, { maxLength: 5 }), async (cells, merges) => {
        const bytes = await xlsxOf((workbook) => {
          const ws = workbook.addWorksheet("随机");
          for (const { row, col, value, numFmt } of cells) {
            const target = ws.getCell(row, col);
            if (target.isMerged) continue;
            target.value = value as never;
            if (numFmt) target.numFmt = numFmt;
          }
          for (const { top, left, height, width } of merges) {
            try {
              ws.mergeCells(top, left, top + height, left + width);
            } catch {
              // Overlapping areas are refused by exceljs itself; the sheet goes without that one.
            }
          }
        });
        await expectSameAsExceljs(bytes);
      }),
      { numRuns: 60, seed: 20250520 }
    );
  }, 120000);
});

describe("fast reader: workbooks laid out as Excel writes them", () => {
  it("reads inline strings, formula strings, shared formulas and every cell type", async () => {
    const bytes = await rawBook(
      [
        {
          name: "表1 收支总表",
          part: 2,
          sheetData:
            '<row r="1" spans="1:6" s="1" customFormat="1"><c r="A1" t="inlineStr"><is><t>本年收入合计</t></is></c><c r="B1" s="1"><v>2259.73</v></c>' +
            '<c r="C1" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t>单位</t></r><r><t xml:space="preserve">：万元_x000D_</t></r></is></c>' +
            '<c r="D1" t="inlineStr"><is><t>a_x000D_b</t><t>续</t></is></c><c r="E1" t="d"><v>2024-01-01T00:00:00Z</v></c><c r="F1" t="n"><v> 12.5 </v></c></row>' +
            '<row r="2"><c r="A2" t="str"><f>"合"&amp;"计"</f><v>合&amp;amp;计</v></c>' +
            '<c r="B2"><f t="shared" ref="B2:B5" si="0">B1*1</f><v>2259.73</v></c><c r="C2" t="b"><f>TRUE()</f><v>1</v></c>' +
            '<c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E2" s="2"><f>DATE(2024,12,31)</f><v>45657</v></c><c r="F2" s="2" t="str"><f>"x"</f><v>x</v></c></row>' +
            '<row r="3"><c r="B3"><f t="shared" si="0"/><v>0</v></c><c r="C3" t="b"><v>0</v></c><c r="D3" t="e"><v>#N/A</v></c>' +
            '<c r="E3" s="2"><v>45657.5</v></c><c r="F3" s="5"><v>45000</v></c><c r="G3" s="7"><v>45000</v></c></row>' +
            '<row r="4"><c r="A4"><f t="shared" si="1"/><v>7</v></c><c r="B4"><f t="shared" si="0">$A$1+Z9</f><v>1</v></c>' +
            '<c r="C4" s="3"><v>-1672.09</v></c><c r="D4" s="4"><v>0.7401</v></c><c r="E4" s="6"><v>5</v></c><c r="F4" s="99"><v>6</v></c></row>' +
            '<row r="5" s="1"><c r="A5"><f t="shared" ref="A5:A6" si="1">SUM($B$1:B4)+LOG10(B4)+Sheet2!C3</f><v>9</v></c><c r="B5"><f t="shared" si="0"/></c>' +
            '<c r="C5"><f t="array" ref="C5:C6">SUM(A1:A2*B1:B2)</f><v>3</v></c><c r="D5"><f t="normal"/><v>4</v></c><c r="E5"><f/><v>5</v></c><c r="F5" s="1"/></row>' +
            '<row r="6"><c r="A6"><f t="shared" si="1"/><v>10</v></c><c r="C6"><v>3</v></c><c r="D6"><v>abc</v></c><c r="E6"><v></v></c><c r="F6" t="s"><v>1</v></c></row>' +
            '<row r="8"/>',
          after: '<mergeCells count="1"><mergeCell ref="H1:I3"/></mergeCells>',
        },
        { name: "表0 封面", part: 1, state: "hidden", sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' },
      ],
      { sharedStrings: ["<si><t>部门决算</t></si>", "<si><r><t>共享</t></r><r><rPr><b/></rPr><t>富文本</t></r></si>"] }
    );
    const grid = await read(bytes);
    const table = grid.sheets[0];
    expect(getCell(table, 1, 3)?.value).toBe("单位：万元\r");
    // ST_Xstring escapes are undone in inline strings too.
    expect(getCell(table, 1, 4)?.value).toBe("a\rb续");
    expect(getCell(table, 1, 5)?.value).toEqual(new Date("2024-01-01T00:00:00Z"));
    expect(getCell(table, 1, 6)?.value).toBe(12.5);
    // Entities are decoded once, as XML says (exceljs decoded t="str" values a second time).
    expect(getCell(table, 2, 1)).toEqual({ value: "合&amp;计", numFmt: "General", formula: '"合"&"计"' });
    expect(getCell(table, 3, 2)).toEqual({ value: 0, numFmt: "General", formula: "B2*1" });
    // A follower read before its master (rows need not be in formula order) takes the master's formula all the same.
    expect(getCell(table, 4, 1)).toStrictEqual({ value: 7, numFmt: "General", formula: "SUM($B$1:B3)+LOG10(B3)+Sheet2!C2" });
    // Text that is no number, in a number cell, stays text (for the engine to report), never a made-up figure.
    expect(getCell(table, 6, 4)?.value).toBe("abc");
    // A style index the styles do not hold: General; a shared string by index.
    expect(getCell(table, 4, 6)).toEqual({ value: 6, numFmt: "General" });
    expect(getCell(table, 6, 6)?.value).toBe("共享富文本");
    expect(getCell(table, 6, 1)?.formula).toBe("SUM($B$1:B5)+LOG10(B5)+Sheet2!C4");
    expect(getCell(table, 3, 5)?.value).toEqual(new Date(Date.UTC(2024, 11, 31, 12)));
  });

  it("keeps a formula's cached empty string, which exceljs drops, apart from a formula without a result", async () => {
    const bytes = await rawBook([
      {
        name: "表3 支出决算表",
        part: 1,
        sheetData:
          '<row r="1"><c r="A1" t="str"><f>IF(1=1,"","-")</f><v></v></c><c r="B1" t="str"><f>IF(1=1,"","-")</f><v/></c>' +
          '<c r="C1"><f>1+1</f></c><c r="D1"><f>1+1</f><v></v></c><c r="E1" t="str"><f>"x"</f><v>x</v></c></row>',
      },
    ]);
    const grid = await read(bytes);
    const sheet = grid.sheets[0];
    expect(getCell(sheet, 1, 1)).toEqual({ value: "", numFmt: "General", formula: 'IF(1=1,"","-")' });
    expect(getCell(sheet, 1, 2)).toEqual({ value: "", numFmt: "General", formula: 'IF(1=1,"","-")' });
    // No result at all (a number type, or no <v>): the formula was never calculated.
    expect(getCell(sheet, 1, 3)).toEqual({ value: null, numFmt: "General", formula: "1+1" });
    expect(getCell(sheet, 1, 4)).toEqual({ value: null, numFmt: "General", formula: "1+1" });
    expect(getCell(sheet, 1, 5)?.value).toBe("x");
    // exceljs cannot tell the two apart.
    expect(getCell((await exceljsGrid(bytes)).sheets[0], 1, 1)?.value).toBeNull();
  });

  it("reads shared strings with runs, phonetic guides, escapes and no text", async () => {
    const bytes = await rawBook(
      [
        {
          name: "共享",
          part: 1,
          sheetData:
            '<row r="1">' +
            Array.from({ length: 7 }, (_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join("") +
            "</row>",
        },
      ],
      {
        sharedStrings: [
          "<si><t>一般公共服务支出</t></si>",
          '<si><t xml:space="preserve"> 行_x000A_换 </t><rPh sb="0" eb="1"><t>ギョウ</t></rPh><phoneticPr fontId="1"/></si>',
          "<si><r><rPr><b/><sz val=\"10\"/><rFont val=\"宋体\"/></rPr><t>粗</t></r><r><t>细</t></r><r><rPr><i/></rPr></r></si>",
          "<si></si>",
          '<si><rPh sb="0" eb="1"><t>ヨミ</t></rPh></si>',
          "<si><t/></si>",
          "<si><t>&lt;&amp;&gt;&#20013;&#x6587;</t></si>",
        ],
      }
    );
    const grid = await read(bytes);
    expect([...grid.sheets[0].cells[0]].map((cell) => cell?.value)).toEqual([
      "一般公共服务支出", " 行\n换 ", "粗细", undefined, undefined, undefined, "<&>中文",
    ]);
  });

  it("reads a hyperlinked cell as what it holds: a formula stays a formula (exceljs dropped it)", async () => {
    const bytes = await rawBook(
      [
        {
          name: "链接",
          part: 1,
          sheetData:
            '<row r="1"><c r="A1" t="inlineStr"><is><t>说明</t></is></c><c r="B1"><f>1+1</f><v>2</v></c><c r="C1"><f>NOW()</f></c>' +
            '<c r="D1" s="1"/><c r="E1"><v>5</v></c><c r="F1" t="str"><f>""</f><v></v></c></row>' +
            '<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">B1+1</f><v>3</v></c><c r="B2"><f t="shared" ref="B2:B3" si="1">A1</f><v>1</v></c></row>' +
            '<row r="3"><c r="A3"><f t="shared" si="0"/><v>4</v></c><c r="B3"><f t="shared" si="1"/><v>1</v></c></row>',
          after:
            '<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B1" r:id="rId2" tooltip="提示"/><hyperlink ref="C1" r:id="rId1"/>' +
            '<hyperlink ref="D1" r:id="rId1"/><hyperlink ref="E1" location="\'链接\'!A1"/><hyperlink ref="F1" r:id="rId1"/>' +
            '<hyperlink ref="A3" r:id="rId1"/><hyperlink ref="B2" r:id="rId3"/></hyperlinks>',
        },
      ],
      {
        extraParts: {
          "xl/worksheets/_rels/sheet1.xml.rels": SHEET_RELS(
            HYPERLINK_REL("rId1", "https://example.org/a") + HYPERLINK_REL("rId2", "https://example.org/b?x=1&amp;y=2") +
              '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"/>'
          ),
        },
      }
    );
    const grid = await read(bytes);
    expect(getCell(grid.sheets[0], 1, 2)).toStrictEqual({ value: 2, numFmt: "General", formula: "1+1" });
    expect(getCell(grid.sheets[0], 1, 3)).toStrictEqual({ value: null, numFmt: "General", formula: "NOW()" });
    expect(getCell(grid.sheets[0], 3, 1)).toStrictEqual({ value: 4, numFmt: "General", formula: "B2+1" });
    expect(getCell(grid.sheets[0], 3, 2)?.formula).toBe("A2");
  });

  it("reads merges over values, single-cell merges and rows that end up empty", async () => {
    const bytes = await rawBook([
      {
        name: "合并",
        part: 1,
        sheetData:
          '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>' +
          '<row r="2"><c r="B2"><v>4</v></c><c r="E2"><v>5</v></c></row>' +
          '<row r="3"><c r="A3" s="1"/></row><row r="9"><c r="D9"><v>9</v></c></row>',
        after:
          '<mergeCells count="4"><mergeCell ref="B1:C2"/><mergeCell ref="D2:E2"/><mergeCell ref="A5"/><mergeCell ref="F9:D8"/></mergeCells>' +
          '<mergeCells count="3"><mergeCell ref="B1:C2"/><mergeCell ref="D2:E2"/><mergeCell ref="H10:G12"/></mergeCells>',
      },
    ]);
    const grid = await read(bytes);
    // Every area once (a single-cell one is no merge), corners in either order.
    expect(grid.sheets[0].merges).toEqual([
      { top: 1, left: 2, bottom: 2, right: 3 },
      { top: 2, left: 4, bottom: 2, right: 5 },
      { top: 8, left: 4, bottom: 9, right: 6 },
      { top: 10, left: 7, bottom: 12, right: 8 },
    ]);
    // The other cells of an area show nothing.
    expect(getCell(grid.sheets[0], 1, 3)).toBeUndefined();
    expect(getCell(grid.sheets[0], 2, 5)).toBeUndefined();
    // D9 lies in D8:F9, under its top-left cell D8.
    expect(getCell(grid.sheets[0], 9, 4)).toBeUndefined();
    expect([grid.sheets[0].rowCount, grid.sheets[0].colCount]).toEqual([12, 8]);
  });

  it("gives each built-in number format id its format, the zh-CN date ids included", async () => {
    const ids = Array.from({ length: 60 }, (_, id) => id);
    const xf = (id: number) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
    const styles = STYLES("", `<cellXfs count="${ids.length + 1}">${xf(0)}${ids.map(xf).join("")}</cellXfs>`);
    const sheetData = ids.map((id) => `<row r="${id + 1}"><c r="A${id + 1}" s="${id + 1}"><v>45000.25</v></c></row>`).join("");
    const grid = await read(makeRawXlsx([{ name: "格式", part: 1, sheetData }], { styles }));
    expect(getCell(grid.sheets[0], 5, 1)).toEqual({ value: 45000.25, numFmt: "#,##0.00" });
    expect(getCell(grid.sheets[0], 15, 1)?.value).toBeInstanceOf(Date);
    // Id 27 is a Chinese Excel's yyyy"年"m"月": a date, not the figure 45000.25.
    expect(getCell(grid.sheets[0], 28, 1)).toEqual({ value: new Date(Date.UTC(2023, 2, 15, 6)), numFmt: 'yyyy"年"m"月"' });
    expect(getCell(grid.sheets[0], 42, 1)).toEqual({ value: 45000.25, numFmt: "General" });
  });

  it("follows XML 1.0: line ends, references, comments, CDATA, quotes, a byte order mark", async () => {
    const sheet = (data: string) =>
      `\uFEFF<?xml version='1.0' encoding='utf-8'?>\r\n<!-- 注释 -->\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\r\n` +
      `<sheetPr><tabColor rgb="FFFF0000"/></sheetPr><dimension ref="A1:C3"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="A1"/></sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="13.5"/><cols><col min="1" max="3" width="12" style="1" customWidth="1"/></cols>` +
      `<sheetData>${data}</sheetData><sheetProtection sheet="1" objects="1"/><autoFilter ref="A1:C3"><filterColumn colId="0"><filters><filter val="1"/></filters></filterColumn></autoFilter>` +
      `<printOptions gridLines="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
      `<pageSetup paperSize="9" orientation="landscape"/><headerFooter><oddHeader>&amp;C标题</oddHeader></headerFooter><rowBreaks count="1" manualBreakCount="1"><brk id="2" max="16383" man="1"/></rowBreaks>` +
      `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14"><foo/></mc:Choice></mc:AlternateContent><?mso-application progid="Excel.Sheet"?></worksheet>\r\n`;
    const data =
      '<row r = "1" ><c r="A1" t="inlineStr"><is><t>第一行\r\n第二行\r第三行&#13;&#10;</t></is></c><c r=\'B1\' t="str"><f>A1&amp;"&#9;"</f><v>x&#x9;y&apos;&quot;</v></c></row>\r\n' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>前<!-- 中间 -->后</t></is></c><c r="B2"><v>1<!-- x -->2</v></c></row>' +
      '<row r="3"><c r="A3" t="e"><v>#VALUE!</v></c><c r="B3" t="inlineStr"><is><t><![CDATA[<合计> & 小计]]></t></is></c></row>';
    let bytes = await rawBook([{ name: "XML", part: 1, sheetData: "" }]);
    bytes = await withParts(bytes, { "xl/worksheets/sheet1.xml": () => sheet(data) });
    const grid = await read(bytes);
    expect(getCell(grid.sheets[0], 1, 1)?.value).toBe("第一行\n第二行\n第三行\r\n");
    expect(getCell(grid.sheets[0], 2, 2)?.value).toBe(12);
    expect(getCell(grid.sheets[0], 3, 2)?.value).toBe("<合计> & 小计");
    expect(grid.sheets[0].protected).toBe(true);
  });

  it("reads sheet names decoded once, as XML says (exceljs decoded them twice)", async () => {
    let bytes = await rawBook([
      { name: "A&amp;amp;B", part: 1, sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: "公开&lt;01&gt;表", part: 2, sheetData: "" },
    ]);
    bytes = await withParts(bytes, {
      "xl/workbook.xml": (xml) => xml.replace("<calcPr", '<workbookPr date1904="1"/><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">\'A&amp;amp;B\'!$A$1:$C$3</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">$A$1:$B$2</definedName><definedName name="合计">Sheet1!$A$1,#REF!</definedName></definedNames><calcPr'),
    });
    const grid = await read(bytes);
    expect(grid.sheets.map((s) => s.name)).toEqual(["A&amp;B", "公开<01>表"]);
  });
});

describe("reader: parts that hold no cell values are never a reason to refuse", () => {
  const plainSheet = '<row r="1"><c r="A1"><v>2259.73</v></c><c r="B1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><f>A1*2</f><v>4519.46</v></c></row>';
  const COMMENTS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>会计</author></authors><commentList><comment ref="A1" authorId="0"><text><r><t>核对</t></r></text></comment></commentList></comments>';
  const VML = '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_s1025"><x:ClientData xmlns:x="urn:schemas-microsoft-com:office:excel" ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>';

  async function plainBook(): Promise<Uint8Array> {
    return rawBook([{ name: "表1", part: 1, sheetData: plainSheet }], { sharedStrings: ["<si><t>合计</t></si>"] });
  }

  it("reads a sheet with comments, in Excel's and openpyxl's part names, a drawing, a table, validation and conditional formats", async () => {
    const expected = (await read(await plainBook())).sheets;
    const variants: Record<string, Record<string, (xml: string) => string>> = {
      "Excel's comments": {
        "xl/worksheets/sheet1.xml": (xml) => xml.replace("</worksheet>", '<legacyDrawing r:id="rId2"/></worksheet>'),
        "xl/worksheets/_rels/sheet1.xml.rels": () => SHEET_RELS(REL("rId1", "comments", "../comments1.xml") + REL("rId2", "vmlDrawing", "../drawings/vmlDrawing1.vml")),
        "xl/comments1.xml": () => COMMENTS,
        "xl/drawings/vmlDrawing1.vml": () => VML,
      },
      "openpyxl's comments": {
        "xl/worksheets/sheet1.xml": (xml) => xml.replace("</worksheet>", '<legacyDrawing r:id="anysvml"/></worksheet>'),
        "xl/worksheets/_rels/sheet1.xml.rels": () => SHEET_RELS(REL("comments", "comments", "/xl/comments/comment1.xml") + REL("anysvml", "vmlDrawing", "/xl/drawings/commentsDrawing1.vml")),
        "xl/comments/comment1.xml": () => COMMENTS,
        "xl/drawings/commentsDrawing1.vml": () => VML,
      },
      "a drawing with a chart": {
        "xl/worksheets/sheet1.xml": (xml) => xml.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>'),
        "xl/worksheets/_rels/sheet1.xml.rels": () => SHEET_RELS(REL("rId1", "drawing", "../drawings/drawing1.xml")),
        "xl/drawings/drawing1.xml": () => '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
        "xl/charts/chart1.xml": () => '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
      },
      "a table, validation, conditional formats, an extension list": {
        "xl/worksheets/sheet1.xml": (xml) =>
          xml.replace(
            "</worksheet>",
            '<conditionalFormatting sqref="A1:A2"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>' +
              '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B1"><formula1>"合计,小计"</formula1></dataValidation></dataValidations>' +
              '<tableParts count="1"><tablePart r:id="rId1"/></tableParts><extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"/></ext></extLst></worksheet>'
          ),
        "xl/worksheets/_rels/sheet1.xml.rels": () => SHEET_RELS(REL("rId1", "table", "../tables/table1.xml")),
        "xl/tables/table1.xml": () => '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="表" ref="A1:B2"/>',
      },
    };
    for (const [label, edits] of Object.entries(variants)) {
      const grid = await read(await withParts(await plainBook(), edits));
      expect([label, grid.sheets]).toStrictEqual([label, expected]);
    }
  });

  it("passes over a chart sheet and a worksheet part no sheet names", async () => {
    const book = await plainBook();
    const chartsheet = await withParts(book, {
      "xl/workbook.xml": (xml) => xml.replace("</sheets>", '<sheet name="图表" sheetId="5" r:id="rId9"/></sheets>'),
      "xl/_rels/workbook.xml.rels": (xml) => xml.replace("</Relationships>", `${REL("rId9", "chartsheet", "chartsheets/sheet1.xml")}</Relationships>`),
      "xl/chartsheets/sheet1.xml": () => '<?xml version="1.0"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    });
    expect((await read(chartsheet)).sheets.map((s) => s.name)).toEqual(["表1"]);
    const orphan = await withParts(book, { "xl/worksheets/sheet7.xml": () => '<?xml version="1.0"?><worksheet><sheetData/></worksheet>' });
    expect((await read(orphan)).sheets.map((s) => s.name)).toEqual(["表1"]);
  });

  it("reads a .xlsm (macro-enabled) and a .xltx (template) package like a .xlsx", async () => {
    for (const contentType of ["application/vnd.ms-excel.sheet.macroEnabled.main+xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"]) {
      const bytes = await withParts(await plainBook(), {
        "[Content_Types].xml": (xml) => xml.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", contentType),
        "xl/vbaProject.bin": () => "VBA",
      });
      expect(getCell((await read(bytes)).sheets[0], 1, 2)?.value).toBe("合计");
    }
  });
});

describe("reader: what the format allows, whatever wrote it", () => {
  it("reads rows out of order, cells and rows without r, and a missing or wrong <dimension>", async () => {
    const inOrder = await rawBook([{ name: "表", part: 1, sheetData: '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row><row r="5"><c r="C5"><v>4</v></c></row>' }]);
    const expected = (await read(inOrder)).sheets;
    const variants = [
      '<row r="5"><c r="C5"><v>4</v></c></row><row r="2"><c r="A2"><v>3</v></c></row><row r="1"><c r="B1"><v>2</v></c><c r="A1"><v>1</v></c></row>',
      "<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row><row r=\"5\"><c r=\"C5\"><v>4</v></c></row>",
    ];
    for (const sheetData of variants) {
      const grid = await read(await rawBook([{ name: "表", part: 1, sheetData }]));
      expect(grid.sheets).toStrictEqual(expected);
    }
    const wrongDimension = await withParts(inOrder, { "xl/worksheets/sheet1.xml": (xml) => xml.replace("<sheetData>", '<dimension ref="A1"/><sheetData>') });
    expect((await read(wrongDimension)).sheets).toStrictEqual(expected);
  });

  it("reads elements with a namespace prefix (x:row, x:c) as the .NET writers put them", async () => {
    const prefixed = await withParts(await rawBook([{ name: "表", part: 1, sheetData: "" }]), {
      "xl/worksheets/sheet1.xml": () =>
        '<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>合计</x:t></x:is></x:c><x:c r="B1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row></x:sheetData>' +
        '<x:mergeCells><x:mergeCell ref="C1:D1"/></x:mergeCells></x:worksheet>',
    });
    const sheet = (await read(prefixed)).sheets[0];
    expect(getCell(sheet, 1, 1)?.value).toBe("合计");
    expect(getCell(sheet, 1, 2)).toEqual({ value: 2, numFmt: "General", formula: "1+1" });
    expect(sheet.merges).toEqual([{ top: 1, left: 3, bottom: 1, right: 4 }]);
  });

  it("keeps the Grid sparse: a stray value in XFD1048576 is one cell, not a 17-billion-cell range", async () => {
    const bytes = await rawBook([{ name: "表", part: 1, sheetData: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>7</v></c></row>' }]);
    const sheet = (await read(bytes)).sheets[0];
    expect([sheet.rowCount, sheet.colCount]).toEqual([1048576, 16384]);
    expect(getCell(sheet, 1048576, 16384)).toEqual({ value: 7, numFmt: "General" });
    // Two rows exist, and each holds its one cell.
    expect(Object.keys(sheet.cells)).toEqual(["0", "1048575"]);
    expect(Object.keys(sheet.cells[1048575])).toEqual(["16383"]);
  });

  it("finds the shared strings and styles by relationship, whatever the parts are named", async () => {
    const book = await rawBook([{ name: "表", part: 1, sheetData: '<row r="1"><c r="A1" t="s" s="1"><v>0</v></c><c r="B1" s="1"><v>1.5</v></c></row>' }], { sharedStrings: ["<si><t>收入</t></si>"] });
    const parts = unzipText(book);
    const renamed = new Map(parts);
    renamed.delete("xl/sharedStrings.xml");
    renamed.delete("xl/styles.xml");
    renamed.set("xl/strings/text.xml", parts.get("xl/sharedStrings.xml")!);
    renamed.set("xl/look.xml", parts.get("xl/styles.xml")!);
    renamed.set("xl/_rels/workbook.xml.rels", parts.get("xl/_rels/workbook.xml.rels")!
      .replace('Target="styles.xml"', 'Target="/xl/look.xml"')
      .replace("</Relationships>", `${REL("rIdS", "sharedStrings", "strings/text.xml")}</Relationships>`));
    const sheet = (await read(makeZip(Object.fromEntries(renamed)))).sheets[0];
    expect(getCell(sheet, 1, 1)?.value).toBe("收入");
    expect(getCell(sheet, 1, 2)).toEqual({ value: 1.5, numFmt: "#,##0.00" });
  });
});

describe("reader: what cannot be read, said in words", () => {
  const sheet = (sheetData: string, after = ""): RawSheet => ({ name: "表", part: 1, sheetData, after });

  it("refuses a damaged part naming the sheet (and the cell), and a workbook without a worksheet", async () => {
    const missingString = await refusal(await rawBook([sheet('<row r="1"><c r="A1" t="s"><v>5</v></c></row>')], { sharedStrings: ["<si><t>一</t></si>"] }));
    expect([missingString.problem, missingString.message]).toEqual(["damaged", "工作表“表”的 A1 内容已损坏或含有无法解析的部分，请在 Excel 中打开并另存为 .xlsx 后再试"]);
    const badXml = await refusal(await rawBook([sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>&nbsp;</v></c></row>')]));
    expect(badXml.message).toMatch(/^工作表“表”的内容已损坏/);
    const offSheet = await refusal(await rawBook([sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>')]));
    expect(offSheet.message).toContain("XFE1");
    const noSheets = await refusal(await withParts(await rawBook([sheet("")]), { "xl/workbook.xml": (xml) => xml.replace(/<sheets>.*<\/sheets>/, "<sheets/>") }));
    expect(noSheets.problem).toBe("no-worksheet");
  });

  it("refuses a part the workbook needs that does not inflate, and ignores one it does not need", async () => {
    const book = await rawBook([{ name: "表", part: 1, sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }]);
    const parts: Record<string, string | Uint8Array> = Object.fromEntries(unzipText(book));
    const deflatedGarbage = (name: string) => {
      // An entry that claims deflate but holds bytes that do not inflate.
      const zip = new Uint8Array(makeZip({ ...parts, [name]: new Uint8Array([0xff, 0xff, 0xff, 0xff]) }));
      const nameBytes = new TextEncoder().encode(name);
      for (let at = 0; at < zip.length - 4; at++) {
        if (zip[at] === 0x50 && zip[at + 1] === 0x4b && zip[at + 2] === 0x03 && zip[at + 3] === 0x04 && matchesName(zip, at + 30, nameBytes)) zip[at + 8] = 8;
        if (zip[at] === 0x50 && zip[at + 1] === 0x4b && zip[at + 2] === 0x01 && zip[at + 3] === 0x02 && matchesName(zip, at + 46, nameBytes)) zip[at + 10] = 8;
      }
      return zip;
    };
    expect((await refusal(deflatedGarbage("xl/worksheets/sheet1.xml"))).problem).toBe("damaged");
    expect((await read(deflatedGarbage("xl/media/image1.png"))).sheets).toHaveLength(1);
  });

  it("reads a Grid or refuses with a reason, never anything else, whatever is changed or broken in a part", async () => {
    const original = await rawBook(
      [
        {
          name: "表1",
          part: 1,
          sheetData:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>2259.73</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">B1*2</f><v>4519.46</v></c></row>' +
            '<row r="2"><c r="A2" t="inlineStr"><is><t>合计</t></is></c><c r="B2" s="2"><v>45000</v></c><c r="C2"><f t="shared" si="0"/><v>1</v></c>' +
            '<c r="D2" t="str"><f>A1</f><v>收入</v></c></row>' +
            '<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="e"><v>#N/A</v></c><c r="C3"><f t="shared" si="0"/></c><c r="E3" s="3"/></row>',
          after:
            '<mergeCells count="1"><mergeCell ref="D1:E1"/></mergeCells>' +
            '<hyperlinks><hyperlink ref="D2" r:id="rId1"/></hyperlinks>',
        },
        { name: "表2", part: 2, state: "hidden", sheetData: '<row r="1"><c r="A1" t="s"><v>1</v></c></row>' },
      ],
      {
        sharedStrings: ["<si><t>收入</t></si>", "<si><r><t>支</t></r><r><rPr><b/></rPr><t>出</t></r></si>"],
        extraParts: { "xl/worksheets/_rels/sheet1.xml.rels": SHEET_RELS(HYPERLINK_REL("rId1", "https://example.org")) },
      }
    );
    const parts = unzipText(original);
    const targets = ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/_rels/sheet1.xml.rels"];
    const fragments = [
      '<c r="B9"><v>1</v></c>', '<c r="A1"><v>2</v></c>', '<c r="F3" t="s"><v>1</v></c>', '<row r="4"><c r="A4"><v>3</v></c></row>',
      '<row r="2"/>', "<x/>", "<v>7</v>", "<f>A1+1</f>", '<f t="shared" si="0"/>', '<f t="shared" ref="A1:A2" si="0">Z1</f>',
      "<is><t>x</t></is>", "<t>y</t>", "<r><t>q</t></r>", '<rPh sb="0" eb="1"><t>p</t></rPh>', '<mergeCell ref="A1:B2"/>',
      '<mergeCells><mergeCell ref="B2:C2"/></mergeCells>', '<hyperlinks><hyperlink ref="C1" r:id="rId1"/></hyperlinks>',
      '<si><t>新</t></si>', '<xf numFmtId="14" fontId="0" fillId="0" borderId="0"/>', '<numFmt numFmtId="4" formatCode="0.0"/>',
      '<sheetProtection sheet="1"/>', '<sheet name="新表" sheetId="9" r:id="rId1"/>', '<workbookPr date1904="1"/>',
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">#REF!</definedName></definedNames>',
      '<Relationship Id="rId9" Type="x" Target="worksheets/sheet2.xml"/>', '<cols><col min="1" max="2" style="2"/></cols>',
      '<dimension ref="A1:C3"/>', "abc", " ", "&amp;", "<!-- 注 -->", '<c r="C1" s="2"/>', '<row r="1" s="3"/>', "<sheetData/>",
      '<fonts count="0"/>', "<fill/>", '<border><start/></border>', "<numFmts/>", "<cellXfs/>", "<xf/>", '<hyperlink ref="C1" r:id="rId1"/>',
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/>',
      '<c r="G1" t="inlineStr"><is><r><rPr><b/></rPr><t>粗</t></r></is></c>', '<c r="G2"><f t="shared" ref="G2:G3" si="7">A1</f><v>1</v></c>',
      '<c r="G3"><f t="shared" si="7"/><v>2</v></c>', '<mergeCell ref="C2:C3"/>', '<sheetPr><tabColor rgb="FF0000FF"/></sheetPr>',
      "<drawing r:id=\"rId1\"/>", '<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>1</formula></cfRule></conditionalFormatting>',
    ];
    const values = ["", "0", "1", "2", "3", "9", "-1", "A1", "B2", "A1:B2", "s", "str", "b", "e", "n", "inlineStr", "shared", "array", "hidden", "veryHidden", "rId1", "rId2", "1.5", "abc", "History", "表2"];
    const texts = ["", "1", "0", "-0", " 2 ", "1e3", "abc", "45000", "#REF!", "&lt;", "_x0041_", "A1*2"];
    const mutation = fc.record({
      part: fc.constantFrom(...targets),
      at: fc.nat(),
      kind: fc.constantFrom("insert", "insert", "attribute", "attribute", "text", "removeLeaf", "character"),
      pick: fc.nat(),
    });
    const mutate = (xml: string, { at, kind, pick }: { at: number; kind: string; pick: number }): string => {
      const body = xml.indexOf("<", xml.indexOf("?>") + 2);
      const spots = (pattern: RegExp) => [...xml.matchAll(pattern)].filter((match) => (match.index as number) > body);
      const choose = <T,>(list: T[]): T | undefined => (list.length ? list[at % list.length] : undefined);
      switch (kind) {
        case "insert": {
          const spot = choose(spots(/>/g));
          if (!spot) return xml;
          const pos = (spot.index as number) + 1;
          return xml.slice(0, pos) + fragments[pick % fragments.length] + xml.slice(pos);
        }
        case "attribute": {
          const spot = choose(spots(/="[^"]*"/g));
          if (!spot) return xml;
          const pos = spot.index as number;
          return `${xml.slice(0, pos)}="${values[pick % values.length]}"${xml.slice(pos + spot[0].length)}`;
        }
        case "text": {
          const spot = choose(spots(/>[^<]+</g));
          if (!spot) return xml;
          const pos = spot.index as number;
          return `${xml.slice(0, pos)}>${texts[pick % texts.length]}<${xml.slice(pos + spot[0].length)}`;
        }
        case "removeLeaf": {
          const spot = choose(spots(/<[^<>!?/][^<>]*\/>|<(\w+)[^<>]*>[^<]*<\/\1>/g));
          if (!spot) return xml;
          return xml.slice(0, spot.index as number) + xml.slice((spot.index as number) + spot[0].length);
        }
        default: {
          const pos = body + (at % Math.max(1, xml.length - body));
          return xml.slice(0, pos) + ["<", ">", "/", '"', "&", ""][pick % 6] + xml.slice(pos + (pick % 3));
        }
      }
    };
    let readGrids = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const edited = new Map(parts);
        for (const change of mutations) edited.set(change.part, mutate(edited.get(change.part) as string, change));
        const bytes = makeZip(Object.fromEntries(edited));
        let grid: WorkbookGrid;
        try {
          grid = await read(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(WorkbookReadError);
          expect((error as WorkbookReadError).message).toMatch(/[\u4e00-\u9fff]/);
          return;
        }
        readGrids++;
        // Whatever it read is a Grid the engine can walk: counts cover every cell, merges inside the sheet.
        for (const sheet of grid.sheets) {
          sheet.cells.forEach((row, r) => row.forEach((_cell, c) => expect(r < sheet.rowCount && c < sheet.colCount).toBe(true)));
          for (const merge of sheet.merges) expect(merge.bottom <= sheet.rowCount && merge.right <= sheet.colCount).toBe(true);
        }
      }),
      { numRuns: 400, seed: 17 }
    );
    // The changes mostly keep the parts well-formed, so that the reader really reads many of them.
    expect(readGrids).toBeGreaterThan(100);
  }, 180000);
});

function matchesName(bytes: Uint8Array, at: number, name: Uint8Array): boolean {
  return name.every((byte, i) => bytes[at + i] === byte);
}
