// A read-only view of one sheet for the recognisers: cell text and merges looked up in constant time.
// grid.mergeAt scans every merge on each call, which a large sheet cannot afford cell by cell.
import { GridCell, MergeArea, SheetGrid, getCell, isCellError } from "../../grid";
import { normalizeText } from "./text";

/** Widest a table is read: header and label searches never go further right than this. */
const MAX_TABLE_COLUMNS = 120;

export class SheetView {
  readonly sheet: SheetGrid;
  private readonly mergesByRow = new Map<number, MergeArea[]>();
  private readonly filledByRow = new Map<number, readonly number[]>();

  constructor(sheet: SheetGrid) {
    this.sheet = sheet;
    for (const merge of sheet.merges) {
      const bottom = Math.min(merge.bottom, Math.max(sheet.rowCount, merge.top));
      for (let row = merge.top; row <= bottom; row++) {
        const list = this.mergesByRow.get(row);
        if (list) list.push(merge);
        else this.mergesByRow.set(row, [merge]);
      }
    }
  }

  get name(): string {
    return this.sheet.name;
  }

  get rowCount(): number {
    return this.sheet.rowCount;
  }

  /** Last column worth reading. */
  get lastColumn(): number {
    return Math.min(this.sheet.colCount, MAX_TABLE_COLUMNS);
  }

  cell(row: number, col: number): GridCell | undefined {
    return getCell(this.sheet, row, col);
  }

  mergeAt(row: number, col: number): MergeArea | undefined {
    return this.mergesByRow.get(row)?.find((m) => col >= m.left && col <= m.right);
  }

  /** Whether (row, col) lies inside a merge without being its top-left cell (it shows nothing of its own). */
  isCoveredByMerge(row: number, col: number): boolean {
    const merge = this.mergeAt(row, col);
    return !!merge && (merge.top !== row || merge.left !== col);
  }

  /**
   * The text a cell holds as written: strings trimmed, whole numbers as digits (codes, column numbers), other
   * numbers as "" (an amount is never a label). Uses the shown text when the host knows it ("01" for 1 in "00").
   */
  rawText(row: number, col: number): string {
    const cell = this.cell(row, col);
    if (!cell) return "";
    const value = cell.value;
    if (typeof value === "string") return value.trim();
    if (typeof value === "number") {
      if (cell.text && /^\d+$/.test(cell.text.trim())) return cell.text.trim();
      // A code stored as a number: digits are exact for integers of this size; never used for amounts.
      return Number.isInteger(value) && value >= 0 ? String(value) : "";
    }
    return "";
  }

  /** rawText normalised (no spaces, ASCII brackets). */
  text(row: number, col: number): string {
    return normalizeText(this.rawText(row, col));
  }

  /** A cell holds something: a value, a formula or an error. */
  hasContent(row: number, col: number): boolean {
    const cell = this.cell(row, col);
    if (!cell) return false;
    const value = cell.value;
    if (value === null || value === undefined) return !!cell.formula;
    if (typeof value === "string") return value.trim() !== "";
    return true;
  }

  /** Holds a number or an Excel error value: the mark of a data row (header rows hold text only). */
  holdsNumberOrError(row: number, col: number): boolean {
    const value = this.cell(row, col)?.value;
    return typeof value === "number" || (value !== null && value !== undefined && isCellError(value));
  }

  /**
   * Columns of a row that hold something, left to right, up to the widest readable column. The whole row's list
   * is kept: the recognisers ask for the same rows many times (blank-row, note-row and header tests).
   */
  filledColumns(row: number, left = 1, right = this.lastColumn): readonly number[] {
    if (left !== 1 || right !== this.lastColumn) return this.scanFilledColumns(row, left, right);
    let filled = this.filledByRow.get(row);
    if (!filled) {
      filled = Object.freeze(this.scanFilledColumns(row, 1, right));
      this.filledByRow.set(row, filled);
    }
    return filled;
  }

  private scanFilledColumns(row: number, left: number, right: number): number[] {
    const cells = this.sheet.cells[row - 1];
    if (!cells) return [];
    const result: number[] = [];
    const last = Math.min(right, cells.length);
    for (let col = Math.max(left, 1); col <= last; col++) if (this.hasContent(row, col)) result.push(col);
    return result;
  }

  isBlankRow(row: number, left = 1, right = this.lastColumn): boolean {
    return this.filledColumns(row, left, right).length === 0;
  }
}
