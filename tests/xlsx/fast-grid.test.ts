// The fast reader against the exceljs path it replaces: for every workbook here, either the fast reader yields a
// Grid deep-equal (toStrictEqual: same keys, same holes) to the one exceljs + sheetGridOf yields, or it declines and
// gridFromXlsx ends exactly as the exceljs path does (the same Grid, or the same refusal).
import * as fs from "fs";
import { Workbook } from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { getCell, WorkbookGrid } from "../../src/engine/grid";
import { readGridFast } from "../../src/xlsx/fast-grid";
import { gridFromXlsx, loadExcelWorkbook, sheetGridOf, WorkbookReadError } from "../../src/xlsx/read";
import { LAYOUT_VARIANTS, SAMPLE_PATH, sampleBuffer } from "../fixtures/build-sample";
import { consolidatedBuffer } from "../fixtures/consolidated";
import { makeRawXlsx, makeZip, RawSheet, RawWorkbookParts, unzipText } from "./zip-helpers";

async function xlsxOf(build: (workbook: Workbook) => unknown): Promise<Uint8Array> {
  const workbook = new Workbook();
  await build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

type Outcome = { grid: WorkbookGrid } | { error: unknown };

/** What the exceljs path (the reader before the fast one) makes of the bytes. */
async function exceljsOutcome(bytes: Uint8Array): Promise<Outcome> {
  try {
    const workbook = await loadExcelWorkbook(bytes);
    return { grid: { name: "book.xlsx", sheets: workbook.worksheets.map(sheetGridOf) } };
  } catch (error) {
    return { error };
  }
}

/** The fast reader reads the file itself, to the exceljs path's Grid. */
async function expectFastGrid(bytes: Uint8Array): Promise<WorkbookGrid> {
  const fast = await readGridFast(bytes, "book.xlsx");
  if ("declined" in fast) throw new Error(`the fast reader declined: ${fast.declined}`);
  const exceljs = await exceljsOutcome(bytes);
  if ("error" in exceljs) throw new Error(`exceljs failed where the fast reader did not: ${String(exceljs.error)}`);
  expect(asExceljsReadsIt(fast.grid)).toStrictEqual(exceljs.grid);
  return fast.grid;
}

/**
 * The fast reader's Grid as exceljs would have it: the one thing it knows more of is a formula's cached empty
 * string (<v></v>), which exceljs drops to "no result". Everything else must be identical.
 */
function asExceljsReadsIt(grid: WorkbookGrid): WorkbookGrid {
  const sheets = grid.sheets.map((sheet) => ({
    ...sheet,
    cells: sheet.cells.map((row) =>
      row.map((cell) => (cell && cell.formula !== undefined && cell.value === "" ? { ...cell, value: null } : cell))
    ),
  }));
  return { ...grid, sheets };
}

/** The fast reader leaves the file to exceljs, and gridFromXlsx ends as the exceljs path does. */
async function expectDeclined(bytes: Uint8Array, reason: RegExp): Promise<Outcome> {
  const fast = await readGridFast(bytes, "book.xlsx");
  expect("declined" in fast && fast.declined).toMatch(reason);
  const exceljs = await exceljsOutcome(bytes);
  let viaGridFromXlsx: Outcome;
  try {
    viaGridFromXlsx = { grid: await gridFromXlsx(bytes, "book.xlsx") };
  } catch (error) {
    viaGridFromXlsx = { error };
  }
  expect(viaGridFromXlsx).toStrictEqual(exceljs);
  return exceljs;
}

/** Rewrites parts of an .xlsx (null removes one), the rest kept as they are. */
async function withParts(bytes: Uint8Array, edits: Record<string, (xml: string) => string | null>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    const edited = edit((await zip.file(name)?.async("string")) ?? "");
    if (edited === null) zip.remove(name);
    else zip.file(name, edited);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
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

// ---------------------------------------------------------------------------------------------------------------

describe("fast reader: the project's workbooks", () => {
  it("reads the sample fixture itself, to the exceljs path's Grid", async () => {
    const grid = await expectFastGrid(new Uint8Array(fs.readFileSync(SAMPLE_PATH)));
    expect(grid.sheets).toHaveLength(15);
    // And gridFromXlsx hands that very Grid on.
    expect(await gridFromXlsx(fs.readFileSync(SAMPLE_PATH), "book.xlsx")).toStrictEqual(grid);
  });

  it("reads every layout variant of the sample", async () => {
    for (const layout of [{}, ...Object.values(LAYOUT_VARIANTS)]) {
      await expectFastGrid(new Uint8Array(await sampleBuffer(layout)));
    }
  }, 120000);

  it("reads a consolidated book of several departments", async () => {
    const grid = await expectFastGrid(new Uint8Array(await consolidatedBuffer(3)));
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
    const grid = await expectFastGrid(bytes);
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
    const grid = await expectFastGrid(bytes);
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
    const grid = await expectFastGrid(bytes);
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
    const grid = await expectFastGrid(bytes);
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
        await expectFastGrid(bytes);
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
    const grid = await expectFastGrid(bytes);
    const table = grid.sheets[0];
    expect(getCell(table, 1, 3)?.value).toBe("单位：万元\r");
    expect(getCell(table, 1, 4)?.value).toBe("a_x000D_b续");
    expect(getCell(table, 2, 1)).toEqual({ value: "合&计", numFmt: "General", formula: '"合"&"计"' });
    expect(getCell(table, 3, 2)).toEqual({ value: 0, numFmt: "General", formula: "B2*1" });
    // A follower read before its master has no formula, as exceljs gives it.
    expect(getCell(table, 4, 1)).toStrictEqual({ value: 7, numFmt: "General", formula: undefined });
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
    const grid = await expectFastGrid(bytes);
    const sheet = grid.sheets[0];
    expect(getCell(sheet, 1, 1)).toEqual({ value: "", numFmt: "General", formula: 'IF(1=1,"","-")' });
    expect(getCell(sheet, 1, 2)).toEqual({ value: "", numFmt: "General", formula: 'IF(1=1,"","-")' });
    // No result at all (a number type, or no <v>): the formula was never calculated.
    expect(getCell(sheet, 1, 3)).toEqual({ value: null, numFmt: "General", formula: "1+1" });
    expect(getCell(sheet, 1, 4)).toEqual({ value: null, numFmt: "General", formula: "1+1" });
    expect(getCell(sheet, 1, 5)?.value).toBe("x");
    // The exceljs path, for a file the fast reader leaves aside, cannot tell the two apart.
    const viaExceljs = (await exceljsOutcome(bytes)) as { grid: WorkbookGrid };
    expect(getCell(viaExceljs.grid.sheets[0], 1, 1)?.value).toBeNull();
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
    const grid = await expectFastGrid(bytes);
    expect(grid.sheets[0].cells[0].map((cell) => cell?.value)).toEqual([
      "一般公共服务支出", " 行\n换 ", "粗细", undefined, undefined, undefined, "<&>中文",
    ]);
  });

  it("reads hyperlinks as exceljs does: a formula's result without its formula", async () => {
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
    const grid = await expectFastGrid(bytes);
    expect(getCell(grid.sheets[0], 1, 2)).toStrictEqual({ value: 2, numFmt: "General" });
    expect(getCell(grid.sheets[0], 1, 3)).toBeUndefined();
    // A follower that is itself a hyperlink is never translated; one whose link has no target stays a formula.
    expect(getCell(grid.sheets[0], 3, 1)).toStrictEqual({ value: 4, numFmt: "General" });
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
    const grid = await expectFastGrid(bytes);
    expect(grid.sheets[0].merges).toEqual([
      { top: 1, left: 2, bottom: 2, right: 3 },
      { top: 2, left: 4, bottom: 2, right: 5 },
      { top: 10, left: 7, bottom: 12, right: 8 },
    ]);
    expect([grid.sheets[0].rowCount, grid.sheets[0].colCount]).toEqual([12, 8]);
  });

  it("gives each built-in number format id the format exceljs names for it, or none", async () => {
    const ids = Array.from({ length: 60 }, (_, id) => id);
    const xf = (id: number) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
    const styles = STYLES("", `<cellXfs count="${ids.length + 1}">${xf(0)}${ids.map(xf).join("")}</cellXfs>`);
    const sheetData = ids.map((id) => `<row r="${id + 1}"><c r="A${id + 1}" s="${id + 1}"><v>45000.25</v></c></row>`).join("");
    const grid = await expectFastGrid(makeRawXlsx([{ name: "格式", part: 1, sheetData }], { styles }));
    expect(getCell(grid.sheets[0], 5, 1)).toEqual({ value: 45000.25, numFmt: "#,##0.00" });
    expect(getCell(grid.sheets[0], 15, 1)?.value).toBeInstanceOf(Date);
    expect(getCell(grid.sheets[0], 28, 1)).toEqual({ value: 45000.25, numFmt: "General" });
  });

  it("follows the XML as saxes reads it: line ends, references, comments, quotes, a byte order mark", async () => {
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
      '<row r="3"><c r="A3" t="e"><v>#VALUE!</v></c></row>';
    let bytes = await rawBook([{ name: "XML", part: 1, sheetData: "" }]);
    bytes = await withParts(bytes, { "xl/worksheets/sheet1.xml": () => sheet(data) });
    const grid = await expectFastGrid(bytes);
    expect(getCell(grid.sheets[0], 1, 1)?.value).toBe("第一行\n第二行\n第三行\r\n");
    expect(getCell(grid.sheets[0], 2, 2)?.value).toBe(12);
    expect(grid.sheets[0].protected).toBe(true);
  });

  it("reads sheet names as exceljs does, decoding entities twice", async () => {
    let bytes = await rawBook([
      { name: "A&amp;amp;B", part: 1, sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: "公开&lt;01&gt;表", part: 2, sheetData: "" },
    ]);
    bytes = await withParts(bytes, {
      "xl/workbook.xml": (xml) => xml.replace("<calcPr", '<workbookPr date1904="1"/><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">\'A&amp;amp;B\'!$A$1:$C$3</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">$A$1:$B$2</definedName><definedName name="合计">Sheet1!$A$1,#REF!</definedName></definedNames><calcPr'),
    });
    const grid = await expectFastGrid(bytes);
    expect(grid.sheets.map((s) => s.name)).toEqual(["A&B", "公开<01>表"]);
  });
});

describe("fast reader: files it leaves to exceljs", () => {
  it("leaves drawings, tables, comments, conditional formats and validations to exceljs, which reads them to the same Grid", async () => {
    const cases: [RegExp, (workbook: Workbook) => void][] = [
      [/drawing/, (workbook) => {
        const ws = workbook.addWorksheet("图");
        ws.getCell("A1").value = 1;
        const image = workbook.addImage({ buffer: Buffer.from("89504e470d0a1a0a", "hex") as never, extension: "png" });
        ws.addImage(image, "B2:C3");
      }],
      [/table/, (workbook) => {
        const ws = workbook.addWorksheet("表格");
        ws.addTable({ name: "收入", ref: "A1", columns: [{ name: "项目" }, { name: "金额" }], rows: [["基本支出", 1672.09]] });
      }],
      [/comments/, (workbook) => {
        const ws = workbook.addWorksheet("批注");
        ws.getCell("A1").value = 2259.73;
        ws.getCell("A1").note = "核对";
      }],
      [/conditionalFormatting/, (workbook) => {
        const ws = workbook.addWorksheet("条件格式");
        ws.getCell("A1").value = -1;
        ws.addConditionalFormatting({ ref: "A1:A3", rules: [{ type: "cellIs", operator: "lessThan", formulae: [0], priority: 1, style: { font: { bold: true } } }] });
      }],
      [/dataValidations/, (workbook) => {
        const ws = workbook.addWorksheet("校验");
        ws.getCell("A1").value = "是";
        ws.getCell("A1").dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
      }],
    ];
    for (const [reason, build] of cases) {
      const outcome = await expectDeclined(await xlsxOf(build), reason);
      expect("grid" in outcome).toBe(true);
    }
  });

  it("leaves a chartsheet and a worksheet part no sheet names to exceljs", async () => {
    const book = await rawBook([{ name: "数据", part: 1, sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }]);
    const chartsheet = await withParts(book, {
      "xl/workbook.xml": (xml) => xml.replace("</sheets>", '<sheet name="图表" sheetId="5" r:id="rId9"/></sheets>'),
      "xl/_rels/workbook.xml.rels": (xml) =>
        xml.replace("</Relationships>", '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>'),
      "xl/chartsheets/sheet1.xml": () => '<?xml version="1.0"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    });
    expect("grid" in (await expectDeclined(chartsheet, /not a worksheet/))).toBe(true);
    const orphan = await withParts(book, { "xl/worksheets/sheet7.xml": () => '<?xml version="1.0"?><worksheet><sheetData/></worksheet>' });
    expect("grid" in (await expectDeclined(orphan, /no sheet names/))).toBe(true);
  });

  it("declines where exceljs refuses the file, and gridFromXlsx refuses it as before", async () => {
    const sheet = (sheetData: string, after = ""): RawSheet => ({ name: "表", part: 1, sheetData, after });
    const refused: [RegExp, Uint8Array][] = [
      [/shared string index/, await rawBook([sheet('<row r="1"><c r="A1" t="s"><v>5</v></c></row>')], { sharedStrings: ["<si><t>一</t></si>"] })],
      [/overlapping/, await rawBook([sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>')])],
      [/History/, await rawBook([{ ...sheet(""), name: "History" }])],
      [/same name/, await rawBook([{ ...sheet(""), name: "汇总" }, { ...sheet(""), name: "汇总", part: 2 }])],
      [/relationship/, await rawBook([sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<hyperlinks><hyperlink ref="A1" r:id="rId7"/></hyperlinks>')])],
      [/XmlError/, await rawBook([sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>&nbsp;</v></c></row>')])],
      [/row number/, await rawBook([sheet('<row><c r="A1"><v>1</v></c></row>')])],
    ];
    for (const [reason, bytes] of refused) {
      const outcome = await expectDeclined(bytes, reason);
      expect("error" in outcome && outcome.error).toBeInstanceOf(WorkbookReadError);
    }
  });

  it("declines a shared formula whose master became a hyperlink, where exceljs's formula getter throws", async () => {
    const bytes = await rawBook(
      [
        {
          name: "链接",
          part: 1,
          sheetData:
            '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>2</v></c></row>' +
            '<row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c></row>',
          after: '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>',
        },
      ],
      { extraParts: { "xl/worksheets/_rels/sheet1.xml.rels": SHEET_RELS(HYPERLINK_REL("rId1", "https://example.org")) } }
    );
    const outcome = await expectDeclined(bytes, /master holds no formula/);
    expect("error" in outcome && outcome.error).toBeInstanceOf(TypeError);
  });

  it("declines a part that does not inflate, as exceljs refuses the file", async () => {
    const book = await rawBook([{ name: "表", part: 1, sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }]);
    const entries = unzipText(book);
    const parts: Record<string, string | Uint8Array> = Object.fromEntries(entries);
    // A stored part declared longer than it is: JSZip's size check fails, on a part the Grid does not even need.
    const bytes = makeZip({ ...parts, "docProps/custom.bin": new Uint8Array([1, 2, 3]) });
    const damaged = new Uint8Array(bytes);
    const name = new TextEncoder().encode("docProps/custom.bin");
    for (let at = 0; at < damaged.length - 4; at++) {
      // Both the local header and the directory entry: bump the uncompressed size field (offsets 22 / 24).
      if (damaged[at] === 0x50 && damaged[at + 1] === 0x4b && damaged[at + 2] === 0x03 && damaged[at + 3] === 0x04 && matchesName(damaged, at + 30, name)) damaged[at + 22] = 9;
      if (damaged[at] === 0x50 && damaged[at + 1] === 0x4b && damaged[at + 2] === 0x01 && damaged[at + 3] === 0x02 && matchesName(damaged, at + 46, name)) damaged[at + 24] = 9;
    }
    const outcome = await expectDeclined(damaged, /size/);
    expect("error" in outcome).toBe(true);
  });

  it("never gives a Grid other than exceljs's, whatever is changed or broken in a part", async () => {
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
    let readFast = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const edited = new Map(parts);
        for (const change of mutations) edited.set(change.part, mutate(edited.get(change.part) as string, change));
        const bytes = makeZip(Object.fromEntries(edited));
        const fast = await readGridFast(bytes, "book.xlsx");
        if ("declined" in fast) return;
        readFast++;
        expect(await exceljsOutcome(bytes)).toStrictEqual({ grid: fast.grid });
      }),
      { numRuns: 400, seed: 17 }
    );
    // The changes mostly keep the parts well-formed, so that the fast reader really reads many of them.
    expect(readFast).toBeGreaterThan(100);
  }, 180000);
});

function matchesName(bytes: Uint8Array, at: number, name: Uint8Array): boolean {
  return name.every((byte, i) => bytes[at + i] === byte);
}
