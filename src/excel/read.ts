/// <reference types="office-js" />
// Reads the open workbook into the engine's Grid through Office.js. Every context.sync() is a round trip to Excel
// (across a process, or the network in Excel on the web), so the number of syncs does not grow with the number of
// sheets: one for the sheet list, one for where each sheet's data is, one for all the cell data and merged areas.
// Only the cells that hold values or formulas are read (Excel's special cells, scoped to the used range), area by
// area: a stray value in XFD1048576 makes the used range 17 billion cells, but adds one cell to read. Requests are
// planned in estimated bytes under Excel on the web's 5 MB limit; a batch Excel still refuses is halved and retried,
// and a sheet that cannot be read at all is reported by name while the others are still read.
import { CellValue, GridCell, MergeArea, parseAddress, SheetGrid, SheetVisibility, WorkbookGrid } from "../engine/grid";
import { syncInParts } from "./batches";

/** What one sync may bring back, in estimated bytes: under the 5 MB of Excel on the web, with room for error. */
export const DEFAULT_BYTE_BUDGET = 3_500_000;

/**
 * Estimated bytes a read cell costs in the response: its value, value type and number format. Measured on finance
 * exports: ≈ 22 bytes for a figure in "#,##0.00"; the accounting format (_ * #,##0.00_ ;…) alone is 40, a Chinese
 * label escaped as \uXXXX 6 bytes a character. A batch that proves larger is halved and read again.
 */
export const BYTES_PER_CELL = 64;
/** A formula cell also sends its formula text ("=SUM(C9:C29)", "=C9+C14+C21+C25"). */
const BYTES_PER_FORMULA_TEXT = 48;
/** Each rectangle of special cells comes as a Range object of its own: its indexes and the arrays' brackets. */
const BYTES_PER_AREA = 96;
/** A merged-area list: an address per area, some 30 bytes each; a sheet of many merges is halved when too big. */
export const BYTES_PER_MERGE_READ = 1_500;
/**
 * A protected sheet is read by its used range, every cell (Excel may refuse special cells there). Beyond this many
 * cells that is no longer sensible, and the sheet is reported as unreadable with what to do.
 */
const DENSE_CELL_LIMIT = 1_000_000;

export interface ReadProgress {
  /** "list": the sheet list is being read; "cells": cell data; "convert": building the Grid. */
  stage: "list" | "cells" | "convert";
  done: number;
  total: number;
}

interface ReadOptions {
  /** The name to report when Excel does not tell the workbook's file name. */
  name: string;
  /** Whether Range.getMergedAreasOrNullObject (ExcelApi 1.13) may be called; without it merges stay unknown. */
  mergedAreas: boolean;
  /** Estimated response bytes per sync, see DEFAULT_BYTE_BUDGET. */
  byteBudget?: number;
  onProgress?: (progress: ReadProgress) => void;
  /** Lets the task pane repaint between sheets while a big workbook is converted. */
  pause?: () => Promise<void>;
}

/** A sheet left out of the check, and why (in the words the pane shows). */
export interface UnreadableSheet {
  sheet: string;
  reason: string;
}

export interface WorkbookRead {
  grid: WorkbookGrid;
  unreadable: UnreadableSheet[];
}

/** Where a sheet's data is (0-based, as getRangeByIndexes takes it) and what Excel counted of its special cells. */
export interface SheetLayout {
  startRow: number;
  startColumn: number;
  rowCount: number;
  columnCount: number;
  /** False for a sheet read by its used range, every cell (a protected sheet). */
  special: boolean;
  constantCells: number;
  constantAreas: number;
  formulaCells: number;
  formulaAreas: number;
}

/**
 * One read of one sheet's rows [startRow, startRow + rowCount): its cells ("cells": the special cells of those rows;
 * "dense": every cell) or its merged areas. A unit that Excel refuses is split into halves of its rows.
 */
interface ReadUnit {
  kind: "cells" | "dense" | "merges";
  sheetIndex: number;
  startRow: number;
  rowCount: number;
}

/** Estimated response bytes of a unit; the special cells are taken as spread evenly over the sheet's rows. */
export function unitBytes(unit: ReadUnit, layout: SheetLayout): number {
  if (unit.kind === "merges") return BYTES_PER_MERGE_READ;
  if (unit.kind === "dense") return unit.rowCount * layout.columnCount * (BYTES_PER_CELL + BYTES_PER_FORMULA_TEXT / 4);
  const share = unit.rowCount / layout.rowCount;
  const cells = layout.constantCells + layout.formulaCells;
  const areas = layout.constantAreas + layout.formulaAreas;
  return Math.ceil(share * (cells * BYTES_PER_CELL + layout.formulaCells * BYTES_PER_FORMULA_TEXT + areas * BYTES_PER_AREA));
}

/** A unit's rows in two halves; null for a single row. */
export function splitUnit(unit: ReadUnit): ReadUnit[] | null {
  if (unit.rowCount <= 1) return null;
  const first = Math.ceil(unit.rowCount / 2);
  return [
    { ...unit, rowCount: first },
    { ...unit, startRow: unit.startRow + first, rowCount: unit.rowCount - first },
  ];
}

/**
 * Plans the reads and groups them into batches (one sync each) of at most `budget` estimated bytes. A sheet is one
 * unit of cells and one of merges; a sheet over the budget is cut into bands of whole rows. A workbook of ordinary
 * sheets is one batch however many sheets it has.
 */
export function planReadBatches(layouts: (SheetLayout | null)[], budget: number = DEFAULT_BYTE_BUDGET, mergedAreas = true): ReadUnit[][] {
  const batches: ReadUnit[][] = [];
  let current: ReadUnit[] = [];
  let bytesInCurrent = 0;
  const add = (unit: ReadUnit, bytes: number) => {
    if (bytesInCurrent > 0 && bytesInCurrent + bytes > budget) {
      batches.push(current);
      current = [];
      bytesInCurrent = 0;
    }
    current.push(unit);
    bytesInCurrent += bytes;
  };
  layouts.forEach((layout, sheetIndex) => {
    if (!layout || layout.rowCount === 0 || layout.columnCount === 0) return;
    const whole: ReadUnit = { kind: layout.special ? "cells" : "dense", sheetIndex, startRow: layout.startRow, rowCount: layout.rowCount };
    if (mergedAreas) add({ ...whole, kind: "merges" }, BYTES_PER_MERGE_READ);
    const bytes = unitBytes(whole, layout);
    if (whole.kind === "cells" && bytes === 0) return; // neither constants nor formulas: nothing to read
    const bands = Math.max(1, Math.ceil(bytes / budget));
    const rowsPerBand = Math.ceil(layout.rowCount / bands);
    for (let offset = 0; offset < layout.rowCount; offset += rowsPerBand) {
      const band: ReadUnit = { ...whole, startRow: layout.startRow + offset, rowCount: Math.min(rowsPerBand, layout.rowCount - offset) };
      add(band, unitBytes(band, layout));
    }
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

const COLUMN_OR_ROW = /^\$?([A-Z]{1,3})\$?(\d+)$|^\$?([A-Z]{1,3})$|^\$?(\d+)$/i;
const MAX_ROW = 1048576;
const MAX_COLUMN = 16384;

/** One end of an area: "C9", "C" (a whole column), "9" (a whole row). */
function areaEnd(text: string, end: "first" | "last"): { row: number; col: number } | null {
  const match = COLUMN_OR_ROW.exec(text);
  if (!match) return null;
  if (match[1]) return parseAddress(text);
  if (match[3]) return { row: end === "first" ? 1 : MAX_ROW, col: parseAddress(`${match[3]}1`).col };
  return { row: Number(match[4]), col: end === "first" ? 1 : MAX_COLUMN };
}

/** "Sheet1!A1:F1, 'My, sheet'!B2:C3, S!1:2, S!A:C" → the areas as 1-based bounds (whole rows and columns too). */
export function parseAreaList(address: string | null | undefined): MergeArea[] {
  if (!address) return [];
  const areas: MergeArea[] = [];
  const AREA = /(?:^|!|,\s*)(\$?[A-Z]{0,3}\$?\d*)(?::(\$?[A-Z]{0,3}\$?\d*))?(?=\s*,|\s*$)/gi;
  for (const match of address.matchAll(AREA)) {
    if (!match[1]) continue;
    const first = areaEnd(match[1], "first");
    const last = areaEnd(match[2] ?? match[1], "last");
    if (!first || !last) continue;
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

/** Rows of one sheet, 1-based in the Grid, 0-based here. */
type Rows = (GridCell | undefined)[][];

/** Stores a rectangle's arrays at (row, column), 0-based. `formulas` is absent for constants. */
function storeArrays(rows: Rows, row: number, column: number, range: { values: unknown[][]; valueTypes: unknown[][]; numberFormat: unknown[][] }, formulas?: unknown[][]): void {
  range.values.forEach((line, i) => {
    const target = (rows[row + i] ??= []);
    line.forEach((value, j) => {
      const cell = gridCellFromExcel(value, range.valueTypes[i]?.[j], range.numberFormat[i]?.[j], formulas?.[i]?.[j]);
      if (cell) target[column + j] = cell;
    });
  });
}

/**
 * Range.formulas of every cell: a constant's entry is its value, so a text typed as '=… reads "=…" there just as a
 * formula does. A formula's text is (but for contrived cases) never its own result, so such an entry is dropped and
 * the cell stays a text, as the .xlsx reader and the special cells read it.
 */
function formulasOfEveryCell(range: Excel.Range): unknown[][] {
  return range.formulas.map((row, i) => row.map((formula, j) => (formula === range.values[i]?.[j] ? undefined : formula)));
}

const AREA_ARRAYS = "items/rowIndex,items/columnIndex,items/values,items/valueTypes,items/numberFormat";

interface SheetState {
  sheet: Excel.Worksheet;
  layout: SheetLayout | null;
  rows: Rows;
  merges: Map<string, MergeArea>;
  /** Why the sheet could not be read; null while it reads. */
  failure: string | null;
}

/** Queues one unit's loads; the returned function stores what the sync brought back. */
function queueUnit(unit: ReadUnit, state: SheetState): () => void {
  const layout = state.layout!;
  const range = state.sheet.getRangeByIndexes(unit.startRow, layout.startColumn, unit.rowCount, layout.columnCount);
  if (unit.kind === "merges") {
    const merged = range.getMergedAreasOrNullObject();
    merged.load("isNullObject,address");
    return () => {
      if (merged.isNullObject) return;
      for (const area of parseAreaList(merged.address)) state.merges.set(`${area.top},${area.left}`, area);
    };
  }
  if (unit.kind === "dense") {
    range.load("values,valueTypes,numberFormat,formulas");
    return () => storeArrays(state.rows, unit.startRow, layout.startColumn, range, formulasOfEveryCell(range));
  }
  // Only kinds the sheet has are asked for: a sheet without formulas never gets a null object's areas loaded.
  const kinds: { cells: Excel.RangeAreas; formulas: boolean }[] = [];
  if (layout.constantCells > 0) kinds.push({ cells: range.getSpecialCellsOrNullObject("Constants"), formulas: false });
  if (layout.formulaCells > 0) kinds.push({ cells: range.getSpecialCellsOrNullObject("Formulas"), formulas: true });
  for (const { cells, formulas } of kinds) {
    cells.load("isNullObject");
    cells.areas.load(formulas ? `${AREA_ARRAYS},items/formulas` : AREA_ARRAYS);
  }
  return () => {
    for (const { cells, formulas } of kinds) {
      if (cells.isNullObject) continue; // a band of a large sheet without such cells
      for (const area of cells.areas.items) storeArrays(state.rows, area.rowIndex, area.columnIndex, area, formulas ? area.formulas : undefined);
    }
  };
}

/** The sentence for a sheet Excel would not give. */
function failureReason(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded") return "其中一行的数据就超过了 Excel 单次传输的上限";
  const message = error instanceof Error ? error.message : String(error);
  return `Excel 未能返回其内容（${typeof code === "string" ? code : message}）`;
}

/** Reads every worksheet, and says which ones could not be read. Syncs: 3 for an ordinary workbook of any sheet count. */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookRead> {
  const budget = options.byteBudget ?? DEFAULT_BYTE_BUDGET;
  const progress = options.onProgress ?? (() => undefined);

  // Sync 1: the sheet list (and the file name, for reports).
  progress({ stage: "list", done: 0, total: 0 });
  context.workbook.load("name");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/protection/protected");
  await context.sync();
  const sheets = worksheets.items;
  const total = sheets.length;
  const states: SheetState[] = sheets.map((sheet) => ({ sheet, layout: null, rows: [], merges: new Map(), failure: null }));

  // Sync 2: where each sheet's data is, and how many constants and formulas Excel finds there (counts only: the
  // cells come in the next sync, planned from these counts). A protected sheet is read by its used range alone.
  const layoutUnits = states.map((_, index) => ({ index, special: !sheets[index].protection.protected }));
  const layouts = await syncInParts(
    context,
    [layoutUnits],
    ({ index, special }) => {
      const sheet = sheets[index];
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
      let counts: { constants: Excel.RangeAreas; formulas: Excel.RangeAreas } | null = null;
      if (special) {
        // Scoped to the used range: a blank sheet's getUsedRange is A1.
        const scope = sheet.getUsedRange(true);
        counts = { constants: scope.getSpecialCellsOrNullObject("Constants"), formulas: scope.getSpecialCellsOrNullObject("Formulas") };
        for (const cells of [counts.constants, counts.formulas]) cells.load("isNullObject,areaCount,cellCount");
      }
      return (): SheetLayout | null => {
        if (used.isNullObject) return null;
        const count = (cells: Excel.RangeAreas | undefined, what: "areaCount" | "cellCount") => (cells && !cells.isNullObject ? cells[what] : 0);
        return {
          startRow: used.rowIndex,
          startColumn: used.columnIndex,
          rowCount: used.rowCount,
          columnCount: used.columnCount,
          special,
          constantCells: count(counts?.constants, "cellCount"),
          constantAreas: count(counts?.constants, "areaCount"),
          formulaCells: count(counts?.formulas, "cellCount"),
          formulaAreas: count(counts?.formulas, "areaCount"),
        };
      };
    },
    // A sheet whose special cells Excel refuses is read by its used range.
    (unit) => (unit.special ? [{ ...unit, special: false }] : null)
  );
  for (const [unit, layout] of layouts.done) states[unit.index].layout = layout;
  for (const [unit, error] of layouts.failed) states[unit.index].failure = failureReason(error);
  for (const state of states) {
    const layout = state.layout;
    if (layout && !layout.special && layout.rowCount * layout.columnCount > DENSE_CELL_LIMIT) {
      state.failure = `工作表受保护，且已用区域过大（${layout.rowCount} 行 × ${layout.columnCount} 列），请取消工作表保护，或删除表格以外多余的单元格`;
      state.layout = null;
    }
  }

  // Sync 3 (more only for very large data, or when Excel refuses a batch): the cells and merged areas.
  const batches = planReadBatches(states.map((s) => (s.failure ? null : s.layout)), budget, options.mergedAreas);
  const unitsLeft = new Map<number, number>();
  for (const unit of batches.flat()) unitsLeft.set(unit.sheetIndex, (unitsLeft.get(unit.sheetIndex) ?? 0) + 1);
  let sheetsRead = total - unitsLeft.size;
  progress({ stage: "cells", done: sheetsRead, total });
  const cells = await syncInParts(
    context,
    batches,
    (unit) => queueUnit(unit, states[unit.sheetIndex]),
    splitUnit,
    (unit, parts) => {
      unitsLeft.set(unit.sheetIndex, unitsLeft.get(unit.sheetIndex)! + parts - 1);
    },
    (units) => {
      for (const unit of units) {
        const left = unitsLeft.get(unit.sheetIndex)! - 1;
        unitsLeft.set(unit.sheetIndex, left);
        if (left === 0) sheetsRead++;
      }
      progress({ stage: "cells", done: sheetsRead, total });
    }
  );
  for (const [unit, error] of cells.failed) states[unit.sheetIndex].failure ??= failureReason(error);

  const grids: SheetGrid[] = [];
  const unreadable: UnreadableSheet[] = [];
  for (let i = 0; i < total; i++) {
    const state = states[i];
    if (state.failure) {
      unreadable.push({ sheet: sheets[i].name, reason: state.failure });
      continue;
    }
    const layout = state.layout;
    const rowCount = layout ? layout.startRow + layout.rowCount : 0;
    const colCount = layout ? layout.startColumn + layout.columnCount : 0;
    const rows = state.rows;
    // Every row up to the last used one is an array, so the engine may index cells[r - 1][c - 1] directly.
    for (let r = 0; r < rowCount; r++) rows[r] ??= [];
    rows.length = rowCount;
    grids.push({
      name: sheets[i].name,
      visibility: visibilityOf(sheets[i].visibility),
      protected: sheets[i].protection.protected === true,
      rowCount,
      colCount,
      cells: rows,
      merges: [...state.merges.values()].sort((a, b) => a.top - b.top || a.left - b.left),
    });
    progress({ stage: "convert", done: i + 1, total });
    if (options.pause && (i + 1) % 25 === 0) await options.pause();
  }
  const fileName = context.workbook.name;
  return { grid: { name: typeof fileName === "string" && fileName !== "" ? fileName : options.name, sheets: grids }, unreadable };
}

/** Reads every worksheet into a Grid (the sheets Excel could not give are left out; readWorkbook names them). */
export async function readWorkbookGrid(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookGrid> {
  return (await readWorkbook(context, options)).grid;
}
