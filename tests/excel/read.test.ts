import ExcelJS from "exceljs";
import { GridCell, getCell, SheetGrid, WorkbookGrid } from "../../src/engine/grid";
import {
  BYTES_PER_MERGE_READ,
  DEFAULT_BYTE_BUDGET,
  gridCellFromExcel,
  parseAreaList,
  planReadBatches,
  readWorkbookGrid,
  SheetLayout,
  splitUnit,
  unitBytes,
} from "../../src/excel/read";
import { gridFromXlsx } from "../../src/xlsx/read";
import { buildConsolidatedWorkbook } from "../fixtures/consolidated";
import { FakeCellSpec, FakeExcel } from "./fake-excel";
import { specsOf } from "./grid-specs";
import { manySheets, table03Sheet, table07Sheet, TABLE_03_FIRST_DATA_ROW } from "./sample-sheets";

jest.setTimeout(30_000); // hundreds of sheets through the fake, on a machine shared with other work

async function read(fake: FakeExcel, options: { byteBudget?: number; mergedAreas?: boolean } = {}): Promise<WorkbookGrid> {
  return fake.run((context) => readWorkbookGrid(context, { name: "备用名", mergedAreas: options.mergedAreas ?? true, byteBudget: options.byteBudget }));
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

  it("reads a sheet too large for one response in bands of whole rows, each under the limit, to the same Grid", async () => {
    const big = { name: "大表", rows: Array.from({ length: 300 }, (_, r) => Array.from({ length: 12 }, (_, c) => ({ value: r * 100 + c, numFmt: "0.00" }))) };
    big.rows[299][11] = { value: 29911, numFmt: "0.00", formula: "=K300+1" } as (typeof big.rows)[number][number];
    const whole = await read(new FakeExcel([big, table07Sheet()]));
    // A 40 KB response limit, as Excel on the web's 5 MB scaled down; the planner aims below it.
    const fake = new FakeExcel([big, table07Sheet()], { limits: { payloadBytes: 40_000 } });
    const chunked = await read(fake, { byteBudget: 30_000 });
    expect(chunked).toEqual(whole);
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(fake.largestResponse).toBeLessThanOrEqual(40_000);
    expect(getCell(chunked.sheets[0], 300, 12)).toEqual({ value: 29911, numFmt: "0.00", formula: "K300+1" });
    expect(getCell(chunked.sheets[0], 300, 11)).toEqual({ value: 29910, numFmt: "0.00" });
  });

  it.each([
    ["a one-row sheet", 1],
    ["a larger sheet", 40],
  ])("keeps a text that starts with = a text and a formula a formula: %s", async (_, rowCount) => {
    const rows = Array.from({ length: rowCount }, (_, r): FakeCellSpec[] => [`第${r + 1}行`, { value: r, numFmt: "0.00" }, null]);
    rows[0][1] = { value: "=以下为公式说明", numFmt: "@" };
    rows[0][2] = { value: 3, formula: "=1+2" };
    const fake = new FakeExcel([{ name: "说明", rows }]);
    const grid = await read(fake);
    expect(getCell(grid.sheets[0], 1, 2)).toEqual({ value: "=以下为公式说明", numFmt: "@" });
    expect(getCell(grid.sheets[0], 1, 3)).toEqual({ value: 3, numFmt: "General", formula: "1+2" });
  });

  it.each([
    ["a one-row sheet", 1],
    ["a larger sheet", 40],
  ])("tells error values from texts that look like them: %s", async (_, rowCount) => {
    const rows = Array.from({ length: rowCount }, (_, r): FakeCellSpec[] => [`第${r + 1}行`, { value: r, numFmt: "0.00" }, null, null]);
    rows[0] = ["公务接待费", { error: "#N/A" }, { value: "#N/A", numFmt: "@" }, { error: "#REF!", formula: "=#REF!+1" }];
    const fake = new FakeExcel([{ name: "三公", rows }]);
    const grid = await read(fake);
    const sheet = grid.sheets[0];
    expect(getCell(sheet, 1, 2)).toEqual({ value: { error: "#N/A" }, numFmt: "General" });
    expect(getCell(sheet, 1, 3)).toEqual({ value: "#N/A", numFmt: "@" });
    expect(getCell(sheet, 1, 4)).toEqual({ value: { error: "#REF!" }, numFmt: "General", formula: "#REF!+1" });
    expect(getCell(sheet, rowCount, 2)).toEqual(rowCount === 1 ? { value: { error: "#N/A" }, numFmt: "General" } : { value: rowCount - 1, numFmt: "0.00" });
    expect(fake.syncCount).toBe(3);
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

/**
 * A consolidated review book of `departments` × 15 sheets from the sample, as the .xlsx reader reads it; each
 * department's 03 合计 row holds formulas over its 类 rows (C7:E7), a formula whose result is #DIV/0! (F7) and a
 * typed #N/A (G7), so formulas and both kinds of error are read through special cells on every department.
 */
async function consolidatedGrid(departments: number): Promise<WorkbookGrid> {
  const workbook = buildConsolidatedWorkbook(departments);
  for (const sheet of workbook.worksheets.filter((s) => /-03支出决算表$/.test(s.name))) {
    for (const col of ["C", "D", "E"]) {
      const cell = sheet.getCell(`${col}7`);
      cell.value = { formula: `${col}8+${col}13+${col}20+${col}25`, result: cell.value as number };
    }
    sheet.getCell("F7").value = { formula: "F8/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    sheet.getCell("G7").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  }
  return gridFromXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), "汇总审核.xlsx");
}

/** What the engine takes from a sheet: every shown cell (value, number format, formula) by address, and the merges. */
function engineView(sheet: SheetGrid): { name: string; cells: Record<string, GridCell>; merges: SheetGrid["merges"] } {
  const cells: Record<string, GridCell> = {};
  sheet.cells.forEach((row, r) => row?.forEach((cell, c) => cell && (cells[`R${r + 1}C${c + 1}`] = cell)));
  return { name: sheet.name, cells, merges: sheet.merges };
}

describe("readWorkbookGrid on a consolidated review book", () => {
  let oneDepartment: WorkbookGrid;
  let twentyDepartments: WorkbookGrid;

  beforeAll(async () => {
    oneDepartment = await consolidatedGrid(1);
    twentyDepartments = await consolidatedGrid(20);
  }, 60_000);

  async function readThroughHost(grid: WorkbookGrid): Promise<{ read: WorkbookGrid; syncs: number }> {
    const fake = new FakeExcel(specsOf(grid));
    const read = await fake.run((context) => readWorkbookGrid(context, { name: grid.name, mergedAreas: true }));
    expectFullyLoaded(read);
    return { read, syncs: fake.syncCount };
  }

  it("reads 300 sheets in the same 3 syncs as 15, to the Grid the .xlsx reader gives", async () => {
    const small = await readThroughHost(oneDepartment);
    const large = await readThroughHost(twentyDepartments);
    expect(twentyDepartments.sheets).toHaveLength(300);
    expect(small.syncs).toBe(3);
    expect(large.syncs).toBe(small.syncs);
    expect(large.read.sheets.map(engineView)).toEqual(twentyDepartments.sheets.map(engineView));
    const last03 = large.read.sheets.find((sheet) => sheet.name === "D20-03支出决算表")!;
    expect(getCell(last03, 7, 4)).toEqual({ value: 1672.09, numFmt: "#,##0.00", formula: "D8+D13+D20+D25" });
    expect(getCell(last03, 7, 6)).toEqual({ value: { error: "#DIV/0!" }, numFmt: "General", formula: "F8/0" });
    expect(getCell(last03, 7, 7)).toEqual({ value: { error: "#N/A" }, numFmt: "General" });
  });

  it("reads a book beyond one sync's budget (600 sheets) in one more sync, to the same Grid", async () => {
    const copy = twentyDepartments.sheets.map((sheet) => ({ ...sheet, name: `副本-${sheet.name}` }));
    const doubled: WorkbookGrid = { name: "两册合订.xlsx", sheets: [...twentyDepartments.sheets, ...copy] };
    const { read, syncs } = await readThroughHost(doubled);
    // 72,840 cells that hold something, at BYTES_PER_CELL each: over one sync's DEFAULT_BYTE_BUDGET, two cell syncs.
    expect(syncs).toBe(4);
    expect(read.sheets.map(engineView)).toEqual(doubled.sheets.map(engineView));
  });
});

describe("planReadBatches", () => {
  const sheet = (rowCount: number, columnCount: number, counts: Partial<SheetLayout> = {}): SheetLayout => ({
    startRow: 0,
    startColumn: 0,
    rowCount,
    columnCount,
    special: true,
    constantCells: rowCount * columnCount,
    constantAreas: rowCount,
    formulaCells: 0,
    formulaAreas: 0,
    ...counts,
  });

  it("keeps ordinary sheets in one batch: each sheet's cells and its merged areas", () => {
    const small = sheet(40, 10, { formulaCells: 3, formulaAreas: 1 });
    const batches = planReadBatches([small, null, small]);
    expect(batches).toEqual([
      [
        { kind: "merges", sheetIndex: 0, startRow: 0, rowCount: 40 },
        { kind: "cells", sheetIndex: 0, startRow: 0, rowCount: 40 },
        { kind: "merges", sheetIndex: 2, startRow: 0, rowCount: 40 },
        { kind: "cells", sheetIndex: 2, startRow: 0, rowCount: 40 },
      ],
    ]);
    // Without merged areas (ExcelApi < 1.13) only the cells.
    expect(planReadBatches([small], DEFAULT_BYTE_BUDGET, false).flat().map((unit) => unit.kind)).toEqual(["cells"]);
  });

  it("costs what the cells hold, not the used range: a stray value in XFD1048576 adds one cell", () => {
    const plain = sheet(30, 8, { constantCells: 180, constantAreas: 30 });
    const stray = { ...plain, rowCount: 1048576, columnCount: 16384, constantCells: 181, constantAreas: 31 };
    const bytes = (layout: SheetLayout) => unitBytes({ kind: "cells", sheetIndex: 0, startRow: 0, rowCount: layout.rowCount }, layout);
    expect(bytes(stray) - bytes(plain)).toBeLessThan(bytes(plain) / 10);
    expect(planReadBatches([stray]).flat().filter((unit) => unit.kind === "cells")).toHaveLength(1);
  });

  it("cuts a sheet over the budget into bands of whole rows, each batch within the budget", () => {
    const large = { ...sheet(250, 10), startRow: 2, startColumn: 1 };
    const budget = unitBytes({ kind: "cells", sheetIndex: 0, startRow: 2, rowCount: 250 }, large) / 4.5;
    const batches = planReadBatches([large], budget, false);
    expect(batches.length).toBeGreaterThanOrEqual(5);
    expect(batches.flat().map((unit) => unit.startRow)[0]).toBe(2);
    expect(batches.flat().reduce((rows, unit) => rows + unit.rowCount, 0)).toBe(250);
    for (const batch of batches) expect(batch.reduce((sum, unit) => sum + unitBytes(unit, large), 0)).toBeLessThanOrEqual(budget);
    expect(BYTES_PER_MERGE_READ).toBeLessThan(DEFAULT_BYTE_BUDGET);
  });

  it("splits a unit into halves of its rows, down to one row", () => {
    expect(splitUnit({ kind: "merges", sheetIndex: 1, startRow: 4, rowCount: 5 })).toEqual([
      { kind: "merges", sheetIndex: 1, startRow: 4, rowCount: 3 },
      { kind: "merges", sheetIndex: 1, startRow: 7, rowCount: 2 },
    ]);
    expect(splitUnit({ kind: "cells", sheetIndex: 1, startRow: 4, rowCount: 1 })).toBeNull();
  });
});

describe("parseAreaList", () => {
  it("reads Excel's comma-separated areas, with quoted sheet names", () => {
    expect(parseAreaList("'01收入支出, 决算总表'!A1:F1,'01收入支出, 决算总表'!$B$2:$C$3, Sheet1!D4")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 6 },
      { top: 2, left: 2, bottom: 3, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
    expect(parseAreaList("S!1:2, S!$A:$C")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 16384 },
      { top: 1, left: 1, bottom: 1048576, right: 3 },
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
