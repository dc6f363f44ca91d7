// The Grid is the engine's only input: what a host (Excel through Office.js, or an .xlsx file through
// exceljs) read of each sheet. Rows and columns are 1-based, as Excel numbers them.

/** An Excel error value such as #REF! or #DIV/0!. */
interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | Date | CellError | null;

export interface GridCell {
  /** The value, or the cached result of a formula (null when the formula has none). */
  value: CellValue;
  /** The number format, e.g. "General", "0.00", "#,##0.00", "0.00%". */
  numFmt: string;
  /** The formula without its leading "=", when the cell holds one. */
  formula?: string;
  /** The text Excel shows, when the host knows it (Office.js does; exceljs does not). */
  text?: string;
}

/** A merged area, inclusive bounds. Its value sits in the top-left cell. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetGrid {
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  /** Last used row and column. */
  rowCount: number;
  colCount: number;
  /** cells[r - 1][c - 1]; missing entries are empty cells. */
  cells: (GridCell | undefined)[][];
  merges: MergeArea[];
}

export interface WorkbookGrid {
  /** File name or workbook title, for reports. */
  name: string;
  sheets: SheetGrid[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

/** Past this many rows a sheet's row array is taken to be sparse (a stray value far below the tables). */
const DENSE_ROW_LIMIT = 65_536;

/**
 * The 0-based indexes of the rows that hold cells, ascending. A sheet with a stray value in XFD1048576 has a row array
 * a million long with a few dozen rows in it: walking it index by index costs more than checking the whole sample, so
 * a long array is walked by its keys (array-index keys come in ascending order).
 */
export function presentRowIndexes(sheet: SheetGrid): number[] {
  const rows = sheet.cells;
  const present: number[] = [];
  if (rows.length <= DENSE_ROW_LIMIT) {
    for (let r = 0; r < rows.length; r++) if (rows[r]) present.push(r);
    return present;
  }
  for (const key of Object.keys(rows)) {
    const r = Number(key);
    if (Number.isInteger(r) && rows[r]) present.push(r);
  }
  return present;
}

export function getCell(sheet: SheetGrid, row: number, col: number): GridCell | undefined {
  return sheet.cells[row - 1]?.[col - 1];
}

/** The merged area that covers (row, col), if any. */
export function mergeAt(sheet: SheetGrid, row: number, col: number): MergeArea | undefined {
  return sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** The cell whose value shows at (row, col): the top-left cell of a merged area, or the cell itself. */
export function shownCell(sheet: SheetGrid, row: number, col: number): GridCell | undefined {
  const merge = mergeAt(sheet, row, col);
  return merge ? getCell(sheet, merge.top, merge.left) : getCell(sheet, row, col);
}

/** Letters already worked out, by column: every figure of every table is addressed by them. */
const COLUMN_LETTERS: string[] = [];

export function columnLetter(col: number): string {
  const known = COLUMN_LETTERS[col];
  if (known !== undefined) return known;
  const letters = lettersOf(col);
  if (Number.isInteger(col) && col > 0 && col <= 16384) COLUMN_LETTERS[col] = letters;
  return letters;
}

function lettersOf(col: number): string {
  let letters = "";
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Addresses already made, by column then row: the same cells are addressed on every check and department. */
const ADDRESSES: string[][] = [];

export function cellAddress(row: number, col: number): string {
  const known = ADDRESSES[col]?.[row];
  if (known !== undefined) return known;
  const address = `${columnLetter(col)}${row}`;
  // Kept for the cells tables are made of (at most 64 × 2048 entries); others are made each time.
  if (Number.isInteger(col) && col > 0 && col <= 64 && Number.isInteger(row) && row > 0 && row <= 2048) (ADDRESSES[col] ??= [])[row] = address;
  return address;
}

export function parseAddress(address: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!match) throw new Error(`不是单元格地址：${address}`);
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** A reference to a cell as findings name it: "C9" on the same sheet, "'支出表'!C9" style names are not quoted. */
export function qualify(sheet: string, address: string, fromSheet?: string): string {
  return sheet === fromSheet ? address : `${sheet}!${address}`;
}

/** Builds a SheetGrid from a plain array of rows, for tests and fixtures. */
export function sheetFromRows(
  name: string,
  rows: (CellValue | GridCell | undefined)[][],
  options: { merges?: MergeArea[]; numFmt?: string; visibility?: SheetVisibility } = {}
): SheetGrid {
  const cells: (GridCell | undefined)[][] = rows.map((row) =>
    row.map((v) => {
      if (v === undefined) return undefined;
      if (v !== null && typeof v === "object" && !(v instanceof Date) && "numFmt" in v) return v as GridCell;
      if (v === null || v === "") return undefined;
      return { value: v as CellValue, numFmt: options.numFmt ?? "General" };
    })
  );
  const colCount = cells.reduce((max, row) => Math.max(max, row.length), 0);
  return {
    name,
    visibility: options.visibility ?? "visible",
    protected: false,
    rowCount: cells.length,
    colCount,
    cells,
    merges: options.merges ?? [],
  };
}
