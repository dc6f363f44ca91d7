// Reading the performance sheets' cells: label text, figure cells (with their merges), and the value that sits
// to the right of a label ("执行率 | | 92.81%"). Nothing here relies on fixed addresses.
import { formatShape, parseCell } from "../amount";
import { cellAddress, getCell, GridCell, isCellError, mergeAt, SheetGrid, shownCell } from "../grid";
import { FigureCell } from "../tables";

/** The text a cell shows, for labels and names (figures are read by parseCell, never through this). */
export function cellText(cell: GridCell | undefined): string {
  if (!cell) return "";
  if (cell.text !== undefined && cell.text !== "") return cell.text;
  const value = cell.value;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value !== null && isCellError(value)) return value.error;
  return "";
}

/** Label text made comparable: no spaces or line breaks, half-width brackets and colons. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/[\s\u00A0\u3000\u200B-\u200D\uFEFF]/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/：/g, ":")
    .replace(/[“”"]/g, "");
}

/** The text shown at (row, col), merged areas included, trimmed. */
export function textAt(sheet: SheetGrid, row: number, col: number): string {
  return cellText(shownCell(sheet, row, col)).trim();
}

export function labelAt(sheet: SheetGrid, row: number, col: number): string {
  return normalizeLabel(textAt(sheet, row, col));
}

/** True for the cell that holds a value: a cell outside any merge, or the top-left cell of one. */
export function isAnchor(sheet: SheetGrid, row: number, col: number): boolean {
  const merge = mergeAt(sheet, row, col);
  return !merge || (merge.top === row && merge.left === col);
}

export interface FigureOptions {
  /** A 万元 amount: a General number shows at least two decimals (1434.3 stands for 1434.30). */
  money?: boolean;
  /** One figure per table row: a merge across several rows cannot belong to this row alone. */
  perRow?: boolean;
}

/** The figure at (row, col) as a FigureCell; a merged cell reads (and is addressed) at its top-left cell. */
export function figureAt(sheet: SheetGrid, row: number, col: number, options: FigureOptions = {}): FigureCell {
  const merge = mergeAt(sheet, row, col);
  const top = merge ? merge.top : row;
  const left = merge ? merge.left : col;
  const cell = getCell(sheet, top, left);
  const base = {
    sheet: sheet.name,
    row: top,
    col: left,
    address: cellAddress(top, left),
    formula: !!cell?.formula,
    numFmt: cell?.numFmt ?? "General",
  };
  if (options.perRow && merge && merge.bottom > merge.top) {
    return {
      ...base,
      state: "invalid",
      problem: `单元格与第 ${merge.top}–${merge.bottom} 行合并，合并单元格中的数字无法逐行对应到指标`,
    };
  }
  const parsed = parseCell(cell, options.money ? { minDecimals: 2 } : {});
  if (parsed.kind === "amount") return { ...base, state: "amount", amount: parsed.amount };
  if (parsed.kind === "invalid") return { ...base, state: "invalid", problem: parsed.reason };
  return { ...base, state: "blank" };
}

/**
 * The column of the value that belongs to the label at (row, labelCol): the first non-empty cell to its right,
 * unless another label comes first. A blank value sits in the first of the empty cells that is formatted as a
 * figure (clearing a cell keeps its format), else right after the label and its merge.
 */
export function valueColumnRightOf(sheet: SheetGrid, row: number, labelCol: number, isLabel: (label: string) => boolean): number {
  const labelMerge = mergeAt(sheet, row, labelCol);
  const first = (labelMerge ? labelMerge.right : labelCol) + 1;
  let formatted: number | undefined;
  let col = first;
  while (col <= sheet.colCount) {
    const merge = mergeAt(sheet, row, col);
    const anchor = merge ? merge.left : col;
    const label = labelAt(sheet, row, col);
    if (label !== "") return isLabel(label) ? formatted ?? first : anchor;
    if (formatted === undefined && !formatShape(getCell(sheet, merge ? merge.top : row, anchor)?.numFmt).general) formatted = anchor;
    col = (merge ? merge.right : col) + 1;
  }
  return formatted ?? first;
}

export interface LabelHit {
  row: number;
  col: number;
  label: string;
}

/** The first cell in rows [top, bottom] (row by row, left to right) whose normalised text passes `test`. */
export function findLabel(sheet: SheetGrid, top: number, bottom: number, test: (label: string) => boolean): LabelHit | undefined {
  for (let row = top; row <= bottom; row++) {
    for (let col = 1; col <= sheet.colCount; col++) {
      if (!isAnchor(sheet, row, col)) continue;
      const label = labelAt(sheet, row, col);
      if (label !== "" && test(label)) return { row, col, label };
    }
  }
  return undefined;
}

/** The text value to the right of a label (a name, a department). */
export function textRightOf(sheet: SheetGrid, hit: LabelHit, isLabel: (label: string) => boolean): string {
  const col = valueColumnRightOf(sheet, hit.row, hit.col, isLabel);
  return textAt(sheet, hit.row, col);
}

/** True when every cell of the row is empty. */
export function isBlankRow(sheet: SheetGrid, row: number): boolean {
  for (let col = 1; col <= sheet.colCount; col++) if (textAt(sheet, row, col) !== "") return false;
  return true;
}
