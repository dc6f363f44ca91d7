/// <reference types="office-js" />
// Reads the open workbook into the engine's Grid through Office.js. Every context.sync() is a round trip to Excel
// (across a process, or the network in Excel on the web), so the number of syncs does not grow with the number of
// sheets: one for the sheet list, one for every sheet's used range, merged areas and special cells (where formulas
// and errors are), one for all the cell data. Only when the data itself is very large is it read in several
// batches, so no response exceeds what Excel sends back in one go (about 5 MB on the web).
import { CellValue, GridCell, MergeArea, parseAddress, SheetGrid, SheetVisibility, WorkbookGrid } from "../engine/grid";

/**
 * What one sync may bring back, in cell units: one unit is a cell's value and number format, about 22 bytes in a
 * finance export (value ≈ 11.5, number format ≈ 10 in the 15-sheet sample; ≈ 29 if Excel escapes every Chinese
 * character as \uXXXX). 150,000 units are 3.3–4.4 MB, under Excel on the web's 5 MB limit. Formula texts and the
 * rectangles of formula and error cells cost units too (see the costs below). Reading all four arrays of every cell,
 * as before the special cells, cost twice as much per cell (≈ 41–56 bytes) and allowed only 80,000 cells.
 */
export const DEFAULT_CELL_BUDGET = 150_000;

/** Units per formula cell for its text ("=C9+C14+C21+C25", "=SUM(C9:C29)": up to some 50 bytes). */
export const FORMULA_TEXT_UNITS = 2;
/** Units per rectangle of formula or error cells: the Range object Excel sends for it (its indexes and sizes). */
export const AREA_UNITS = 4;
/** Units per cell when every array is read for every cell (values, value types, number formats, formulas). */
export const EVERY_ARRAY_UNITS = 2;

export interface ReadProgress {
  /** "list": the sheet list is being read; "cells": cell data; "convert": building the Grid. */
  stage: "list" | "cells" | "convert";
  done: number;
  total: number;
}

export interface ReadOptions {
  /** The name to report when Excel does not tell the workbook's file name. */
  name: string;
  /** Whether Range.getMergedAreasOrNullObject (ExcelApi 1.13) may be called; without it merges stay unknown. */
  mergedAreas: boolean;
  /** Units per sync, see DEFAULT_CELL_BUDGET. */
  cellBudget?: number;
  onProgress?: (progress: ReadProgress) => void;
  /** Lets the task pane repaint between sheets while a big workbook is converted. */
  pause?: () => Promise<void>;
}

/**
 * How a block is read. "special cells": values and number formats of every cell, formulas only of the sheet's
 * formula cells and errors from the addresses of its error cells; the block is the sheet's whole used range.
 * "every array": values, value types, number formats and formulas of every cell, for a sheet whose special cells
 * would cost more than that, or which is too large for one sync and is read in pieces.
 */
export type ReadMode = "special cells" | "every array";

/** A rectangle of one sheet's used range, read as one Range (0-based, as getRangeByIndexes takes it). */
export interface ReadBlock {
  sheetIndex: number;
  startRow: number;
  startColumn: number;
  rowCount: number;
  columnCount: number;
  mode: ReadMode;
}

export interface UsedArea {
  startRow: number;
  startColumn: number;
  rowCount: number;
  columnCount: number;
}

/** A sheet's used range and what Excel counted of its special cells. */
export interface SheetLayout extends UsedArea {
  formulaCells: number;
  formulaAreas: number;
  /** Rectangles of error values, constants and formula results together. */
  errorAreas: number;
}

/** What reading the sheet's whole used range in "special cells" mode costs, in units. */
export function specialCellsCost(layout: SheetLayout): number {
  return (
    layout.rowCount * layout.columnCount +
    layout.formulaCells * FORMULA_TEXT_UNITS +
    (layout.formulaAreas + layout.errorAreas) * AREA_UNITS
  );
}

/**
 * Plans the cell reads and groups them into batches (one sync each) of at most `budget` units. A sheet is one block,
 * read in the cheaper mode; a sheet over the budget either way is split into blocks of whole rows read with every
 * array. A workbook of ordinary sheets is one batch however many sheets it has.
 */
export function planReadBatches(layouts: (SheetLayout | null)[], budget: number = DEFAULT_CELL_BUDGET): ReadBlock[][] {
  const batches: ReadBlock[][] = [];
  let current: ReadBlock[] = [];
  let unitsInCurrent = 0;
  const add = (block: ReadBlock, units: number) => {
    if (unitsInCurrent > 0 && unitsInCurrent + units > budget) {
      batches.push(current);
      current = [];
      unitsInCurrent = 0;
    }
    current.push(block);
    unitsInCurrent += units;
  };
  layouts.forEach((layout, sheetIndex) => {
    if (!layout || layout.rowCount === 0 || layout.columnCount === 0) return;
    const { startRow, startColumn, rowCount, columnCount } = layout;
    const special = specialCellsCost(layout);
    const every = rowCount * columnCount * EVERY_ARRAY_UNITS;
    if (Math.min(special, every) <= budget) {
      const mode: ReadMode = special <= every ? "special cells" : "every array";
      add({ sheetIndex, startRow, startColumn, rowCount, columnCount, mode }, Math.min(special, every));
      return;
    }
    const rowsPerBlock = Math.max(1, Math.floor(budget / (columnCount * EVERY_ARRAY_UNITS)));
    for (let offset = 0; offset < rowCount; offset += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, rowCount - offset);
      const block: ReadBlock = { sheetIndex, startRow: startRow + offset, startColumn, rowCount: rows, columnCount, mode: "every array" };
      add(block, rows * columnCount * EVERY_ARRAY_UNITS);
    }
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

/** "Sheet1!A1:F1, 'My, sheet'!B2:C3" → the areas as 1-based bounds. */
export function parseAreaList(address: string | null | undefined): MergeArea[] {
  if (!address) return [];
  const areas: MergeArea[] = [];
  const AREA = /(?:^|!|,\s*)(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?=\s*,|\s*$)/gi;
  for (const match of address.matchAll(AREA)) {
    const first = parseAddress(match[1]);
    const last = match[2] ? parseAddress(match[2]) : first;
    areas.push({
      top: Math.min(first.row, last.row),
      left: Math.min(first.col, last.col),
      bottom: Math.max(first.row, last.row),
      right: Math.max(first.col, last.col),
    });
  }
  return areas.sort((a, b) => a.top - b.top || a.left - b.left);
}

function visibilityOf(visibility: string): SheetVisibility {
  if (visibility === "Hidden") return "hidden";
  if (visibility === "VeryHidden") return "veryHidden";
  return "visible";
}

/**
 * One cell as Office.js reports it (value, value type, number format, formula) as a Grid cell; undefined for a cell
 * that shows nothing, as the .xlsx reader does, so both hosts give the engine the same Grid.
 */
export function gridCellFromExcel(value: unknown, valueType: unknown, numberFormat: unknown, formula: unknown): GridCell | undefined {
  const numFmt = typeof numberFormat === "string" && numberFormat !== "" ? numberFormat : "General";
  const formulaText = typeof formula === "string" && formula.startsWith("=") ? formula.slice(1) : undefined;
  let cellValue: CellValue;
  if (valueType === "Error") cellValue = { error: String(value) };
  else if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") cellValue = value;
  else cellValue = null;
  if (formulaText === undefined && (cellValue === null || cellValue === "")) return undefined;
  return formulaText === undefined ? { value: cellValue, numFmt } : { value: cellValue, numFmt, formula: formulaText };
}

interface SheetProxies {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
  /** The sheet's formula cells, and its error cells (constants and formula results), as Excel's special cells. */
  formulaCells: Excel.RangeAreas;
  errorCells: Excel.RangeAreas[];
}

interface LoadedBlock {
  block: ReadBlock;
  range: Excel.Range;
  /** "special cells" mode: the rectangles of formula cells (with their formulas) and of error cells. */
  formulaAreas: Excel.RangeCollection[];
  errorAreas: Excel.RangeCollection[];
}

/** The special cells of a whole sheet; Excel looks only inside the used range. A null object when there are none. */
function specialCells(sheet: Excel.Worksheet, cellType: "Formulas" | "Constants", valueType: "All" | "Errors"): Excel.RangeAreas {
  const cells = sheet.getRange().getSpecialCellsOrNullObject(cellType, valueType);
  cells.load("isNullObject,areaCount,cellCount");
  return cells;
}

const countOf = (cells: Excel.RangeAreas, count: "areaCount" | "cellCount") => (cells.isNullObject ? 0 : cells[count]);

/** Queues the loads of one block; a sheet read by its special cells also gets the rectangles of those. */
function queueBlock(block: ReadBlock, proxies: SheetProxies): LoadedBlock {
  const { sheet, formulaCells, errorCells } = proxies;
  const range = sheet.getRangeByIndexes(block.startRow, block.startColumn, block.rowCount, block.columnCount);
  const loaded: LoadedBlock = { block, range, formulaAreas: [], errorAreas: [] };
  if (block.mode === "every array") {
    range.load("values,valueTypes,numberFormat,formulas");
    return loaded;
  }
  range.load("values,numberFormat");
  if (countOf(formulaCells, "areaCount") > 0) {
    formulaCells.areas.load("items/rowIndex,items/columnIndex,items/formulas");
    loaded.formulaAreas.push(formulaCells.areas);
  }
  for (const cells of errorCells) {
    if (countOf(cells, "areaCount") === 0) continue;
    cells.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
    loaded.errorAreas.push(cells.areas);
  }
  return loaded;
}

/**
 * The formulas and value types of a block read by its special cells, laid out as Range.formulas and
 * Range.valueTypes would be for the cells that matter (sparse; other cells have no formula and are no error).
 */
function formulasAndTypes({ block, formulaAreas, errorAreas }: LoadedBlock): { formulas: unknown[][]; types: unknown[][] } {
  const formulas: unknown[][] = [];
  const types: unknown[][] = [];
  const inBlock = (i: number, j: number) => i >= 0 && j >= 0 && i < block.rowCount && j < block.columnCount;
  for (const area of formulaAreas.flatMap((areas) => areas.items)) {
    area.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        const i = area.rowIndex - block.startRow + r;
        const j = area.columnIndex - block.startColumn + c;
        if (inBlock(i, j)) (formulas[i] ??= [])[j] = formula;
      })
    );
  }
  for (const area of errorAreas.flatMap((areas) => areas.items)) {
    for (let r = 0; r < area.rowCount; r++) {
      for (let c = 0; c < area.columnCount; c++) {
        const i = area.rowIndex - block.startRow + r;
        const j = area.columnIndex - block.startColumn + c;
        if (inBlock(i, j)) (types[i] ??= [])[j] = "Error";
      }
    }
  }
  return { formulas, types };
}

/**
 * Range.formulas of every cell: a constant's entry is its value, so a text typed as '=… reads "=…" there just as a
 * formula does. A formula's text is (but for contrived cases) never its own result, so such an entry is dropped and
 * the cell stays a text, as the .xlsx reader and the special cells read it.
 */
function formulasOfEveryCell(range: Excel.Range): unknown[][] {
  return range.formulas.map((row, i) => row.map((formula, j) => (formula === range.values[i]?.[j] ? undefined : formula)));
}

/** Writes one block's loaded arrays into the sheet's rows (1-based Grid rows, 0-based arrays). */
function storeBlock(rows: (GridCell | undefined)[][], loaded: LoadedBlock): void {
  const { block, range } = loaded;
  const values = range.values;
  const formats = range.numberFormat;
  const { formulas, types } =
    block.mode === "every array"
      ? { formulas: formulasOfEveryCell(range), types: range.valueTypes as unknown[][] }
      : formulasAndTypes(loaded);
  for (let i = 0; i < block.rowCount; i++) {
    const rowIndex = block.startRow + i;
    const row = (rows[rowIndex] ??= []);
    for (let j = 0; j < block.columnCount; j++) {
      const cell = gridCellFromExcel(values[i]?.[j], types[i]?.[j], formats[i]?.[j], formulas[i]?.[j]);
      if (cell) row[block.startColumn + j] = cell;
    }
  }
}

/** Reads every worksheet of the workbook in `context` into a Grid, in a number of syncs that does not depend on the sheet count. */
export async function readWorkbookGrid(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookGrid> {
  const budget = options.cellBudget ?? DEFAULT_CELL_BUDGET;
  const progress = options.onProgress ?? (() => undefined);

  // Sync 1: the sheet list (and the file name, for reports).
  progress({ stage: "list", done: 0, total: 0 });
  context.workbook.load("name");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/protection/protected");
  await context.sync();
  const sheets = worksheets.items;
  const total = sheets.length;

  // Sync 2: where each sheet's data is, its merged areas, and how many formula and error cells it has (counts only:
  // their rectangles come with the cells, so that the cell syncs can be planned from the counts).
  const proxies: SheetProxies[] = sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
    let merged: Excel.RangeAreas | undefined;
    if (options.mergedAreas) {
      merged = sheet.getRange().getMergedAreasOrNullObject();
      merged.load("isNullObject,address");
    }
    const formulaCells = specialCells(sheet, "Formulas", "All");
    const errorCells = [specialCells(sheet, "Constants", "Errors"), specialCells(sheet, "Formulas", "Errors")];
    return { sheet, used, merged, formulaCells, errorCells };
  });
  await context.sync();
  const layouts: (SheetLayout | null)[] = proxies.map(({ used, formulaCells, errorCells }) =>
    used.isNullObject
      ? null
      : {
          startRow: used.rowIndex,
          startColumn: used.columnIndex,
          rowCount: used.rowCount,
          columnCount: used.columnCount,
          formulaCells: countOf(formulaCells, "cellCount"),
          formulaAreas: countOf(formulaCells, "areaCount"),
          errorAreas: errorCells.reduce((sum, cells) => sum + countOf(cells, "areaCount"), 0),
        }
  );

  // Sync 3 (more only for very large data): the cells.
  const rowsBySheet: (GridCell | undefined)[][][] = sheets.map(() => []);
  const batches = planReadBatches(layouts, budget);
  const lastBatchOfSheet = new Map<number, number>();
  batches.forEach((batch, index) => batch.forEach((block) => lastBatchOfSheet.set(block.sheetIndex, index)));
  let sheetsRead = layouts.filter((layout) => layout === null).length;
  progress({ stage: "cells", done: sheetsRead, total });
  for (let b = 0; b < batches.length; b++) {
    const loaded = batches[b].map((block) => queueBlock(block, proxies[block.sheetIndex]));
    await context.sync();
    for (const item of loaded) storeBlock(rowsBySheet[item.block.sheetIndex], item);
    sheetsRead += [...lastBatchOfSheet.values()].filter((last) => last === b).length;
    progress({ stage: "cells", done: sheetsRead, total });
  }

  const grids: SheetGrid[] = [];
  for (let i = 0; i < total; i++) {
    const layout = layouts[i];
    const rowCount = layout ? layout.startRow + layout.rowCount : 0;
    const colCount = layout ? layout.startColumn + layout.columnCount : 0;
    const cells = rowsBySheet[i];
    // Every row up to the last used one is an array, so the engine may index cells[r - 1][c - 1] directly.
    for (let r = 0; r < rowCount; r++) cells[r] ??= [];
    cells.length = rowCount;
    const merged = proxies[i].merged;
    grids.push({
      name: sheets[i].name,
      visibility: visibilityOf(sheets[i].visibility),
      protected: sheets[i].protection.protected === true,
      rowCount,
      colCount,
      cells,
      merges: merged && !merged.isNullObject ? parseAreaList(merged.address) : [],
    });
    progress({ stage: "convert", done: i + 1, total });
    if (options.pause && (i + 1) % 25 === 0) await options.pause();
  }
  const fileName = context.workbook.name;
  return { name: typeof fileName === "string" && fileName !== "" ? fileName : options.name, sheets: grids };
}
