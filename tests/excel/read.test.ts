import { getCell, WorkbookGrid } from "../../src/engine/grid";
import { gridCellFromExcel, parseAreaList, planReadBatches, readWorkbookGrid } from "../../src/excel/read";
import { FakeExcel } from "./fake-excel";
import { manySheets, table03Sheet, table07Sheet, TABLE_03_FIRST_DATA_ROW } from "./sample-sheets";

async function read(fake: FakeExcel, options: { cellBudget?: number; mergedAreas?: boolean } = {}): Promise<WorkbookGrid> {
  return fake.run((context) => readWorkbookGrid(context, { name: "备用名", mergedAreas: options.mergedAreas ?? true, cellBudget: options.cellBudget }));
}

/** Nothing in the Grid may be one of the mock's "not loaded" texts: every property read was loaded and synced. */
function expectFullyLoaded(grid: WorkbookGrid): void {
  expect(JSON.stringify(grid)).not.toMatch(/Error, (property was not loaded|context\.sync\(\) was not called)/);
}

describe("readWorkbookGrid", () => {
  it("reads values, number formats, formulas and merged areas of the sample's table 03", async () => {
    const sheet = table03Sheet();
    // 本年支出合计 of 合计 as a formula over the 类 rows, as accountants often keep it.
    sheet.rows![TABLE_03_FIRST_DATA_ROW - 1][2] = { value: 2259.73, numFmt: "#,##0.00", formula: "=C9+C14+C21+C25" };
    const fake = new FakeExcel([sheet], { name: "朝阳市委办公室2024决算.xlsx" });
    const grid = await read(fake);
    expectFullyLoaded(grid);
    expect(grid.name).toBe("朝阳市委办公室2024决算.xlsx");
    const s = grid.sheets[0];
    expect(s.name).toBe("03支出决算表");
    expect(s.rowCount).toBe(TABLE_03_FIRST_DATA_ROW + 21);
    expect(s.colCount).toBe(8);
    expect(getCell(s, 1, 1)).toEqual({ value: "支出决算表", numFmt: "General" });
    expect(getCell(s, 2, 8)).toEqual({ value: "公开03表", numFmt: "General" });
    expect(getCell(s, 8, 3)).toEqual({ value: 2259.73, numFmt: "#,##0.00", formula: "C9+C14+C21+C25" });
    expect(getCell(s, 8, 4)).toEqual({ value: 1672.09, numFmt: "#,##0.00" });
    expect(getCell(s, 9, 1)).toEqual({ value: "201", numFmt: "@" });
    expect(getCell(s, 11, 4)).toEqual({ value: 1116.8, numFmt: "#,##0.00" });
    // Blank figures are absent cells, as the .xlsx reader gives them.
    expect(getCell(s, 11, 5)).toBeUndefined();
    expect(s.cells[5]).toEqual([]);
    expect(s.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 8 },
      { top: 4, left: 1, bottom: 4, right: 2 },
      { top: 4, left: 3, bottom: 6, right: 3 },
      { top: 4, left: 4, bottom: 6, right: 4 },
      { top: 4, left: 5, bottom: 6, right: 5 },
      { top: 7, left: 1, bottom: 7, right: 2 },
    ]);
  });

  it("reads error values, booleans, visibility and protection", async () => {
    const fake = new FakeExcel([
      { name: "三公", protected: true, rows: [["公务接待费", { value: "#DIV/0!", error: "#DIV/0!", formula: "=C7/0" }, true]] },
      { name: "参考数据", visibility: "Hidden", rows: [["年初预算数", { value: 166.4, numFmt: "0.00" }]] },
      { name: "旧表", visibility: "VeryHidden", rows: [] },
    ]);
    const grid = await read(fake);
    expectFullyLoaded(grid);
    const [sangong, reference, old] = grid.sheets;
    expect(getCell(sangong, 1, 2)).toEqual({ value: { error: "#DIV/0!" }, numFmt: "General", formula: "C7/0" });
    expect(getCell(sangong, 1, 3)).toEqual({ value: true, numFmt: "General" });
    expect(sangong.protected).toBe(true);
    expect(reference.visibility).toBe("hidden");
    expect(reference.protected).toBe(false);
    expect(old).toMatchObject({ visibility: "veryHidden", rowCount: 0, colCount: 0, cells: [], merges: [] });
  });

  it("places a used range that does not start at A1 where it is", async () => {
    const fake = new FakeExcel([{ name: "07", origin: "C5", rows: [["合 计", { value: 57.99, numFmt: "#,##0.00" }]] }]);
    const grid = await read(fake);
    const sheet = grid.sheets[0];
    expect(sheet.rowCount).toBe(5);
    expect(sheet.colCount).toBe(4);
    expect(getCell(sheet, 5, 3)).toEqual({ value: "合 计", numFmt: "General" });
    expect(getCell(sheet, 5, 4)).toEqual({ value: 57.99, numFmt: "#,##0.00" });
    expect(sheet.cells).toHaveLength(5);
    expect(sheet.cells[0]).toEqual([]);
  });

  it("goes on without merged areas when Excel cannot report them (ExcelApi < 1.13)", async () => {
    const fake = new FakeExcel([table07Sheet()]);
    const grid = await read(fake, { mergedAreas: false });
    expect(grid.sheets[0].merges).toEqual([]);
    expect(getCell(grid.sheets[0], 5, 2)).toEqual({ value: 57.99, numFmt: "#,##0.00" });
  });

  it.each([3, 60, 300])("reads %i sheets in the same 3 syncs", async (count) => {
    const fake = new FakeExcel(manySheets(count));
    const grid = await read(fake);
    expectFullyLoaded(grid);
    expect(fake.syncCount).toBe(3);
    expect(grid.sheets).toHaveLength(count);
    expect(getCell(grid.sheets[count - 1], 5, 3)?.value ?? getCell(grid.sheets[count - 1], 8, 3)?.value).toBeDefined();
    expect(getCell(grid.sheets[0], 8, 3)).toEqual({ value: 2259.73, numFmt: "#,##0.00" });
    expect(getCell(grid.sheets[1], 5, 3)).toEqual({ value: 57.4, numFmt: "#,##0.00" });
  });

  it("reads a very large range in blocks and gets the same Grid", async () => {
    const big = { name: "大表", rows: Array.from({ length: 300 }, (_, r) => Array.from({ length: 12 }, (_, c) => ({ value: r * 100 + c, numFmt: "0.00" }))) };
    const whole = await read(new FakeExcel([big, table07Sheet()]));
    const fake = new FakeExcel([big, table07Sheet()]);
    const chunked = await read(fake, { cellBudget: 1000 });
    // 3600 + 30 cells at 1000 per sync: 4 data syncs after the two for the sheet list and the used ranges.
    expect(fake.syncCount).toBe(6);
    expect(chunked).toEqual(whole);
    expect(getCell(chunked.sheets[0], 300, 12)).toEqual({ value: 29911, numFmt: "0.00" });
  });

  it("reports progress up to every sheet read", async () => {
    const fake = new FakeExcel(manySheets(4));
    const seen: string[] = [];
    await fake.run((context) =>
      readWorkbookGrid(context, { name: "x", mergedAreas: true, onProgress: (p) => seen.push(`${p.stage} ${p.done}/${p.total}`) })
    );
    expect(seen[0]).toBe("list 0/0");
    expect(seen).toContain("cells 4/4");
    expect(seen[seen.length - 1]).toBe("convert 4/4");
  });
});

describe("planReadBatches", () => {
  it("keeps ordinary sheets in one batch and splits a large one into whole-row blocks", () => {
    const small = { startRow: 0, startColumn: 0, rowCount: 40, columnCount: 10 };
    expect(planReadBatches([small, null, small], 1000)).toEqual([
      [
        { sheetIndex: 0, startRow: 0, startColumn: 0, rowCount: 40, columnCount: 10 },
        { sheetIndex: 2, startRow: 0, startColumn: 0, rowCount: 40, columnCount: 10 },
      ],
    ]);
    const large = { startRow: 2, startColumn: 1, rowCount: 250, columnCount: 10 };
    const batches = planReadBatches([large], 1000);
    expect(batches).toHaveLength(3);
    expect(batches.map((b) => b[0].startRow)).toEqual([2, 102, 202]);
    expect(batches[2][0].rowCount).toBe(50);
  });
});

describe("parseAreaList", () => {
  it("reads Excel's comma-separated areas, with quoted sheet names", () => {
    expect(parseAreaList("'01收入支出, 决算总表'!A1:F1,'01收入支出, 决算总表'!$B$2:$C$3, Sheet1!D4")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 6 },
      { top: 2, left: 2, bottom: 3, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
    expect(parseAreaList("")).toEqual([]);
    expect(parseAreaList(null)).toEqual([]);
  });
});

describe("gridCellFromExcel", () => {
  it("keeps what the .xlsx reader keeps", () => {
    expect(gridCellFromExcel("", "Empty", "#,##0.00", "")).toBeUndefined();
    expect(gridCellFromExcel(587.63, "Double", "#,##0.00", 587.63)).toEqual({ value: 587.63, numFmt: "#,##0.00" });
    expect(gridCellFromExcel("", "Empty", "General", "=IF(A1,1,\"\")")).toEqual({ value: "", numFmt: "General", formula: "IF(A1,1,\"\")" });
    expect(gridCellFromExcel("#REF!", "Error", "", "=#REF!+1")).toEqual({ value: { error: "#REF!" }, numFmt: "General", formula: "#REF!+1" });
    expect(gridCellFromExcel("98.00%", "String", "@", "98.00%")).toEqual({ value: "98.00%", numFmt: "@" });
  });
});
