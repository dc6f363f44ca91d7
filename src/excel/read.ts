/// <reference types="office-js" />
// Reads the open workbook into the engine's Grid through Office.js. Every context.sync() is a round trip to Excel
// (across a process, or the network in Excel on the web), so the number of syncs does not grow with the number of
// sheets: one for the sheet list, one for every sheet's used range and merged areas, one for all the cell data.
// Only when the data itself is very large is it read in several batches, so no response exceeds what Excel sends
// back in one go (about 5 MB on the web).
import { CellValue, GridCell, MergeArea, parseAddress, SheetGrid, SheetVisibility, WorkbookGrid } from "../engine/grid";

/**
 * Cells read per sync. Four arrays come back per cell (values, formulas, number formats, value types), some 50 bytes
 * in all, so 80,000 cells keep a response under Excel on the web's 5 MB limit. Sixty sheets of 40 × 15 are 36,000.
 */
export const DEFAULT_CELL_BUDGET = 80_000;

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
  cellBudget?: number;
  onProgress?: (progress: ReadProgress) => void;
  /** Lets the task pane repaint between sheets while a big workbook is converted. */
  pause?: () => Promise<void>;
}

/** A rectangle of one sheet's used range, read as one Range (0-based, as getRangeByIndexes takes it). */
export interface ReadBlock {
  sheetIndex: number;
  startRow: number;
  startColumn: number;
  rowCount: number;
  columnCount: number;
}

export interface UsedArea {
  startRow: number;
  startColumn: number;
  rowCount: number;
  columnCount: number;
}

/**
 * Splits every used range into blocks of whole rows no larger than the budget and groups them into batches (one sync
 * each) of at most `budget` cells. A workbook of ordinary sheets is one batch however many sheets it has.
 */
export function planReadBatches(areas: (UsedArea | null)[], budget: number = DEFAULT_CELL_BUDGET): ReadBlock[][] {
  const batches: ReadBlock[][] = [];
  let current: ReadBlock[] = [];
  let cellsInCurrent = 0;
  areas.forEach((area, sheetIndex) => {
    if (!area || area.rowCount === 0 || area.columnCount === 0) return;
    const rowsPerBlock = Math.max(1, Math.floor(budget / area.columnCount));
    for (let offset = 0; offset < area.rowCount; offset += rowsPerBlock) {
      const rowCount = Math.min(rowsPerBlock, area.rowCount - offset);
      const cells = rowCount * area.columnCount;
      if (cellsInCurrent > 0 && cellsInCurrent + cells > budget) {
        batches.push(current);
        current = [];
        cellsInCurrent = 0;
      }
      current.push({ sheetIndex, startRow: area.startRow + offset, startColumn: area.startColumn, rowCount, columnCount: area.columnCount });
      cellsInCurrent += cells;
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
}

interface LoadedBlock {
  block: ReadBlock;
  range: Excel.Range;
}

/** Writes one block's loaded arrays into the sheet's rows (1-based Grid rows, 0-based arrays). */
function storeBlock(rows: (GridCell | undefined)[][], { block, range }: LoadedBlock): void {
  const values = range.values;
  const types = range.valueTypes as unknown[][];
  const formats = range.numberFormat;
  const formulas = range.formulas;
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

  // Sync 2: where each sheet's data is, and its merged areas.
  const proxies: SheetProxies[] = sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
    let merged: Excel.RangeAreas | undefined;
    if (options.mergedAreas) {
      merged = sheet.getRange().getMergedAreasOrNullObject();
      merged.load("isNullObject,address");
    }
    return { sheet, used, merged };
  });
  await context.sync();
  const areas: (UsedArea | null)[] = proxies.map(({ used }) =>
    used.isNullObject
      ? null
      : { startRow: used.rowIndex, startColumn: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount }
  );

  // Sync 3 (more only for very large data): the cells.
  const rowsBySheet: (GridCell | undefined)[][][] = sheets.map(() => []);
  const batches = planReadBatches(areas, budget);
  const lastBatchOfSheet = new Map<number, number>();
  batches.forEach((batch, index) => batch.forEach((block) => lastBatchOfSheet.set(block.sheetIndex, index)));
  let sheetsRead = areas.filter((area) => area === null).length;
  progress({ stage: "cells", done: sheetsRead, total });
  for (let b = 0; b < batches.length; b++) {
    const loaded: LoadedBlock[] = batches[b].map((block) => {
      const range = proxies[block.sheetIndex].sheet.getRangeByIndexes(block.startRow, block.startColumn, block.rowCount, block.columnCount);
      range.load("values,valueTypes,numberFormat,formulas");
      return { block, range };
    });
    await context.sync();
    for (const item of loaded) storeBlock(rowsBySheet[item.block.sheetIndex], item);
    sheetsRead += [...lastBatchOfSheet.values()].filter((last) => last === b).length;
    progress({ stage: "cells", done: sheetsRead, total });
  }

  const grids: SheetGrid[] = [];
  for (let i = 0; i < total; i++) {
    const area = areas[i];
    const rowCount = area ? area.startRow + area.rowCount : 0;
    const colCount = area ? area.startColumn + area.columnCount : 0;
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
